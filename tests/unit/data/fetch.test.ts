import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centroidsCsv, fetchAll } from '../../../data/fetch';
import { DATASETS } from '../../../data/sources';
import { fixture } from './helpers';

const FS = DATASETS.find((d) => d.id === 'france-services')!;
const CNFS = DATASETS.find((d) => d.id === 'cnfs')!;
const BIB = DATASETS.find((d) => d.id === 'bibliotheques')!;

/** Local server: fs → fixture, cnfs → 500, bib → Content-Length larger than the body. */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === `/${FS.path}`) {
      const body = fixture('france-services.csv');
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } else if (req.url === `/${CNFS.path}`) {
      res.writeHead(500);
      res.end('boom');
    } else if (req.url === `/${BIB.path}`) {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': 100000 });
      res.write('Code_bib,nom_de_l_etablissement\nLI1,Médiathèque\n');
      setTimeout(() => res.destroy(), 20);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('fetch into the cache', () => {
  it('writes a complete 200 download; a 500 or a truncated body keeps the previous file and names the dataset', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'repere-fetch-'));
    try {
      for (const d of [CNFS, BIB]) {
        mkdirSync(dirname(join(cache, d.path)), { recursive: true });
        writeFileSync(join(cache, d.path), `previous ${d.id}`);
      }
      const results = await fetchAll({ cacheDir: cache, baseUrl: base, datasets: [FS, CNFS, BIB] });
      expect(results.map((r) => [r.id, r.ok])).toEqual([
        ['france-services', true],
        ['cnfs', false],
        ['bibliotheques', false],
      ]);
      expect(results[1]!.error).toMatch(/HTTP 500/);
      expect(results[2]!.error).toMatch(/incomplete|failed|terminated/);
      expect(readFileSync(join(cache, FS.path), 'utf8')).toContain('France services de Valserhône');
      expect(readFileSync(join(cache, CNFS.path), 'utf8')).toBe('previous cnfs');
      expect(readFileSync(join(cache, BIB.path), 'utf8')).toBe('previous bibliotheques');
      // No temporary file left behind.
      expect(readdirSync(dirname(join(cache, BIB.path)))).toEqual(['adresses-bibliotheques-publiques.csv']);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
  it('refuses a 200 body that is not the dataset', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'repere-fetch-'));
    try {
      const results = await fetchAll({ cacheDir: cache, baseUrl: `${base}/nothing-here`, datasets: [FS] });
      expect(results[0]!.ok).toBe(false);
      expect(existsSync(join(cache, FS.path))).toBe(false);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('centroids from contours', () => {
  it('computes the area-weighted centroid of a square commune', () => {
    const csv = centroidsCsv({
      features: [{ properties: { code: '01001', nom: 'Carré' }, geometry: { type: 'Polygon', coordinates: [[[0, 40], [2, 40], [2, 42], [0, 42], [0, 40]]] } }],
    });
    expect(csv).toBe('code_insee,nom,latitude,longitude\n01001,Carré,41.00000,1.00000\n');
  });
});
