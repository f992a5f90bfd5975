// The stops of buses through the whole pipeline, on hand-written files: a France Services list whose
// comments give stops (a bus, a multi-site service's "1er et 3e jeudi", a bus in Martinique, a comment
// left as text) and a stops file of one bus (with a bad row), with the real gazetteer.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildDiff } from '../../../data/diff';
import { DEFAULT_DATA_DIR } from '../../../data/paths';
import { runPipeline, type PipelineResult } from '../../../data/pipeline';
import { CHARENTE_BUS_STOPS } from '../../../data/sources';
import { exportPlaces } from '../../../src/export/export-places';
import type { Manifest, Place } from '../../../src/shared/place';
import { FIXTURES } from './helpers';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const COMMUNES = join(process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR, 'communes/communes-centroides-2018.csv');
function dataFolder(withStopsFile = true): string {
  const root = mkdtempSync(join(tmpdir(), 'repere-stops-'));
  dirs.push(root);
  const files: Record<string, string> = {
    'communes/communes-centroides-2018.csv': COMMUNES,
    'france-services/liste-fs-20240801.csv': join(FIXTURES, 'france-services-itinerance.csv'),
  };
  if (withStopsFile) files[CHARENTE_BUS_STOPS.path] = join(FIXTURES, 'itinerance-stops.json');
  for (const [path, from] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'data', path)), { recursive: true });
    copyFileSync(from, join(root, 'data', path));
  }
  return root;
}
const run = (root: string) =>
  runPipeline({ dataDir: join(root, 'data'), cacheDir: join(root, 'cache'), outDir: join(root, 'public'), reportFile: join(root, 'report.json'), diffFile: join(root, 'diff.json') });

let root: string;
let result: PipelineResult;
let manifest: Manifest;
const pack = (type: string, dep?: string) => {
  const file = manifest.files.find((f) => f.type === type && (dep === undefined || f.dep === dep))!;
  return { file, records: JSON.parse(readFileSync(join(root, 'public', file.path), 'utf8')) as Place[] };
};

beforeAll(() => {
  root = dataFolder();
  result = run(root);
  manifest = JSON.parse(readFileSync(join(root, 'public/manifest.json'), 'utf8')) as Manifest;
});

