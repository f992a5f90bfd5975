import { describe, expect, it } from 'vitest';
import { readBibliotheques } from '../../../data/adapters/bibliotheques';
import { readFranceServices } from '../../../data/adapters/france-services';
import { readMaineEtLoire } from '../../../data/adapters/maine-et-loire';
import { readMediationSchema } from '../../../data/adapters/mediation-schema';
import { parseCsv } from '../../../data/adapters/csv';
import { runAdapter } from './helpers';

describe('France Services CSV (BOM, CRLF, malformed rows)', () => {
  const { places, report, rowsRead } = runAdapter(readFranceServices, 'france-services.csv', 'france-services');
  const byId = new Map(places.map((p) => [p.id, p]));

  it('reads every row and keeps the valid ones', () => {
    expect(rowsRead).toBe(6);
    expect(places.map((p) => p.id).sort()).toEqual(['fs-1', 'fs-2', 'fs-3']);
  });
  it('builds the full record with one opening_hours string', () => {
    expect(byId.get('fs-1')).toMatchObject({
      name: 'France services de Valserhône',
      kind: 'france-services',
      dep: '01',
      address: { street: '5-9 Rue des Papetiers', postcode: '01200', commune: 'Valserhône', insee: '01033' },
      phone: '+33450568749',
      email: 'franceservices@ccpb01.fr',
      hours: 'Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00',
      services: ['demarches'],
      fees: 'gratuit',
      labels: ['France Services'],
      sources: [{ id: 'france-services', date: '2024-08-01' }],
    });
    expect(byId.get('fs-1')!.mobile).toBeUndefined();
  });
  it('marks buses and itinerant services as mobile, keeps bad hours as text, drops personal e-mail', () => {
    const bus = byId.get('fs-2')!;
    expect(bus.mobile).toBe(true);
    expect(bus.hours).toBeUndefined();
    expect(bus.hoursText).toBe('Lundi : 9h-12h; Mardi : 09:30 - 16:30');
    expect(bus.email).toBeUndefined();
    expect(bus.appointment).toBe(true);
    expect(report.unparsedHours.map((h) => h.id)).toContain('fs-2');
    expect(report.fixes).toContainEqual(expect.objectContaining({ id: 'fs-2', fix: 'email-dropped-personal' }));
    expect(byId.get('fs-3')!.mobile).toBe(true);
  });
  it('fixes swapped coordinates in Guadeloupe and says so', () => {
    expect(byId.get('fs-3')).toMatchObject({ lat: 16.0002, lon: -61.7285, dep: '971', phone: '+590590810000' });
    expect(report.fixes).toContainEqual(expect.objectContaining({ id: 'fs-3', fix: 'swapped-lat-lon' }));
  });
  it('rejects empty name, (0,0) and duplicate ids with a reason each', () => {
    const reasons = report.rejected.map((r) => [r.id, r.reason]);
    expect(reasons).toEqual(expect.arrayContaining([['fs-4', 'name-missing'], ['fs-5', 'position-zero'], ['fs-1', 'duplicate-id']]));
    expect(report.rejected).toHaveLength(3);
  });
});

describe('mediation schema, early wording (JSON)', () => {
  const { places, report, problems, rowsRead } = runAdapter(readMediationSchema, 'mediation-early.json', 'cnfs');
  const byId = new Map(places.map((p) => [p.id, p]));

  it('maps services, fees, labels; refuses javascript: websites', () => {
    const p = byId.get('cnfs-62592a1d05457b0790816e6c')!;
    expect(p).toMatchObject({
      kind: 'mediation',
      address: { commune: 'Marseille', insee: '13055', postcode: '13011' },
      services: ['culture-numerique', 'outils-quotidien'],
      fees: 'gratuit',
      labels: ['Aidants Connect', 'Conseiller numérique'],
      hours: 'Tu 13:30-17:30',
      phone: '+33491000000',
      sources: [{ id: 'cnfs', date: '2022-05-09' }],
    });
    expect(p.website).toBeUndefined();
    expect(report.fixes).toContainEqual(expect.objectContaining({ id: p.id, fix: 'website-dropped', from: 'javascript:alert(1)' }));
  });
  it('tidies ALL CAPS names, classifies by name, keeps unparsable hours as text, drops the adviser e-mail', () => {
    const p = byId.get('cnfs-627b9f5bad1bdb06edc49775')!;
    expect(p.name).toBe('France Services Valserhone');
    expect(p.kind).toBe('france-services');
    expect(p.hoursText).toBe('Mo 09:30-12:00,14:00-17:00; Tu 12:30');
    expect(p.hours).toBeUndefined();
    expect(p.email).toBeUndefined();
  });
  it('reads v0 publics_accueillis into publics and support; Corsica gets 2A', () => {
    const p = byId.get('cnfs-0')!;
    expect(p).toMatchObject({ kind: 'france-services', dep: '2A', fees: 'gratuit-sous-condition' });
    expect(p.publics).toEqual(['familles', 'jeunes']);
    expect(p.support).toEqual(['handicap-mental', 'illettrisme', 'surdite']);
    expect(p.services).toEqual(['acces-materiel', 'demarches']);
  });
  it('reports blank names and rows that are not objects', () => {
    expect(rowsRead).toBe(5);
    expect(report.rejected).toContainEqual(expect.objectContaining({ id: 'cnfs-7', reason: 'name-missing' }));
    expect(problems).toEqual([{ row: 5, reason: 'not-an-object' }]);
  });
});

