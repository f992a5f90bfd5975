// The sources added for issue 8, each on a small hand-written file in its own format.
import { describe, expect, it } from 'vitest';
import { readMediationSchema, referencedIds } from '../../../data/adapters/mediation-schema';
import { PATTERN_INPUT_MAX, schemaReader } from '../../../data/mapping';
import { GIRONDE } from '../../../data/mappings/gironde';
import { runAdapter } from './helpers';

describe('national schema v1.0.x CSV (the live export)', () => {
  const { places, report, problems, drafts } = runAdapter(readMediationSchema, 'mediation-v1.csv', 'lieux-mediation-numerique');
  const [atelier, bus] = places;

  it('reads | lists, the v1 vocabularies, modalites_acces into access, and the reference to a conseiller numérique place', () => {
    expect(atelier).toMatchObject({
      id: 'lmn-mediation-numerique-conseiller-numerique-62aaaaaaaaaaaaaaaaaaaaaa-mediation-numerique',
      kind: 'tiers-lieu',
      address: { street: '12 rue du Colombier', postcode: '35000', commune: 'Rennes', insee: '35238' },
      phone: '+33299000001',
      email: 'contact@colombier.example',
      website: 'https://www.colombier.example/',
      hours: 'Mo-Fr 09:00-12:00,14:00-18:30',
      appointment: 'https://rdv.colombier.example/',
      services: ['demarches', 'loisirs-creations', 'outils-quotidien'],
      publics: ['jeunes', 'seniors'],
      support: ['langues-etrangeres', 'surdite'],
      fees: 'gratuit-sous-condition',
      access: ['se-presenter', 'telephoner'],
      labels: ['Aidants Connect', 'Conseiller numérique', 'Fablab'],
      sources: [{ id: 'lieux-mediation-numerique', date: '2024-04-02' }],
    });
    expect(atelier!.mobile).toBeUndefined();
    expect(drafts[0]!.refs).toEqual(['cnfs-62aaaaaaaaaaaaaaaaaaaaaa']);
  });
  it('an itinerant place is mobile; a personal address and an epoch date are dropped', () => {
    expect(bus).toMatchObject({ mobile: true, access: ['contacter-par-mail', 'prendre-rdv'], phone: '+33299000002', fees: 'gratuit', services: ['acces-materiel'] });
    expect(bus!.email).toBeUndefined();
    expect(report.fixes).toContainEqual(expect.objectContaining({ id: bus!.id, fix: 'email-dropped-personal' }));
    // 1970-01-01 is "no date": the dataset's date stands instead.
    expect(bus!.sources).toEqual([{ id: 'lieux-mediation-numerique', date: '2026-11-30' }]);
  });
  it('a place that "n’accueille pas de public" is left out with its reason', () => {
    expect(places).toHaveLength(2);
    expect(problems).toEqual([{ row: 3, reason: 'no-public-reception' }]);
  });
});

describe('data·inclusion extract (schema v0, several sources in one file)', () => {
  const { places, problems } = runAdapter(readMediationSchema, 'data-inclusion.json', 'data-inclusion');
  it('gives conseiller numérique and Hinaura rows their own id spaces, the others a source-prefixed id', () => {
    expect(places.map((p) => p.id)).toEqual(['cnfs-62bbbbbbbbbbbbbbbbbbbbbb', 'hinaura-12', 'di-dora-3ac1162a-4f71-4b5f-b52c-dc416112900b']);
  });
  it('leaves out the SIAO rows with their own reason, never reading their fields', () => {
    expect(problems).toEqual([{ row: 3, reason: 'social-emergency-service' }]);
    expect(JSON.stringify(places)).not.toContain('sophie.martin');
  });
  it('applies the personal e-mail rule and treats 1969-12-31 as no date', () => {
    const dora = places[2]!;
    expect(dora.email).toBeUndefined();
    expect(dora.sources).toEqual([{ id: 'data-inclusion', date: '2023-02-06' }]);
  });
});

describe('data·inclusion "structures" (Numi) through its column mapping', () => {
  const { places, drafts } = runAdapter(readMediationSchema, 'data-inclusion-structures.json', 'numi-normandie');
  it('reads horaires_ouverture, label arrays, slug vocabularies, dd/mm/yyyy dates and the geocoder INSEE code', () => {
    expect(places[0]).toMatchObject({
      address: { insee: '35238', commune: 'Rennes' },
      hours: 'Mo-Fr 09:00-12:00',
      services: ['acces-materiel', 'demarches'],
      publics: ['jeunes', 'seniors'],
      support: ['surdite'],
      fees: 'gratuit',
      labels: ['Conseiller numérique', 'France Services'],
      sources: [{ id: 'numi-normandie', date: '2022-04-25' }],
    });
    expect(drafts[0]!.refs).toEqual(['cnfs-62cccccccccccccccccccccc']);
  });
  it('does not trust _di_email_is_pii: the personal address is dropped', () => {
    expect(places[0]!.email).toBeUndefined();
  });
  it('a row taken from the France Tiers-Lieux census is a tiers-lieu', () => {
    expect(places[1]).toMatchObject({ kind: 'tiers-lieu', sources: [{ id: 'numi-normandie', date: '2023-02-11' }] });
  });
});

