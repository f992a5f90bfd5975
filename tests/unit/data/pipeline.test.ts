// The pipeline with only some datasets at hand: what it says about the missing ones, the report
// file it writes, and when it gives up.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../data/pipeline';
import type { Report } from '../../../data/report';
import type { Manifest } from '../../../src/shared/place';
import { DEFAULT_DATA_DIR } from '../../../data/paths';
import { DATASETS } from '../../../data/sources';
import { FIXTURES } from './helpers';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A data folder holding only the given files (fixtures, or absolute paths), at the paths of the real datasets. */
function dataFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'repere-pipeline-'));
  dirs.push(root);
  for (const [path, fixture] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'data', path)), { recursive: true });
    copyFileSync(fixture.startsWith('/') ? fixture : join(FIXTURES, fixture), join(root, 'data', path));
  }
  return root;
}
// The real gazetteer: every current commune must get a position, which a small fixture cannot give.
const COMMUNES_CSV = 'communes/communes-centroides-2018.csv';
const COMMUNES = { [COMMUNES_CSV]: join(process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR, COMMUNES_CSV) };
const run = (root: string) =>
  runPipeline({ dataDir: join(root, 'data'), cacheDir: join(root, 'cache'), outDir: join(root, 'public'), reportFile: join(root, 'report.json') });

describe('pipeline with missing datasets', () => {
  it('builds from what it can read, names each missing file with how to get it, and writes the report', () => {
    const root = dataFolder({ ...COMMUNES, 'france-services/liste-fs-20240801.csv': 'france-services.csv' });
    const result = run(root);

    expect(result.report.missingSources.map((m) => m.id).sort()).toEqual(
      DATASETS.filter((d) => d.id !== 'france-services' && d.id !== 'communes').map((d) => d.id).sort(),
    );
    for (const m of result.report.missingSources) {
      expect(m.hint).toContain('npm run data:fetch');
      expect(result.summary).toContain(`MISSING ${m.id}: ${m.path}`);
    }
    const manifest = JSON.parse(readFileSync(join(root, 'public/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.sources.map((s) => s.id)).toEqual(['france-services', 'communes']);
    expect(manifest.counts.total).toBeGreaterThan(0);

    // The JSON report lists every rejected row (file, row, reason) and every merge.
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as Report;
    expect(report.rejected.length).toBeGreaterThan(0);
    for (const r of report.rejected) {
      expect(r.file).toBe('france-services/liste-fs-20240801.csv');
      expect(r.row).toBeGreaterThan(0);
      expect(r.reason).toMatch(/^[a-z-]+$/);
    }
    expect(Array.isArray(report.merges)).toBe(true);
    expect(result.summary).toMatch(/^source +read +kept +rejected +merged +superseded$/m);
    expect(result.summary).toContain(`rejected: ${report.rejected.length}`);
  });

  it('fails only when no place source can be read, saying how to get the data', () => {
    expect(() => run(dataFolder(COMMUNES))).toThrow(/no source could be read.*npm run data:fetch/);
  });

  it('fails without the communes gazetteer, naming its file', () => {
    expect(() => run(dataFolder({ 'france-services/liste-fs-20240801.csv': 'france-services.csv' }))).toThrow(/communes\/communes-centroides-2018\.csv not found/);
  });
});
