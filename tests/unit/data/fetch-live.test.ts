// `npm run data:fetch -- --live`: the publishers' current feeds, served here by a loopback server in
// their formats (a data.gouv.fr dataset description naming its newest CSV, a `;` France Services
// CSV, the national schema v1 CSV, the ministry's libraries with their own header case, the
// geographic API's commune centres), then a build from them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAll, newestCsv } from '../../../data/fetch';
import { DEFAULT_DATA_DIR } from '../../../data/paths';
import { runPipeline } from '../../../data/pipeline';
import { LIVE_DATASETS } from '../../../data/sources';
import { fixture } from './helpers';

const FS_CSV = [
  'id_fs;lib_fs;adresse;complement_adresse;insee_com;code_postal;lib_com;latitude;longitude;mail;telephone;h_lundi;h_mardi;h_mercredi;h_jeudi;h_vendredi;h_samedi;h_dimanche;prise_rdv;format_fs',
  '1;France services de Valserhône;5-9 Rue des Papetiers;;01033;01200;Valserhône;46.1060711;5.8260084;franceservices@ccpb01.fr;04 50 56 87 49;09:00 - 12:00;;;;;;;Non;Fixe',
  '3107;France services de Rennes Nord;1 place de la Mairie;;35238;35000;Rennes;48.1116;-1.6819;;02 99 00 00 09;09:00 - 12:00;;;;;;;Oui;Fixe',
].join('\n');
const LIBRARIES = [
  'code_bib;nom_de_l_etablissement;adresse;cp;ville;longitude;latitude;type_adresse;site_internet;connexion_wi_fi;gratuite_des_services',
  'LI1;Médiathèque François Mitterrand;2 place de la République;75001;Paris;2.343;48.857;Bâtiment ouvert;bibliotheques.paris.fr;Oui;Oui',
  'LI9;Réserve;1 rue;35000;Rennes;-1.68;48.11;Réserve de documents non ouverte au public;;;',
].join('\n');
const CENTRES = JSON.stringify([
  { code: '35238', nom: 'Rennes', codeDepartement: '35', centre: { type: 'Point', coordinates: [-1.6743, 48.1159] }, population: 222485 },
  { code: '98818', nom: 'Nouméa', codeDepartement: '988', centre: { type: 'Point', coordinates: [166.4076, -22.3363] }, population: 94285 },
]);
const DATASET_API = (base: string) => ({
  id: '5e...',
  resources: [
    { title: 'liste-fs-2025.csv', format: 'csv', url: `${base}/static/old.csv`, last_modified: '2025-09-01T10:00:00' },
    { title: 'liste-fs.xlsx', format: 'xlsx', url: `${base}/static/list.xlsx`, last_modified: '2026-11-20T10:00:00' },
    { title: 'liste-fs-2026.csv', format: 'csv', url: `${base}/static/fs-2026.csv`, last_modified: '2026-11-15T08:30:00' },
  ],
});

