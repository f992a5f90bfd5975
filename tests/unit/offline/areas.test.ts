import { describe, expect, it } from 'vitest';
import {
  areaId,
  depsOfArea,
  filesOfArea,
  filesToDownload,
  gazetteerFiles,
  heldGazetteer,
  neededFiles,
  obsoletePaths,
} from '../../../src/device-data/areas';
import { withArea, withoutArea, type StoredArea } from '../../../src/device-data/area-list';
import { encodeBlock } from '../../../src/shared/gazetteer-codec';
import type { GazetteerDirectory } from '../../../src/shared/gazetteer-pieces';
import type { DataFile, Manifest } from '../../../src/shared/place';

const file = (path: string, type: DataFile['type'], dep?: string): DataFile => ({
  path,
  type,
  dep,
  bytes: 100,
  gzipBytes: 10,
  sha256: path,
  count: 1,
});

const manifest = (version: string, files: DataFile[]): Manifest =>
  ({ version, generatedAt: '2024-08-01', sources: [], counts: { total: 0, byKind: {}, byDepartement: {} }, files }) as unknown as Manifest;

// Version 2 changes the Aisne file only; Nord and the gazetteer keep their names.
const v1 = manifest('v1', [
  file('gazetteer/index.aaa.json', 'gazetteer'),
  file('france.f1.json', 'france'),
  file('dep/02.a1.json', 'departement', '02'),
  file('dep/59.b1.json', 'departement', '59'),
  file('dep/80.c1.json', 'departement', '80'),
]);
const v2 = manifest('v2', [
  file('gazetteer/index.aaa.json', 'gazetteer'),
  file('france.f2.json', 'france'),
  file('dep/02.a2.json', 'departement', '02'),
  file('dep/59.b1.json', 'departement', '59'),
  file('dep/80.c1.json', 'departement', '80'),
]);

const paths = (files: DataFile[]) => files.map((f) => f.path).sort();
const aisne: StoredArea = { id: 'dep:02', auto: true, savedAt: 1 };
const nord: StoredArea = { id: 'dep:59', savedAt: 2 };

describe('areas', () => {
  it('names areas and resolves them to département codes', () => {
    expect(areaId({ type: 'departement', code: '02' })).toBe('dep:02');
    expect(areaId({ type: 'region', code: '32' })).toBe('region:32');
    expect(areaId({ type: 'france' })).toBe('france');
    expect(depsOfArea('region:32')).toEqual(['02', '59', '60', '62', '80']);
    expect(depsOfArea('france')).toBeUndefined();
  });

  it('resolves an area to the files of a given version', () => {
    expect(paths(filesOfArea(v1, 'region:32'))).toEqual(['dep/02.a1.json', 'dep/59.b1.json', 'dep/80.c1.json']);
    expect(paths(filesOfArea(v2, 'france'))).toEqual(['france.f2.json']);
  });

  it('always needs the gazetteer directory, even with no area', () => {
    expect(paths(neededFiles(v1, []))).toEqual(['gazetteer/index.aaa.json']);
  });
});

describe('version swap', () => {
  const storedV1 = new Set(['gazetteer/index.aaa.json', 'dep/02.a1.json', 'dep/59.b1.json']);

  it('downloads only the files whose content changed', () => {
    expect(paths(filesToDownload(v2, [aisne, nord], storedV1))).toEqual(['dep/02.a2.json']);
  });

  it('keeps every file of the version in use while the next one is staged', () => {
    const staged = new Set([...storedV1, 'dep/02.a2.json']);
    expect(obsoletePaths(v1, [aisne, nord], staged)).toEqual(['dep/02.a2.json']);
  });

  it('after the swap, drops the old files and nothing the new version needs', () => {
    const staged = new Set([...storedV1, 'dep/02.a2.json']);
    expect(obsoletePaths(v2, [aisne, nord], staged)).toEqual(['dep/02.a1.json']);
  });

  it('drops a deleted area but keeps files another area still uses', () => {
    const stored = new Set(['gazetteer/index.aaa.json', 'dep/02.a1.json', 'dep/59.b1.json', 'dep/80.c1.json']);
    const areas = [aisne, { id: 'region:32', savedAt: 3 }];
    expect(obsoletePaths(v1, withoutArea(areas, 'dep:02'), stored)).toEqual([]);
    expect(obsoletePaths(v1, withoutArea(areas, 'region:32'), stored).sort()).toEqual(['dep/59.b1.json', 'dep/80.c1.json']);
  });
});

