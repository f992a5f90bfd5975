// Place → national schema v1.0.2 row, on hand-written places; the constants against schema.json.
import { describe, expect, it } from 'vitest';
import {
  ACCESS_LABELS,
  FEE_LABELS,
  FIELDS,
  KIND_TYPOLOGIE,
  LICENCE,
  PROGRAMME_LABELS,
  PUBLIC_LABELS,
  SCHEMA,
  SERVICE_LABELS,
  SUPPORT_LABELS,
  UNKNOWN_PIVOT,
} from '../../../src/export/national-schema';
import { fullDate, toSchemaRow } from '../../../src/export/to-schema-row';
import { ACCESS_MODES, FEES, SUPPORTS, type Place } from '../../../src/shared/place';
import { BUS, FULL, LIBRARY_TWO_SOURCES, MARTINIQUE, NO_POSTCODE, NO_STREET, SOURCES, fullPattern, schemaJson } from './fixtures';

const schema = schemaJson();
const field = (name: string) => schema.fields.find((f) => f.name === name)!;
const publisherOf = (id: string) => SOURCES.find((s) => s.id === id)?.publisher;
const rowOf = (p: Place) => {
  const r = toSchemaRow(p, publisherOf);
  if (!r.ok) throw new Error(`refused: ${r.reasons.join(', ')}`);
  return r;
};
/** The values a field's pattern lists, e.g. "(?:(?:^|\\|)(A|B))+$" → ["A", "B"]. */
const patternValues = (name: string) => {
  const inner = /\(\?:\(\?:\^\|\\\|\)\((.*)\)\)\+\$$/.exec(field(name).constraints!.pattern!)![1]!;
  return inner.split(/\|(?![^(]*\\\))/).map((v) => v.replace(/\\(.)/g, '$1'));
};

describe('the constants are the schema file', () => {
  it('same columns in the same order, same name and version', () => {
    expect([...FIELDS]).toEqual(schema.fields.map((f) => f.name));
    expect(SCHEMA.name).toBe(schema.name);
    expect(SCHEMA.version).toBe(schema.version);
    expect(SCHEMA.url).toBe(schema.uri);
    expect(schema.primaryKey).toBe('id');
  });
  it('the pivot placeholder and every label fit their field', () => {
    expect(fullPattern(field('pivot').constraints!.pattern!).test(UNKNOWN_PIVOT)).toBe(true);
    const cases: [string, Record<string, string | undefined>][] = [
      ['services', SERVICE_LABELS],
      ['publics_specifiquement_adresses', PUBLIC_LABELS],
      ['prise_en_charge_specifique', SUPPORT_LABELS],
      ['frais_a_charge', FEE_LABELS],
      ['modalites_acces', ACCESS_LABELS],
      ['dispositif_programmes_nationaux', PROGRAMME_LABELS],
      ['itinerance', { a: 'Itinérant', b: 'Fixe' }],
    ];
    for (const [name, labels] of cases) {
      const values = patternValues(name);
      for (const label of Object.values(labels)) expect(values, `${name}: ${label}`).toContain(label);
    }
  });
  it('each of the schema’s values is mapped, or knowingly has no Repère equivalent', () => {
    const unmapped = (name: string, labels: Record<string, string | undefined>) => patternValues(name).filter((v) => !Object.values(labels).includes(v));
    expect(unmapped('services', SERVICE_LABELS)).toEqual([]);
    expect(unmapped('publics_specifiquement_adresses', PUBLIC_LABELS)).toEqual([]);
    expect(unmapped('prise_en_charge_specifique', SUPPORT_LABELS)).toEqual(['Langues étrangères (anglais)']);
    expect(unmapped('frais_a_charge', FEE_LABELS)).toEqual([]);
    expect(unmapped('modalites_acces', ACCESS_LABELS)).toEqual(["Ce lieu n'accueille pas de public", 'Envoyer un mail avec une fiche de prescription']);
    expect(unmapped('dispositif_programmes_nationaux', PROGRAMME_LABELS)).toEqual(['Emmaüs Connect', 'La Croix Rouge', 'Relais numérique (Emmaüs Connect)']);
    // And every Repère id of a closed list has its label.
    for (const s of SUPPORTS) expect(SUPPORT_LABELS[s]).toBeTruthy();
    for (const f of FEES) expect(FEE_LABELS[f]).toBeTruthy();
    for (const a of ACCESS_MODES) expect(ACCESS_LABELS[a]).toBeTruthy();
    expect(LICENCE.id).toBe('etalab-2.0');
  });
});