describe('mediation schema, current wording (JSON and CSV)', () => {
  it('reads typologie, frais_a_charge, dispositifs, prise_en_charge_specifique, never a named person', () => {
    const { places } = runAdapter(readMediationSchema, 'mediation-current.json', 'hub-antilles');
    const [tiers, bib] = places;
    expect(tiers).toMatchObject({
      id: 'antilles-structure-1',
      kind: 'tiers-lieu',
      dep: '972',
      phone: '+596696123456',
      website: 'https://www.upandspace.fr/',
      appointment: 'https://rdv.example.fr/upandspace',
      fees: 'payant',
      publics: ['etudiants', 'jeunes', 'seniors'],
      support: ['handicap-moteur', 'langues-etrangeres', 'surdite'],
      labels: ['Aidants Connect', 'Conseiller numérique', 'Point numérique CAF'],
      services: ['demarches', 'loisirs-creations', 'materiel-solidaire', 'outils-quotidien'],
    });
    expect(JSON.stringify(places)).not.toContain('Marie Curie');
    expect(bib).toMatchObject({ kind: 'mediatheque', fees: 'gratuit', services: ['acces-materiel'], hoursText: 'lundi au vendredi de 8h à 17h', address: { insee: '97209' } });
    // 9-digit number missing its 0: Martinique prefix recovered.
    expect(bib!.phone).toBe('+596596700000');
  });
  it('reads the CSV form (; separated) with the same mapping', () => {
    const { places, report } = runAdapter(readMediationSchema, 'mediation-current.csv', 'hub-antilles');
    expect(places).toHaveLength(2);
    expect(places[0]).toMatchObject({ id: 'antilles-structure-9', kind: 'mediation', fees: 'gratuit-sous-condition', hours: 'Mo-Sa 10:00-18:00', services: ['demarches'] });
    expect(places[1]).toMatchObject({ lat: 48.1116, lon: -1.6819, services: ['numerique-securise'], address: { insee: '35238' } });
    expect(places[1]!.website).toBeUndefined();
    expect(places[1]!.email).toBeUndefined();
    expect(report.fixes.map((f) => f.fix)).toEqual(expect.arrayContaining(['swapped-lat-lon', 'website-dropped', 'email-dropped-invalid']));
  });
});

describe('libraries CSV (Latin-1)', () => {
  const { places, report, problems } = runAdapter(readBibliotheques, 'bibliotheques-latin1.csv', 'bibliotheques');
  it('keeps open buildings and bibliobus, drops administrative sites and closed stores', () => {
    expect(places.map((p) => p.id)).toEqual(['bib-li1', 'bib-li2', 'bib-li6']);
    expect(problems).toEqual([
      { row: 3, reason: 'library-administrative-only' },
      { row: 4, reason: 'library-closed-store' },
    ]);
    expect(report.rejected).toEqual([expect.objectContaining({ id: 'bib-li5', reason: 'position-missing' })]);
  });
  it('decodes accents, maps Wi-Fi, fees and websites', () => {
    const [paris, bus, ajaccio] = places;
    expect(paris).toMatchObject({ name: 'Médiathèque François Mitterrand', kind: 'mediatheque', services: ['wifi'], fees: 'gratuit', website: 'https://bibliotheques.paris.fr/', dep: '75' });
    expect(bus).toMatchObject({ mobile: true, services: [], fees: 'payant' });
    expect(bus!.website).toBeUndefined();
    expect(ajaccio).toMatchObject({ dep: '2A', address: { insee: '2A004' } });
    expect(ajaccio!.website).toBeUndefined();
  });
});