describe('withArea', () => {
  it('turns an automatic area into a saved one, never the reverse', () => {
    const saved = withArea([aisne], 'dep:02', false, 9);
    expect(saved).toEqual([{ id: 'dep:02', savedAt: 9 }]);
    expect(withArea(saved, 'dep:02', true, 10)).toBe(saved);
  });
  it('adds an area once', () => {
    const once = withArea([], 'dep:59', true, 1);
    expect(withArea(once, 'dep:59', true, 2)).toBe(once);
  });
});

// Two gazetteer versions: the whole file's hash names every piece of a version.
const directory = (hash: string, names: string[]): GazetteerDirectory => ({
  format: 'repere-gazetteer-index',
  version: 1,
  count: 3,
  all: [hash, 3000, 1000],
  deps: { '02': [800, 300], '59': [900, 320], '80': [700, 280] },
  postcodes: { '02': ['02'], '59': ['59'], '80': ['80'] },
  names: names.join(','),
  tops: {},
  topRows: encodeBlock([]),
});
const g1 = directory('1111111111', ['lao', 'lil', 'sa']);
const g2 = directory('2222222222', ['lao', 'lil', 'sai', 'sal']);

describe('gazetteer pieces on the device', () => {
  const stored = new Set(['gazetteer/dep/02.1111111111.json', 'gazetteer/name/lao.1111111111.json', 'gazetteer/name/sa.1111111111.json']);

  it('tells the pieces held under a version', () => {
    expect(heldGazetteer(g1, stored)).toEqual({ whole: false, deps: ['02'], names: ['lao', 'sa'] });
    expect(heldGazetteer(g1, new Set(['gazetteer/all.1111111111.json'])).whole).toBe(true);
  });

  it('keeps the pieces held and the towns of each kept area, by key into the next version', () => {
    const held = heldGazetteer(g1, stored);
    // "sa" was split in version 2: dropped (the whole file or a search brings it back).
    expect(paths(gazetteerFiles({ directory: g2, held }, [nord]))).toEqual([
      'gazetteer/dep/02.2222222222.json',
      'gazetteer/dep/59.2222222222.json',
      'gazetteer/name/lao.2222222222.json',
    ]);
  });

  it('keeps only the whole file once the device has it, or keeps all of France', () => {
    expect(paths(gazetteerFiles({ directory: g1, held: { whole: true, deps: ['02'], names: ['lao'] } }, [aisne]))).toEqual(['gazetteer/all.1111111111.json']);
    expect(paths(gazetteerFiles({ directory: g1, held: heldGazetteer(g1, stored) }, [{ id: 'france', savedAt: 1 }]))).toEqual(['gazetteer/all.1111111111.json']);
  });

  it('drops the pieces once the whole gazetteer is stored', () => {
    const withWhole = new Set([...stored, 'gazetteer/index.aaa.json', 'gazetteer/all.1111111111.json']);
    const holding = { directory: g1, held: heldGazetteer(g1, withWhole) };
    expect(obsoletePaths(v1, [], withWhole, holding).sort()).toEqual([...stored].sort());
  });

  it('downloads the pieces of a new version under their new names', () => {
    const holding = { directory: g2, held: heldGazetteer(g1, stored) };
    expect(paths(filesToDownload(v2, [], stored, holding))).toEqual(['gazetteer/dep/02.2222222222.json', 'gazetteer/index.aaa.json', 'gazetteer/name/lao.2222222222.json']);
  });

  it('saves an area with its towns, and all of France with the whole gazetteer', () => {
    expect(paths(filesOfArea(v1, 'dep:02', g1))).toEqual(['dep/02.a1.json', 'gazetteer/dep/02.1111111111.json']);
    expect(paths(filesOfArea(v1, 'france', g1))).toEqual(['france.f1.json', 'gazetteer/all.1111111111.json']);
  });
});