describe('toSchemaRow', () => {
  it('maps every vocabulary, in the schema’s order, and leaves out what has no equivalent', () => {
    const { row, notes } = rowOf(FULL);
    expect(row).toEqual({
      id: 'cnfs-full',
      pivot: '00000000000000',
      nom: 'Espace numérique « Le Lien », Angers',
      commune: 'Angers',
      code_postal: '49000',
      code_insee: '49007',
      adresse: '12 rue "du" Port, bât. B',
      latitude: 47.47,
      longitude: -0.55,
      telephone: '+33241000000',
      courriels: 'contact@lelien.fr',
      site_web: 'https://lelien.fr/accueil?a=1%7C2',
      horaires: 'Mo-Fr 09:00-12:00,14:00-17:00',
      source: 'ANCT – Cartographie nationale',
      itinerance: 'Fixe',
      date_maj: '2022-05-09',
      services:
        'Aide aux démarches administratives|Maîtrise des outils numériques du quotidien|Insertion professionnelle via le numérique|Utilisation sécurisée du numérique|Parentalité et éducation avec le numérique|Loisirs et créations numériques|Compréhension du monde numérique|Accès internet et matériel informatique|Acquisition de matériel informatique à prix solidaire',
      publics_specifiquement_adresses: 'Jeunes|Étudiants|Familles et/ou enfants|Seniors|Femmes',
      prise_en_charge_specifique: 'Surdité|Handicaps moteurs|Handicaps mentaux|Illettrisme|Langues étrangères (autres)|Déficience visuelle',
      frais_a_charge: 'Gratuit sous condition',
      dispositif_programmes_nationaux:
        "Aidants Connect|Bibliothèques numérique de référence|Certification PIX|Conseillers numériques|France Services|Grande école du numérique|Point d'accès numérique CAF|Promeneurs du net",
      autres_formations_labels: "Campus connecté|Pass numérique|Relais pour l'emploi",
      modalites_acces: 'Se présenter|Téléphoner|Contacter par mail|Prendre un RDV en ligne',
      prise_rdv: 'https://rdv.lelien.fr/',
    });
    expect(notes).toEqual([]);
  });

  it('every value it writes matches its field’s pattern, and every required field is filled', () => {
    for (const p of [FULL, BUS, MARTINIQUE, LIBRARY_TWO_SOURCES]) {
      const { row } = rowOf(p);
      for (const f of schema.fields) {
        const value = row[f.name as keyof typeof row];
        if (f.constraints?.required) expect(value, `${p.id} ${f.name}`).toBeTruthy();
        if (value !== undefined && f.constraints?.pattern) expect(fullPattern(f.constraints.pattern).test(String(value)), `${p.id} ${f.name}=${value}`).toBe(true);
      }
    }
  });

  it('a bus is "Itinérant"; its source names both publishers and its date is the newest', () => {
    const { row, notes } = rowOf(BUS);
    expect(row.itinerance).toBe('Itinérant');
    expect(row.typologie).toBe('RFS');
    expect(row.dispositif_programmes_nationaux).toBe('France Services');
    expect(row.source).toBe('ANCT – France Services|ANCT – Cartographie nationale');
    expect(row.date_maj).toBe('2024-08-01');
    // "Sur rendez-vous" without a booking link has no field in the schema.
    expect(row.prise_rdv).toBeUndefined();
    expect(row.modalites_acces).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('a library without postcode or street is refused with its reason, never written', () => {
    expect(toSchemaRow(NO_POSTCODE, publisherOf)).toEqual({ ok: false, reasons: ['code_postal-missing'] });
    expect(toSchemaRow(NO_STREET, publisherOf)).toEqual({ ok: false, reasons: ['adresse-missing'] });
    expect(toSchemaRow({ ...NO_STREET, address: { commune: 'Ajaccio' }, sources: [{ id: 'bibliotheques', date: 'inconnue' }] }, publisherOf)).toEqual({
      ok: false,
      reasons: ['adresse-missing', 'code_postal-missing', 'date_maj-missing'],
    });
    expect(toSchemaRow({ ...NO_POSTCODE, address: { ...NO_POSTCODE.address, postcode: '2000' } }, publisherOf)).toEqual({ ok: false, reasons: ['code_postal-invalid'] });
  });

  it('overseas phones keep their own country code; a number outside the schema’s pattern is left out and noted', () => {
    expect(rowOf(MARTINIQUE).row.telephone).toBe('+596596123456');
    for (const phone of ['+262269612345', '+590590123456', '+594594123456', '+262262123456', '+687123456', '+68940123456', '+508411234', '+681721234']) {
      expect(rowOf({ ...MARTINIQUE, phone }).row.telephone, phone).toBe(phone);
    }
    const bad = rowOf({ ...MARTINIQUE, phone: '+4930123456' });
    expect(bad.row.telephone).toBeUndefined();
    expect(bad.notes).toContain('telephone-invalid');
  });

  it('hours that are not OSM are left out and noted; the tiers-lieu and the foreign languages map', () => {
    const { row, notes } = rowOf(MARTINIQUE);
    expect(row.horaires).toBeUndefined();
    expect(row.typologie).toBe('TIERS_LIEUX');
    expect(row.prise_en_charge_specifique).toBe('Langues étrangères (autres)');
    expect(row.frais_a_charge).toBe('Payant');
    expect(row.date_maj).toBe('2023-05-01');
    expect(notes).toEqual(['date_maj-from-month', 'horaires-not-osm']);
  });

  it('a library with Wi-Fi and printing only: no schema service (noted), dated by its newest source, a year padded', () => {
    const { row, notes } = rowOf(LIBRARY_TWO_SOURCES);
    expect(row.services).toBeUndefined();
    expect(row.typologie).toBe('BIB');
    expect(row.date_maj).toBe('2023-01-01');
    expect(row.source).toBe('Ministère de la Culture|Département de Maine-et-Loire');
    expect(notes).toEqual(['date_maj-from-year', 'services-none']);
  });

  it('the id is the place’s own, stable id; a mediation place has no typologie; a Corsican INSEE code passes', () => {
    expect(rowOf(FULL).row.id).toBe(FULL.id);
    expect(rowOf(FULL).row.typologie).toBeUndefined();
    expect(KIND_TYPOLOGIE.mediation).toBeUndefined();
    expect(rowOf({ ...NO_POSTCODE, address: { ...NO_POSTCODE.address, postcode: '20000' } }).row.code_insee).toBe('2A004');
    const odd = rowOf({ ...FULL, address: { ...FULL.address, insee: '20004' } });
    expect(odd.row.code_insee).toBeUndefined();
    expect(odd.notes).toContain('code_insee-invalid');
  });
});

describe('fullDate', () => {
  it('keeps full dates, pads months and years to their first day, refuses the rest', () => {
    expect(fullDate('2024-08-01')).toEqual({ date: '2024-08-01' });
    expect(fullDate('2022-07')).toEqual({ date: '2022-07-01', padded: 'month' });
    expect(fullDate('2021')).toEqual({ date: '2021-01-01', padded: 'year' });
    expect(fullDate('2024-02-30')).toBeUndefined();
    expect(fullDate('01/02/2024')).toBeUndefined();
  });
});
