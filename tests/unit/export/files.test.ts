// The files: CSV (RFC 4180, the schema's columns), JSON with its metadata, LISEZMOI.txt; and the
// round trip of hand-written places through the pipeline's own schema adapter.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readMediationSchema } from '../../../data/adapters/mediation-schema';
import { buildPlaces } from '../../../data/build-place';
import { emptyReport } from '../../../data/report';
import { toCsv } from '../../../src/export/csv';
import { exportFileName, exportPlaces, isoDay, readmeFileName, toJson } from '../../../src/export/export-places';
import { FIELDS } from '../../../src/export/national-schema';
import { toReadme } from '../../../src/export/readme';
import type { Place } from '../../../src/shared/place';
import { dataset, fixtureGazetteer } from '../data/helpers';
import { BUS, FULL, LIBRARY_TWO_SOURCES, MARTINIQUE, NO_POSTCODE, NO_STREET, SOURCES } from './fixtures';

const PLACES = [FULL, BUS, NO_POSTCODE, MARTINIQUE, NO_STREET, LIBRARY_TWO_SOURCES];
const result = exportPlaces({ places: PLACES, sources: SOURCES, generated: '2026-12-01', dataDate: '2024-08-01' });

describe('exportPlaces', () => {
  it('writes the valid places in list order and refuses the others with their reasons', () => {
    expect(result.rows.map((r) => r.id)).toEqual(['cnfs-full', 'fs-bus', 'antilles-42', 'bib-angers']);
    expect(result.refused).toEqual([
      { id: 'bib-sans-cp', nom: 'Bibliothèque municipale', reasons: ['code_postal-missing'] },
      { id: 'bib-sans-voie', nom: 'Bibliothèque municipale', reasons: ['adresse-missing'] },
    ]);
    expect(result.notes).toEqual({
      'date_maj-from-month': ['antilles-42'],
      'horaires-not-osm': ['antilles-42'],
      'date_maj-from-year': ['bib-angers'],
      'services-none': ['bib-angers'],
    });
  });
  it('a place listed twice is written once (the schema’s primary key)', () => {
    const twice = exportPlaces({ places: [BUS, BUS], sources: SOURCES, generated: '2026-12-01' });
    expect(twice.rows).toHaveLength(1);
    expect(twice.refused).toEqual([{ id: 'fs-bus', nom: BUS.name, reasons: ['id-duplicate'] }]);
  });
  it('the metadata: schema, licence, the sources the rows come from (with the gazetteer), dates, counts', () => {
    const m = result.metadata;
    expect(m.schema).toEqual({ name: 'standard-mediation-num', title: 'Lieux de médiation numérique', version: 'v1.0.2', url: expect.stringContaining('v1.0.2/schema.json') });
    expect(m.licence).toEqual({ name: 'Licence Ouverte 2.0', id: 'etalab-2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence' });
    expect(m.sources.map((s) => [s.id, s.publisher, s.date])).toEqual([
      ['france-services', 'ANCT – France Services', '2024-08-01'],
      ['cnfs', 'ANCT – Cartographie nationale', '2022-07'],
      ['bibliotheques', 'Ministère de la Culture', '2023'],
      ['communes', 'IGN – Admin Express', '2018'],
      ['maine-et-loire', 'Département de Maine-et-Loire', '2021'],
    ]);
    expect(m).toMatchObject({ generated: '2026-12-01', dataDate: '2024-08-01', count: 4, producer: 'Repère' });
    expect(m.attribution).toContain('ANCT – France Services – Liste des structures France Services (2024-08-01)');
    expect(m.attribution).toContain('Licence Ouverte 2.0');
    // A list of France Services only does not credit the libraries.
    const fsOnly = exportPlaces({ places: [BUS], sources: SOURCES, generated: '2026-12-01' }).metadata.sources.map((s) => s.id);
    expect(fsOnly).toEqual(['france-services', 'cnfs', 'communes']);
  });
});

describe('CSV', () => {
  const csv = toCsv(result.rows);
  it('RFC 4180: the schema’s header, CRLF, quotes doubled, empty cells bare', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(FIELDS.map((f) => `"${f}"`).join(','));
    expect(lines).toHaveLength(result.rows.length + 2); // header, rows, final CRLF
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(lines[1]).toContain('"12 rue ""du"" Port, bât. B"');
    expect(lines[1]!.startsWith('"cnfs-full","00000000000000","Espace numérique « Le Lien », Angers","Angers","49000","49007","12 rue ""du"" Port, bât. B",,"47.47","-0.55",,')).toBe(true);
  });
  it('parses back to the same rows (papaparse), values as text', () => {
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...FIELDS]);
    const asText = result.rows.map((r) => Object.fromEntries(FIELDS.map((f) => [f, r[f] === undefined ? '' : String(r[f])])));
    expect(parsed.data).toEqual(asText);
  });
  it('a name with a line break or a comma stays in its cell', () => {
    const odd = toCsv([{ id: 'a', nom: 'Un,\r\n"deux"' }]);
    expect(Papa.parse<Record<string, string>>(odd, { header: true, skipEmptyLines: true }).data[0]!.nom).toBe('Un,\r\n"deux"');
  });
});