describe('stops in the index', () => {
  it('a stop is a Place-shaped record in its commune\'s département file, at its commune, with its own hours', () => {
    const { file, records } = pack('departement', '08');
    const machault = records.find((p) => p.id === 'fs-9001-08264')!;
    expect(machault).toMatchObject({
      name: 'Bus France services de Vouziers',
      kind: 'france-services',
      mobile: true,
      dep: '08',
      // Machault's centre (the comment gives no address): the search finds it at Machault's distance.
      lat: 49.35326,
      lon: 4.50764,
      address: { commune: 'Machault', insee: '08264', postcode: '08310' },
      phone: '+33324716465',
      hours: 'Tu 09:00-12:00,13:00-16:30',
      appointment: true,
      services: ['demarches'],
      labels: ['France Services'],
      stop: { busId: 'fs-9001', busName: 'Bus France services de Vouziers', place: 'mairie', position: 'commune', slots: [{ days: ['Tu'], times: ['09:00-12:00', '13:00-16:30'] }], text: 'mardis à la mairie de Machault' },
    });
    expect(file).toMatchObject({ count: 4, stops: 2 });
    // The file's box holds its stops too: the growing search must load it for a stop nearer than its places.
    expect(file.bbox![0]).toBeLessThanOrEqual(4.50764);
    // The France pack holds them as well (a shared link to a stop, the whole of France saved offline).
    expect(pack('france').records.filter((p) => p.stop).map((p) => p.id)).toEqual([
      'fs-9001-08264', 'fs-9001-08303', 'fs-9002-16083', 'fs-9002-16317', 'fs-9002-16390', 'fs-9003-56041', 'fs-9005-97228',
    ]);
    expect(pack('france').file).toMatchObject({ count: 13, stops: 7 });
  });

  it('the bus lists its stops; its stop at its own commune is on its record only (no second, near-identical result)', () => {
    const bus = pack('departement', '08').records.find((p) => p.id === 'fs-9001')!;
    expect(bus.stops).toEqual([
      { id: 'fs-9001-08303', insee: '08303', commune: 'Monthois', dep: '08', place: 'mairie', slots: [{ days: ['Mo'], times: ['09:00-12:00', '13:00-16:30'] }] },
      { id: 'fs-9001-08264', insee: '08264', commune: 'Machault', dep: '08', place: 'mairie', slots: [{ days: ['Tu'], times: ['09:00-12:00', '13:00-16:30'] }] },
      { insee: '08490', commune: 'Vouziers', dep: '08', place: 'place Carnot', slots: [{ days: ['Fr'], times: ['09:00-12:00', '13:00-16:30'] }], base: true },
    ]);
    const all = pack('france').records;
    expect(all.some((p) => p.stop?.busId === 'fs-9001' && p.address.insee === '08490')).toBe(false);
    expect(result.report.stops).toMatchObject({ stops: 8, stopRecords: 7, baseStops: 1 });
  });

  it('the stops file joins its bus: its positions and hours, week parity, both sources; a bad row is reported', () => {
    const records = pack('departement', '16').records;
    const fraigne = records.find((p) => p.id === 'fs-9002-16317')!;
    expect(fraigne).toMatchObject({ lat: 45.952791, lon: -0.008588, address: { street: 'Rue du Chant du Coq', commune: 'Saint-Fraigne' }, hours: 'week 01-53/2 Mo 09:30-12:30,13:30-15:30; PH off' });
    expect(fraigne.stop).toMatchObject({ position: 'address', place: 'Face à la boulangerie', slots: [{ days: ['Mo'], weeks: 'odd' }] });
    expect(fraigne.sources.map((s) => s.id)).toEqual(['bus-france-services-charente', 'france-services']);
    const file = result.report.stops!.files[0]!;
    expect(file).toMatchObject({ id: 'bus-france-services-charente', rowsRead: 4, rowsKept: 3, bus: { id: 'fs-9002', evidence: ['web-domain', 'communes'] } });
    expect(file.problems).toEqual([{ row: 4, reason: 'hours-unreadable', detail: 'selon le planning' }]);
  });

  it('the stops dataset is a source of the manifest with its address, licence and date, and the counts', () => {
    const source = manifest.sources.find((s) => s.id === 'bus-france-services-charente')!;
    expect(source).toMatchObject({
      url: CHARENTE_BUS_STOPS.url,
      licence: 'Licence Ouverte 2.0',
      date: '2023-09',
      rowsRead: 4,
      rowsKept: 3,
      rowsRejected: 1,
      stops: 3,
    });
    expect(source.url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/anct-cartographie-nationale\/mednum-cli\/[0-9a-f]{40}\//);
    expect(manifest.sources.find((s) => s.id === 'france-services')).toMatchObject({ places: 6, stops: 7 });
    // Places are counted as before; the stops beside them.
    expect(manifest.counts).toMatchObject({ total: 6, stops: 7 });
    expect(manifest.generatedAt).toBe('2024-08-01');
  });

  it('the report counts buses, stops, stops left as text and stops per département; the console says it in a line', () => {
    expect(result.report.stops).toMatchObject({
      buses: 4,
      servicesWithStops: 4,
      busesWithStops: 3,
      stopsByDep: { '08': 3, '16': 3, '56': 1, '972': 1 },
      leftAsText: { 'week-of-month': 1 },
      leftovers: [{ busId: 'fs-9004', reason: 'week-of-month', text: 'lundi Foissac' }],
      unpublished: [],
    });
    const written = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as PipelineResult['report'];
    expect(written.stops!.stopRecords).toBe(7);
    expect(result.summary).toContain(
      'stops: 8 of 4 services (3 of the 4 buses and itinerant services) in 4 départements, 7 searchable on their own, 1 at the service\'s own commune; left as text: 1 — week-of-month 1; file bus-france-services-charente: 3 of 4 rows → fs-9002',
    );
  });

  it('ids are stable, URL-safe and unique; a second build gives the same files and a diff without stops in it', () => {
    const ids = pack('france').records.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,100}$/);
    const first = manifest.version;
    const again = run(root);
    expect(again.manifest.version).toBe(first);
    const diff = JSON.parse(readFileSync(join(root, 'diff.json'), 'utf8')) as BuildDiff;
    expect(diff.totals).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 6 });
  });

  it('the national schema export leaves the stops out: their bus is the place', () => {
    const all = pack('france').records;
    const exported = exportPlaces({ places: all, sources: manifest.sources, generated: '2026-12-01' });
    expect(exported.rows.length + exported.refused.length).toBe(6);
  });

  it('a stops file that is not JSON is named as unreadable; everything else is built', () => {
    const broken = dataFolder();
    writeFileSync(join(broken, 'data', CHARENTE_BUS_STOPS.path), '[{"id": 1,');
    const built = run(broken);
    expect(built.report.missingSources.find((m) => m.id === 'bus-france-services-charente')?.hint).toMatch(/^unreadable \(.*JSON.*\); run `npm run data:fetch`/);
    expect(built.report.stops).toMatchObject({ stops: 8, files: [] });
    expect(built.manifest.counts.total).toBe(6);
  });

  it('without the stops file, the comments still give their stops and the file is named as missing', () => {
    const alone = run(dataFolder(false));
    expect(alone.report.missingSources.map((m) => m.id)).toContain('bus-france-services-charente');
    expect(alone.report.stops).toMatchObject({ stops: 8, files: [] });
    const fraigne = JSON.parse(readFileSync(join(dirs.at(-1)!, 'public', alone.manifest.files.find((f) => f.dep === '16')!.path), 'utf8')).find((p: Place) => p.id === 'fs-9002-16317') as Place;
    expect(fraigne.stop?.position).toBe('commune');
    expect(fraigne.hours).toBe('week 01-53/2 Mo 09:30-15:30');
  });
});