describe('Maine-et-Loire portal export', () => {
  const { places, report } = runAdapter(readMaineEtLoire, 'maine-et-loire.json', 'maine-et-loire');
  it('reads Geo Point, Catégorie and yes/no columns', () => {
    expect(places[0]).toMatchObject({
      id: 'ml49-lmn266',
      kind: 'france-services',
      lat: 47.47665,
      lon: -0.55622,
      address: { street: '31 rue Jean Gallart', postcode: '49000', commune: 'Angers', insee: '49007' },
      services: ['acces-materiel', 'demarches', 'printing', 'wifi'],
      publics: ['seniors', 'tous'],
      labels: ['France Services'],
      sources: [{ id: 'maine-et-loire', date: '2021-06-10' }],
    });
  });
  it('fixes a swapped Geo Point, drops an unusable phone, rejects a missing position', () => {
    expect(places[1]).toMatchObject({ id: 'ml49-lmn135', kind: 'mediatheque', lat: 47.491542, lon: -0.56349 });
    expect(places[1]!.phone).toBeUndefined();
    expect(report.fixes.map((f) => `${f.id} ${f.fix}`)).toEqual(expect.arrayContaining(['ml49-lmn135 swapped-lat-lon', 'ml49-lmn135 phone-dropped']));
    expect(report.rejected).toEqual([expect.objectContaining({ id: 'ml49-lmn999', reason: 'position-missing' })]);
  });
});

describe('CSV rows around a broken one (data/adapters/csv.ts)', () => {
  const names = (text: string) => parseCsv(text).rows.map((r) => r.record.name);
  it('a quote opened and never closed costs its own line only, not every row after it', () => {
    const { rows, problems } = parseCsv('id,name,x\n1,"broken,b\n2,ok,z\n3,"fine, quoted",w\n');
    expect(rows.map((r) => [r.row, r.record.id, r.record.name])).toEqual([[2, '2', 'ok'], [3, '3', 'fine, quoted']]);
    expect(problems).toEqual([{ row: 1, reason: 'csv-InvalidQuotes' }]);
  });
  it('a stray quote inside a field, and a quote closed in a later row, lose only the broken line', () => {
    expect(names('id,name,x\n1,ok,z\n2,"a"b,c\n3,ok3,z\n')).toEqual(['ok', 'ok3']);
    expect(names('id,name,x\n1,"a\n2,b",c\n3,ok,z\n4,"q, r",s\n')).toEqual(['a\n2,b', 'ok', 'q, r']);
  });
  it('a stray quote ending a line, closed by another one lines later, swallows nothing silently', () => {
    // Rows 1 and 3 each end with a stray quote: to Papa, rows 1–3 are one record of 3 fields, no error.
    const { rows, problems } = parseCsv('id;name;x\n1;a;"\n2;ok;z\n3;b;"\n4;ok4;"fine; quoted"\n');
    expect(rows.map((r) => [r.record.id, r.record.x])).toEqual([['2', 'z'], ['4', 'fine; quoted']]);
    expect(problems).toEqual([{ row: 1, reason: 'csv-QuoteSpansRows' }, { row: 3, reason: 'csv-MissingQuotes' }]);
  });
  it('the delimiter is the header\'s: the "|" of v1 lists and the "," inside values never decide it', () => {
    const csv = 'id,nom,services,frais_a_charge\n1,A,Aide|Accès|Maîtrise,Gratuit|Payant\n2,B,Aide|Accès,Gratuit|Payant\nbroken|row|with|pipes\n';
    expect(parseCsv(csv).rows.map((r) => [r.record.id, r.record.services])).toEqual([['1', 'Aide|Accès|Maîtrise'], ['2', 'Aide|Accès']]);
    expect(parseCsv('id;nom;adresse\n1;A;"3, rue B"\n').rows[0]!.record).toEqual({ id: '1', nom: 'A', adresse: '3, rue B' });
  });
  it('a quoted field over several lines is still one row', () => {
    expect(parseCsv('id,name,x\n1,"a\nb",c\n2,ok,z\n').rows.map((r) => r.record.name)).toEqual(['a\nb', 'ok']);
  });
  it('a stray carriage return in a CRLF file neither joins nor splits rows', () => {
    expect(parseCsv('id,name,x\r\n1,a,c\r2,ok,z\r\n').rows.map((r) => r.record.id)).toEqual(['1', '2']);
  });
  it('rows with too many or too few fields are reported with the reason, their neighbours kept', () => {
    const { rows, problems } = parseCsv('id;name;x\n1;a;b;c\n2;ok;z\n3\n');
    expect(rows.map((r) => r.record.id)).toEqual(['2']);
    expect(problems).toEqual([{ row: 1, reason: 'csv-TooManyFields' }, { row: 3, reason: 'csv-TooFewFields' }]);
  });
});
