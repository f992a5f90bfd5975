// Updates that cannot silently lose places: the drop guard against the previous manifest, and the
// diff of each build written to reports/ (Markdown for a person, JSON for a machine).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffBuilds, diffMarkdown, type BuildDiff } from '../../../data/diff';
import { checkDrop, DropError } from '../../../data/drop-guard';
import { DEFAULT_DATA_DIR } from '../../../data/paths';
import { runPipeline } from '../../../data/pipeline';
import type { Manifest, Place } from '../../../src/shared/place';
import { FIXTURES } from './helpers';

const manifest = (total: number, sources: [string, number, number?][]): Manifest =>
  ({
    version: 'v',
    generatedAt: '2024-08-01',
    counts: { total, byKind: {}, byDepartement: {} },
    files: [],
    sources: sources.map(([id, kept, merged = 0]) => ({ id, title: id, publisher: id, licence: 'LO', date: '2024', url: 'https://x', rowsRead: kept + merged, rowsKept: kept, rowsRejected: 0, rowsMerged: merged })),
  }) as unknown as Manifest;

describe('drop guard', () => {
  it('passes a first build and small changes', () => {
    expect(checkDrop(undefined, manifest(10, [['a', 10]]))).toEqual([]);
    expect(checkDrop(manifest(100, [['a', 80, 20]]), manifest(95, [['a', 81]]))).toEqual([]);
  });
  it('names a source that lost more than 20 %, or was not read at all, and a total down more than 10 %', () => {
    const problems = checkDrop(manifest(1000, [['a', 500], ['b', 500], ['c', 10]]), manifest(880, [['a', 390], ['c', 10]]));
    expect(problems).toEqual([
      'source a lost 22 % of its places (500 → 390)',
      'source b lost 100 % of its places (500 → 0): it was not read at all',
      'the index lost 12 % of its places (1000 → 880)',
    ]);
  });
  it('counts superseded rows as still there: a later export replacing an earlier one is no loss', () => {
    const next = manifest(1000, [['cnfs-2022-07', 100]]);
    next.sources[0]!.rowsSuperseded = 2600;
    expect(checkDrop(manifest(1000, [['cnfs-2022-07', 2286, 439]]), next)).toEqual([]);
  });
});

const place = (id: string, over: Partial<Place> = {}): Place => ({
  id,
  name: id,
  kind: 'mediation',
  lat: 48,
  lon: 2,
  dep: '75',
  address: { commune: 'Paris' },
  services: [],
  sources: [{ id: 'cnfs', date: '2022-12-01' }],
  ...over,
});

describe('build diff', () => {
  const before = [place('a'), place('b', { dep: '02' }), place('c', { kind: 'mediatheque', sources: [{ id: 'bibliotheques', date: '2023' }] })];
  const after = [place('a', { phone: '+33100000000' }), place('c', { kind: 'mediatheque', sources: [{ id: 'bibliotheques', date: '2023' }] }), place('d', { kind: 'tiers-lieu', dep: '02', sources: [{ id: 'tiers-lieux', date: '2019' }] })];
  const diff: BuildDiff = diffBuilds({ version: 'v1', places: before }, { version: 'v2', places: after }, { b: 'a' });
  it('counts added, removed and changed places, per source and per département with each kind before and after', () => {
    expect(diff.totals).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    expect(diff.added).toEqual(['d']);
    expect(diff.removed).toEqual([{ id: 'b', into: 'a' }]);
    expect(diff.changed).toEqual([{ id: 'a', fields: ['phone'] }]);
    expect(diff.bySource).toEqual({ cnfs: { added: 0, removed: 1, changed: 1 }, 'tiers-lieux': { added: 1, removed: 0, changed: 0 } });
    expect(diff.byDepartement['02']).toEqual({ added: 1, removed: 1, changed: 0, before: { mediation: 1 }, after: { 'tiers-lieu': 1 } });
    expect(diff.byDepartement['75']!.after).toEqual({ mediation: 1, mediatheque: 1 });
  });
  it('reads as a page: totals, sources, départements, places', () => {
    const md = diffMarkdown(diff);
    expect(md).toContain('**1 added, 1 removed, 1 changed**, 1 unchanged.');
    expect(md).toContain('| cnfs | 0 | 1 | 1 |');
    expect(md).toMatch(/\| 02 \| 1 \| 1 \| 0 \| 0 → 0 \| 1 → 0 \| 0 → 1 \| 0 → 0 \|/);
    expect(md).toContain('`b (merged into a)`');
    expect(diffMarkdown(diffBuilds(undefined, { version: 'v1', places: after }))).toContain('First build v1 (3 places)');
  });
});

describe('the pipeline with the guard and the diff', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const COMMUNES = 'communes/communes-centroides-2018.csv';
  function folder(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'repere-guard-'));
    dirs.push(root);
    for (const [path, from] of Object.entries({ ...files, [COMMUNES]: join(process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR, COMMUNES) })) {
      mkdirSync(dirname(join(root, 'data', path)), { recursive: true });
      copyFileSync(from.startsWith('/') ? from : join(FIXTURES, from), join(root, 'data', path));
    }
    return root;
  }
  const build = (root: string, out: string, acceptDrop = false) =>
    runPipeline({ dataDir: join(root, 'data'), cacheDir: join(root, 'cache'), outDir: out, diffFile: join(out, '..', 'reports', 'data-diff.json'), acceptDrop });

  it('stops when a source disappears, keeping the previous index; --accept-drop publishes; each build writes its diff', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'repere-guard-out-')), 'public');
    dirs.push(dirname(out));
    const full = folder({ 'france-services/liste-fs-20240801.csv': 'france-services.csv', 'lieux-mediation-numerique/cnfs-2022-12.json': 'mediation-early.json' });
    const first = build(full, out);
    const reports = join(out, '..', 'reports');
    expect(JSON.parse(readFileSync(join(reports, 'data-diff.json'), 'utf8')).previous).toBeNull();
    const previousManifest = readFileSync(join(out, 'manifest.json'), 'utf8');

    const partial = folder({ 'lieux-mediation-numerique/cnfs-2022-12.json': 'mediation-early.json' });
    expect(() => build(partial, out)).toThrow(DropError);
    expect(() => build(partial, out)).toThrow(/source france-services lost 100 % of its places \(3 → 0\): it was not read at all[\s\S]*--accept-drop/);
    // Nothing was written: the previous index is still the published one.
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(previousManifest);

    const accepted = build(partial, out, true);
    expect(accepted.manifest.counts.total).toBeLessThan(first.manifest.counts.total);
    const diff = JSON.parse(readFileSync(join(reports, 'data-diff.json'), 'utf8')) as BuildDiff;
    expect(diff.previous!.total).toBe(first.manifest.counts.total);
    expect(diff.bySource['france-services']!.removed).toBe(3);
    expect(existsSync(join(reports, 'data-diff.md'))).toBe(true);
    expect(readFileSync(join(reports, 'data-diff.md'), 'utf8')).toContain('| france-services | 0 | 3 | 0 |');
  });
});