let server: Server;
let base: string;
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!);
    const send = (body: string, type = 'text/csv') => {
      res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    if (req.url === '/api/1/datasets/liste-des-structures-france-services/') send(JSON.stringify(DATASET_API(base)), 'application/json');
    else if (req.url === '/static/fs-2026.csv') send(FS_CSV);
    else if (req.url === '/live/lieux-de-mediation-numerique.csv') send(fixture('mediation-v1.csv'));
    else if (req.url === '/live/bibliotheques.csv') send(LIBRARIES);
    else if (req.url === '/live/communes-centres.json') send(CENTRES, 'application/json');
    else if (req.url === '/tiers-lieux/cget-tiers-lieux-2019.csv') send(fixture('tiers-lieux.csv'));
    else if (req.url === '/itinerance/bus-france-services-charente-2023-09.json') send(fixture('itinerance-stops.json'), 'application/json');
    else if (req.url === '/api/1/datasets/no-csv/') send(JSON.stringify({ resources: [{ format: 'xlsx', url: `${base}/static/list.xlsx` }] }), 'application/json');
    else if (req.url === '/live/html.csv') send('<!doctype html><html><body>Maintenance</body></html>', 'text/html');
    else if (req.url === '/communes/communes-centroides-2018.csv') send(readFileSync(join(process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR, 'communes/communes-centroides-2018.csv'), 'utf8'));
    else {
      res.writeHead(404);
      res.end('<html>not found</html>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('live feeds', () => {
  it('picks the newest CSV resource of a data.gouv.fr dataset', () => {
    expect(newestCsv(DATASET_API('x'))!.url).toBe('x/static/fs-2026.csv');
    expect(newestCsv({ resources: [{ format: 'xlsx', url: 'a.xlsx' }] })).toBeUndefined();
  });

  it('fetches every live feed into the cache with its publisher date, then builds the index from them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'repere-live-'));
    try {
      const cache = join(root, 'cache');
      const results = await fetchAll({ cacheDir: cache, baseUrl: base, datasets: LIVE_DATASETS });
      expect(results.filter((r) => !r.ok)).toEqual([]);
      expect(requests).toContain('/api/1/datasets/liste-des-structures-france-services/');
      expect(requests).not.toContain('/static/old.csv');
      const meta = JSON.parse(readFileSync(join(cache, 'live/france-services.csv.meta.json'), 'utf8'));
      expect(meta).toEqual({ url: `${base}/static/fs-2026.csv`, date: '2026-11-15' });

      const result = runPipeline({ dataDir: join(root, 'no-data'), cacheDir: cache, outDir: join(root, 'public'), datasets: LIVE_DATASETS });
      const ids = result.places.map((p) => p.id).sort();
      expect(ids).toEqual(expect.arrayContaining(['fs-1', 'fs-3107', 'bib-li1', 'tl-2', 'tl-3']));
      expect(ids).not.toContain('bib-li9');
      // The census's coworking at the same address as the v1 atelier is the same place: one record, both labels, the old id kept as an alias.
      const atelier = result.places.find((p) => p.name === 'Atelier numérique du Colombier')!;
      expect(atelier).toMatchObject({ kind: 'tiers-lieu', aliases: ['tl-1'] });
      expect(atelier.labels).toEqual(expect.arrayContaining(['Coworking', 'Fablab']));
      const fs = result.places.find((p) => p.id === 'fs-3107')!;
      expect(fs).toMatchObject({ kind: 'france-services', appointment: true });
      expect(fs.sources).toContainEqual({ id: 'france-services', date: '2026-11-15' });
      const library = result.places.find((p) => p.id === 'bib-li1')!;
      expect(library).toMatchObject({ services: ['wifi'], fees: 'gratuit', website: 'https://bibliotheques.paris.fr/' });
      // The schema v1 rows: access modes for the "no appointment needed" filter, the no-public row left out.
      const v1 = result.places.filter((p) => p.sources.some((s) => s.id === 'lieux-mediation-numerique'));
      expect(v1.flatMap((p) => p.access ?? []).sort()).toEqual(['contacter-par-mail', 'prendre-rdv', 'se-presenter', 'telephoner']);
      expect(result.report.rejected.map((r) => r.reason)).toContain('no-public-reception');
      expect(result.manifest.sources.find((s) => s.id === 'france-services')!.date).toBe('2026-11-15');
      // The geographic API's centre positions Nouméa (no 2018 centroid); Rennes keeps its 2018 one.
      expect(result.report.communePositionFallbacks).toContainEqual({ insee: '98818', name: 'Nouméa', method: 'centre-2025' });
      expect(result.report.communePositionFallbacks.some((f) => f.insee === '35238')).toBe(false);
      // The bus stops file came from its address too; this list has no bus it could belong to, so none is published.
      expect(result.report.stops!.files).toMatchObject([{ id: 'bus-france-services-charente', rowsRead: 4, rowsKept: 0, bus: { unmatched: 'no-candidate' } }]);
      expect(result.manifest.sources.find((s) => s.id === 'bus-france-services-charente')).toMatchObject({ rowsRead: 4, rowsKept: 0, rowsRejected: 4, stops: 0 });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a dataset description with no CSV, or an HTML page, keeps the previous file and says why', async () => {
    const root = mkdtempSync(join(tmpdir(), 'repere-live-'));
    try {
      const fsFeed = LIVE_DATASETS.find((d) => d.id === 'france-services')!;
      const mediation = LIVE_DATASETS.find((d) => d.id === 'lieux-mediation-numerique')!;
      const cache = join(root, 'cache');
      mkdirSync(join(cache, 'live'), { recursive: true });
      writeFileSync(join(cache, 'live/html.csv'), 'previous');
      const results = await fetchAll({
        cacheDir: cache,
        baseUrl: base,
        datasets: [{ ...fsFeed, datagouvDataset: 'no-csv' }, { ...mediation, path: 'live/html.csv' }, { ...mediation, path: 'live/missing.csv' }],
      });
      expect(results.map((r) => r.ok)).toEqual([false, false, false]);
      expect(results[0]!.error).toMatch(/no CSV resource in the dataset no-csv/);
      expect(results[1]!.error).toMatch(/not the expected CSV \(no id column\)/);
      expect(results[2]!.error).toMatch(/HTTP 404/);
      expect(readFileSync(join(cache, 'live/html.csv'), 'utf8')).toBe('previous');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