describe('Hub Lo through its column mapping', () => {
  const { places, report } = runAdapter(readMediationSchema, 'hub-lo.json', 'hub-lo');
  it('reads the hub’s columns, its kind flags as typologie and labels, its free-text hours as text', () => {
    expect(places[0]).toMatchObject({
      id: 'hublo-1',
      name: 'La Fabrique 18',
      kind: 'tiers-lieu',
      address: { street: '70 Avenue de la Libération', postcode: '35000', commune: 'Rennes' },
      phone: '+33299000004',
      email: 'direction@fabrique.example',
      hoursText: '9h à 12h / 14h à 17h',
      services: ['acces-materiel'],
      labels: ['Coworking', 'Fablab'],
      sources: [{ id: 'hub-lo', date: '2020-06-30' }],
    });
    expect(places[1]).toMatchObject({ kind: 'mediatheque', services: ['acces-materiel', 'outils-quotidien'], sources: [{ id: 'hub-lo', date: '2023-01-11' }] });
    expect(report.unparsedHours.map((h) => h.id)).toEqual(['hublo-1']);
  });
  it('never reads c_contacts, c_mobile nor c__userid_modification; drops the personal c_courriel', () => {
    const text = JSON.stringify(places);
    for (const secret of ['Jacqueline', 'jacqueline.martin', '0611223344', '+33611223344', '4242', 'emeline']) expect(text).not.toContain(secret);
  });
});

describe('Gironde through its column mapping', () => {
  const { places } = runAdapter(readMediationSchema, 'gironde.json', 'gironde');
  it('makes an id of name and town, splits street and postcode out of the postal address, maps its service words', () => {
    expect(places[0]).toMatchObject({
      id: 'gironde-bureau-information-jeunesse-angers',
      address: { street: 'Place Charles de Gaulle, médiathèque', postcode: '49100', commune: 'Angers' },
      phone: '+33241000005',
      email: 'bij@angers.example',
      services: ['acces-materiel', 'demarches', 'printing', 'wifi'],
      sources: [{ id: 'gironde', date: '2021-12-07' }],
    });
    expect(places[1]).toMatchObject({ id: 'gironde-atelier-rennes', address: { street: 'Rue Robert Schuman', commune: 'Rennes' }, services: ['loisirs-creations'] });
    // "Coord. X" is the latitude.
    expect(places[1]!.lat).toBe(48.111);
  });
  it('the postcode is the last 5-digit number, also on a later line; a pattern reads at most PATTERN_INPUT_MAX characters', () => {
    const read = (address: string) => schemaReader({ 'Adresse postale': address }, GIRONDE)('code_postal');
    expect(read('BP 40273 33697 Mérignac Cedex')).toBe('33697');
    expect(read('Mairie\n2 place du Marché\n33290 Blanquefort')).toBe('33290');
    expect(read('x '.repeat(20_000))).toBeUndefined();
    expect(read(`${'x'.repeat(PATTERN_INPUT_MAX)} 33000 Bordeaux`)).toBeUndefined();
  });
});

describe('the tiers-lieux census (CSV) through its column mapping', () => {
  const { places } = runAdapter(readMediationSchema, 'tiers-lieux.csv', 'tiers-lieux');
  it('every row is a tiers-lieu, labelled fablab or coworking as the census says; CONTACT is never read', () => {
    expect(places.map((p) => [p.id, p.kind, p.labels ?? []])).toEqual([
      ['tl-1', 'tiers-lieu', ['Coworking']],
      ['tl-2', 'tiers-lieu', ['Fablab']],
      ['tl-3', 'tiers-lieu', []],
    ]);
    expect(places[0]).toMatchObject({ website: 'https://www.cowork.example/', sources: [{ id: 'tiers-lieux', date: '2019-06-13' }] });
    expect(places[0]!.email).toBeUndefined();
    expect(places[1]).toMatchObject({ website: 'https://www.facebook.com/fablab.example', email: 'contact@fablab.example' });
    expect(JSON.stringify(places)).not.toContain('Einstein');
  });
});

describe('references between files', () => {
  it.each([
    ['mediation-numerique-conseiller-numerique-62aaaaaaaaaaaaaaaaaaaaaa-mediation-numerique', ['cnfs-62aaaaaaaaaaaaaaaaaaaaaa']],
    ['62cccccccccccccccccccccc-mediation-numerique-conseiller-numerique', ['cnfs-62cccccccccccccccccccccc']],
    ['mediation-numerique-france-services-2490', ['fs-2490']],
    ['1817-mediation-numerique-france-services', ['fs-1817']],
    ['aidants-connect-676|conseiller-numerique-63d29b78e6d6a806f2564504', ['cnfs-63d29b78e6d6a806f2564504']],
    ['Structure-12', []],
    [undefined, []],
  ] as const)('%s → %j', (id, refs) => expect(referencedIds(id)).toEqual(refs));
});

describe('kinds stay honest when the national France Services list is read', () => {
  it('a row that only calls itself France Services is a lieu de médiation', () => {
    const listed = runAdapter(readMediationSchema, 'mediation-early.json', 'cnfs', { franceServicesListed: true }).places;
    expect(listed.find((p) => p.id === 'cnfs-0')!.kind).toBe('mediation');
    const alone = runAdapter(readMediationSchema, 'mediation-early.json', 'cnfs').places;
    expect(alone.find((p) => p.id === 'cnfs-0')!.kind).toBe('france-services');
  });
});
