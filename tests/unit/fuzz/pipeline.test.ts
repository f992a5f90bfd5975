// The whole pipeline on generated data folders: several sources, each a generated file of valid and
// broken rows, the same places repeated across files (superseded: the same id in two exports of one
// list; merged: the same place in two lists). Per source, every row read is kept, rejected, merged or
// superseded — and the manifest, the report and the files agree.
import fc from 'fast-check';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../../data/paths';
import { runPipeline } from '../../../data/pipeline';
import type { Report } from '../../../data/report';
import { DATASETS } from '../../../data/sources';
import type { Manifest } from '../../../src/shared/place';
import { params } from './arbitraries';
import { encoding, entries, writeFile, type Entry } from './files';
import { FORMATS } from '../../support/source-formats';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const COMMUNES = 'communes/communes-centroides-2018.csv';

/** Which generated rows each file gets: some files share rows, so that places repeat across files. */
const FILES: { format: string; rows: 'a' | 'b' | 'c' }[] = [
  { format: 'France Services CSV', rows: 'c' },
  { format: 'schema v0 JSON (cnfs)', rows: 'a' },
  // The July export of the same list: the same ids, superseded by the December one.
  { format: 'schema early JSON (cnfs 2022-07)', rows: 'a' },
  // The same places in another list: merged into the cnfs records.
  { format: 'libraries CSV', rows: 'a' },
  { format: 'Maine-et-Loire JSON', rows: 'b' },
  { format: 'tiers-lieux census CSV (mapping)', rows: 'b' },
  { format: 'schema v0 JSON, data·inclusion (id spaces, SIAO left out)', rows: 'b' },
  { format: 'Hub Lo JSON (mapping)', rows: 'c' },
  { format: 'Gironde JSON (mapping, no id)', rows: 'c' },
];

describe('pipeline accounting', () => {
  it('per source, read = kept + rejected + merged + superseded, as the report lists them', () => {
    fc.assert(
      fc.property(fc.record({ a: entries(40), b: entries(40), c: entries(40) }), encoding, (rows, enc) => {
        const root = mkdtempSync(join(tmpdir(), 'repere-fuzz-pipeline-'));
        dirs.push(root);
        const data = join(root, 'data');
        mkdirSync(join(data, 'communes'), { recursive: true });
        copyFileSync(join(process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR, COMMUNES), join(data, COMMUNES));
        for (const { format, rows: which } of FILES) {
          const f = FORMATS[format]!;
          const target = join(data, f.dataset.path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, writeFile(f, rows[which] as Entry[], enc).text);
        }
        const result = runPipeline({ dataDir: data, cacheDir: join(root, 'cache'), outDir: join(root, 'out'), reportFile: join(root, 'report.json'), acceptDrop: true });
        const manifest = JSON.parse(readFileSync(join(root, 'out/manifest.json'), 'utf8')) as Manifest;
        const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as Report;
        expect(manifest.sources.map((s) => s.id)).toEqual(expect.arrayContaining(FILES.map((f) => FORMATS[f.format]!.dataset.id)));
        for (const s of manifest.sources.filter((x) => x.places !== undefined)) {
          const path = DATASETS.find((d) => d.id === s.id)!.path;
          expect(s.rowsRead, s.id).toBe(s.rowsKept + s.rowsRejected + s.rowsMerged + (s.rowsSuperseded ?? 0));
          expect(report.rejected.filter((r) => r.file === path).length, s.id).toBe(s.rowsRejected);
          expect(report.superseded.filter((r) => r.file === path).length, s.id).toBe(s.rowsSuperseded ?? 0);
        }
        expect(Object.keys(report.aliases).length).toBe(manifest.sources.reduce((n, s) => n + s.rowsMerged, 0));
        expect(manifest.counts.total).toBe(result.places.length);
        // The shared rows did repeat: superseded between the two cnfs exports, merged with the libraries.
        const by = new Map(manifest.sources.map((s) => [s.id, s]));
        const validA = rows.a.filter((e) => e.valid).length;
        expect(by.get('cnfs-2022-07')!.rowsSuperseded).toBeGreaterThanOrEqual(validA);
        expect(by.get('bibliotheques')!.rowsMerged).toBeGreaterThan(0);
        rmSync(root, { recursive: true, force: true });
      }),
      params(5),
    );
  });
});