describe('JSON and LISEZMOI.txt', () => {
  it('JSON: metadata then the rows, numbers as numbers', () => {
    const json = JSON.parse(toJson(result)) as { metadata: typeof result.metadata; data: Record<string, unknown>[] };
    expect(json.metadata).toEqual(result.metadata);
    expect(json.data).toEqual(result.rows);
    expect(json.data[0]!.latitude).toBe(47.47);
    expect(JSON.parse(toJson(exportPlaces({ places: [], sources: SOURCES, generated: '2026-12-01' }))).data).toEqual([]);
  });
  it('LISEZMOI.txt: licence, attribution, every source with its date, schema, refused places', () => {
    const text = toReadme(result, 'repere-lieux-2026-12-01.csv');
    for (const s of ['Licence Ouverte 2.0', 'etalab.gouv.fr/licence-ouverte-open-licence', result.metadata.attribution, 'standard-mediation-num v1.0.2', 'repere-lieux-2026-12-01.csv (4 lieux)', 'Généré le : 2026-12-01']) expect(text).toContain(s);
    for (const s of result.metadata.sources) expect(text).toContain(`- ${s.publisher} — ${s.title} — ${s.date} — ${s.licence} — ${s.url}`);
    expect(text).toContain('- Bibliothèque municipale (bib-sans-cp) : code postal manquant');
    expect(text).toContain('- Bibliothèque municipale (bib-sans-voie) : adresse (voie) manquante');
    expect(text).toContain('pivot : « 00000000000000 »');
  });
  it('many refused places are counted by reason', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...NO_STREET, id: `bib-${i}` }));
    const text = toReadme(exportPlaces({ places: many, sources: SOURCES, generated: '2026-12-01' }), 'x.csv');
    expect(text).toContain('Lieux non exportés (60)');
    expect(text).toContain('- adresse (voie) manquante : 60');
    expect(text).not.toContain('bib-59');
  });
  it('file names pair the data file and its LISEZMOI', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(exportFileName('2026-12-01', 'csv')).toBe('repere-lieux-2026-12-01.csv');
    expect(readmeFileName('repere-lieux-2026-12-01.csv')).toBe('repere-lieux-2026-12-01-LISEZMOI.txt');
  });
});

describe('round trip: export → the pipeline’s schema adapter → the same places', () => {
  // Places whose communes are in the fixture gazetteer.
  const originals: Place[] = [FULL, BUS, MARTINIQUE, LIBRARY_TWO_SOURCES];
  const csv = toCsv(exportPlaces({ places: originals, sources: SOURCES, generated: '2026-12-01' }).rows);
  const d = { ...dataset('cnfs'), id: 'roundtrip', idPrefix: 'rt' };
  const read = readMediationSchema(csv, d);
  const report = emptyReport();
  const back = new Map(buildPlaces(read.drafts, { gazetteer: fixtureGazetteer(), file: 'export.csv', datasetDate: '2000-01-01', report }, new Set()).map((p) => [p.id.replace(/^rt-/, ''), p]));

  it('every row is read back, none rejected', () => {
    expect([read.rowsRead, read.problems, report.rejected]).toEqual([4, [], []]);
    expect([...back.keys()]).toEqual(originals.map((p) => p.id));
  });
  it('name, kind, mobile, position, address, contacts, hours, fees, support and labels survive', () => {
    for (const o of originals) {
      const b = back.get(o.id)!;
      expect(b, o.id).toMatchObject({ name: o.name, kind: o.kind, lat: o.lat, lon: o.lon, dep: o.dep, address: o.address });
      for (const k of ['mobile', 'phone', 'email', 'hours', 'fees', 'support', 'labels'] as const) expect(b[k], `${o.id} ${k}`).toEqual(o[k]);
    }
    expect(back.get('cnfs-full')!.website).toBe('https://lelien.fr/accueil?a=1%7C2');
    expect(back.get('cnfs-full')!.appointment).toBe(FULL.appointment);
  });
  it('what the schema cannot carry is lost, and only that', () => {
    const full = back.get('cnfs-full')!;
    // wifi and printing: no schema service.
    expect(full.services).toEqual(FULL.services.filter((s) => s !== 'wifi' && s !== 'printing'));
    // "tous" is the schema's default, "demandeurs-emploi" has no value.
    expect(full.publics).toEqual(FULL.publics!.filter((p) => p !== 'tous' && p !== 'demandeurs-emploi'));
    // "Sur rendez-vous" without a link; hours that are not OSM.
    expect(back.get('fs-bus')!.appointment).toBeUndefined();
    expect(back.get('antilles-42')!.hoursText).toBeUndefined();
    // Provenance becomes the one `source` + `date_maj` of the row.
    expect(back.get('fs-bus')!.sources).toEqual([{ id: 'roundtrip', date: '2024-08-01' }]);
    expect(back.get('bib-angers')!.services).toEqual([]);
  });
});
