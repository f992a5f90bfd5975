// The gazetteer's format and pieces: hand-written edge cases, then the real index (public/data):
// every query answered from the pieces a first visit reads is the whole gazetteer's answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readGazetteer } from '../../../scripts/read-gazetteer';
import { buildCommuneIndex, rankByName, SUGGESTIONS } from '../../../src/shared/commune-index';
import { normalise } from '../../../src/shared/normalise';
import { blockReader, decodeBlock, encodeBlock, populationOfRank, populationRank, type GazetteerBlock } from '../../../src/shared/gazetteer-codec';
import { allFile, depFile, leafKeys, nameAnswer } from '../../../src/shared/gazetteer-pieces';
import type { Commune, DataFile } from '../../../src/shared/place';

vi.hoisted(() => {
  (globalThis as { location?: unknown }).location = { href: 'http://127.0.0.1/' };
});
const { dataSource } = await import('../../../src/device-data/source');
const { suggestTowns, townByInsee } = await import('../../../src/search/town-search');

const c = (insee: string, name: string, dep: string, postcodes: string[], lat: number, lon: number, population?: number): Commune => ({
  insee,
  name,
  dep,
  postcodes,
  lat,
  lon,
  ...(population === undefined ? {} : { population }),
});

describe('gazetteer block format', () => {
  const communes = [
    c('02408', 'Laon', '02', ['02000'], 49.5641, 3.6199, 24787),
    c('02013', 'Aulnois-sous-Laon', '02', ['02000'], 49.6094, 3.6036, 1100),
    c('02020', 'Athies-sous-Laon', '02', ['02840'], 49.5695, 3.6845, 2500),
    c('2A004', 'Ajaccio', '2A', ['20000', '20090', '20167'], 41.9268, 8.7369, 73000),
    c('2B033', 'Bastia', '2B', ['20200', '20600'], 42.6977, 9.4508),
    c('97105', 'Basse-Terre', '971', ['97100'], 15.9985, -61.7255, 10000),
    c('97502', 'Saint-Pierre', '975', [], 46.7811, -56.1764, 5500),
    c('75056', 'Paris', '75', ['75001', '75002', '75116'], 48.8566, 2.3522, 2100000),
  ];

  it('gives back every field: INSEE, name, département, postcodes; positions to the grid, populations to their rank', () => {
    const back = decodeBlock(JSON.parse(JSON.stringify(encodeBlock(communes, 250))) as GazetteerBlock);
    const sorted = [...communes].sort((a, b) => (a.insee < b.insee ? -1 : 1));
    expect(back.map((x) => [x.insee, x.name, x.dep, x.postcodes])).toEqual(sorted.map((x) => [x.insee, x.name, x.dep, x.postcodes]));
    back.forEach((x, i) => {
      expect(Math.abs(x.lat - sorted[i]!.lat)).toBeLessThanOrEqual(0.002 + 1e-9);
      expect(Math.abs(x.lon - sorted[i]!.lon)).toBeLessThanOrEqual(0.002 + 1e-9);
      expect(x.population).toBe(populationOfRank(populationRank(sorted[i]!.population)));
    });
    expect(back.find((x) => x.insee === '2B033')!.population).toBeUndefined();
  });

  it('ranks populations so that bigger stays bigger', () => {
    const ranks = [1, 9, 150, 1100, 24787, 2100000].map(populationRank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(populationRank(undefined)).toBe(0);
    expect(populationRank(0)).toBe(0);
  });

  it('decodes in slices, giving the same rows', () => {
    const block = encodeBlock(communes);
    const reader = blockReader(block);
    const rows: Commune[] = [];
    while (!reader.done) rows.push(...reader.next(3));
    expect(rows).toEqual(decodeBlock(block));
  });

  it('refuses a block that is not one, or cut short', () => {
    const block = encodeBlock(communes);
    expect(() => blockReader({ ...block, format: 'other' as 'repere-gazetteer' })).toThrow(/unknown format/);
    expect(() => decodeBlock({ ...block, pos: block.pos.slice(0, 5) })).toThrow(/truncated/);
    expect(() => decodeBlock({ ...block, n: block.n + 1 })).toThrow(/lengths differ/);
  });

  it('refuses names it cannot write', () => {
    expect(() => encodeBlock([c('02001', 'a|b', '02', [], 49, 3)])).toThrow(/cannot write/);
    expect(() => encodeBlock([c('02001', 'X', '03', [], 49, 3)])).toThrow(/is in 03/);
  });
});

describe('the real gazetteer', () => {
  const { directory, communes, readPiece } = readGazetteer();
  const whole = buildCommuneIndex(communes);
  const leaves = new Set(leafKeys(directory));

  beforeAll(() => {
    vi.spyOn(dataSource, 'gazetteer').mockResolvedValue(directory);
    vi.spyOn(dataSource, 'gazetteerBlock').mockImplementation(async (file: DataFile) => readPiece(file.path));
  });
  afterEach(() => vi.mocked(dataSource.onDevice).mockRestore?.());

  it('holds every commune of France, the whole file at most 300 KB gzip', () => {
    expect(communes.length).toBe(directory.count);
    expect(communes.length).toBeGreaterThan(34900);
    expect(directory.all[2]).toBeLessThanOrEqual(300_000);
    expect(new Set(communes.map((x) => x.insee)).size).toBe(communes.length);
  });

  it('has each département in its own piece, and each postcode prefix maps to the pieces holding it', () => {
    for (const dep of new Set(communes.map((x) => x.dep))) {
      const piece = decodeBlock(readPiece(depFile(directory, dep)!.path));
      expect(piece).toEqual(communes.filter((x) => x.dep === dep));
    }
    for (const x of communes) for (const p of x.postcodes) expect(directory.postcodes[p.slice(0, 2)], p).toContain(x.dep);
  });

  // First, before other queries have read pieces (they are kept in memory).
  it('resolves an INSEE code from its département piece alone', async () => {
    vi.spyOn(dataSource, 'onDevice').mockResolvedValue(false);
    const read = vi.mocked(dataSource.gazetteerBlock);
    read.mockClear();
    expect((await townByInsee('97411'))?.name).toBe('Saint-Denis');
    expect(read.mock.calls.map(([f]) => f.path)).toEqual([depFile(directory, '974')!.path]);
  });

  // Every one- to three-letter start that a commune's name has, plus whole names and postcodes.
  const queries = (() => {
    const set = new Set<string>();
    for (const x of communes) {
      const words = x.name.split(/[- ']/).filter(Boolean);
      for (const w of [words[0]!, words.at(-1)!]) for (let n = 1; n <= Math.min(3, w.length); n++) set.add(w.slice(0, n));
    }
    const sample = communes.filter((_, i) => i % 97 === 0);
    for (const x of sample) {
      set.add(x.name);
      set.add(x.name.slice(0, Math.ceil(x.name.length / 2)));
      if (x.postcodes[0]) {
        set.add(x.postcodes[0]);
        set.add(x.postcodes[0].slice(0, 3));
      }
    }
    for (const q of ['st nazaire', 'le gosier', 'la', 'les', 'l', 'saint m', 'sainte marie', '97', '20', '2', 'zzzz', 'marie galante']) set.add(q);
    return [...set];
  })();

  it(`answers ${queries.length} queries from the pieces exactly as the whole gazetteer does`, async () => {
    vi.spyOn(dataSource, 'onDevice').mockResolvedValue(false);
    const ids = (matches: { commune: Commune; postcode?: string }[]) => matches.map((m) => `${m.commune.insee} ${m.postcode ?? ''}`);
    for (const q of queries) expect(ids((await suggestTowns(q)).matches), q).toEqual(ids(whole.suggest(q, SUGGESTIONS)));
  });

  it('keeps, of thousands of matches, the same best ones as a full sort would', () => {
    const keys = communes.map((x) => normalise(x.name));
    const fullSort = (q: string) => {
      const rank = (k: string) => (k === q ? 0 : k.startsWith(q) ? 1 : k.includes(` ${q}`) ? 2 : -1);
      return communes
        .map((x, i) => ({ x, i, r: rank(keys[i]!) }))
        .filter((h) => h.r >= 0)
        .sort((a, b) => a.r - b.r || (b.x.population ?? 0) - (a.x.population ?? 0) || keys[a.i]!.localeCompare(keys[b.i]!))
        .slice(0, SUGGESTIONS)
        .map((h) => h.x.insee);
    };
    for (const q of ['s', 'saint', 'la', 'b', 'mont', 'v', 'sur', 'laon', 'de']) expect(rankByName(communes, keys, q, SUGGESTIONS).map((x) => x.insee), q).toEqual(fullSort(q));
  });

  it('answers a name query from one leaf of at most 12 KB gzip, or from the directory itself', () => {
    let largest = 0;
    for (const key of leaves) largest = Math.max(largest, JSON.stringify(readPiece(`gazetteer/name/${key.replace(/ /g, '_')}.${directory.all[0]}.json`)).length);
    expect(nameAnswer(directory, leaves, 'laon')).toEqual({ leaf: 'lao' });
    expect(nameAnswer(directory, leaves, 'l')).toEqual({ top: 'l' });
    expect(nameAnswer(directory, leaves, '9')).toEqual({ none: true });
    expect(nameAnswer(directory, leaves, '')).toEqual({ none: true });
    // Raw bytes here; the gzip bound is checked by scripts/budget.mjs.
    expect(largest).toBeLessThan(40_000);
  });

  it('answers from the whole file once it is on the device', async () => {
    vi.spyOn(dataSource, 'onDevice').mockResolvedValue(true);
    const read = vi.mocked(dataSource.gazetteerBlock);
    read.mockClear();
    expect((await suggestTowns('Laon')).matches[0]!.commune.insee).toBe('02408');
    expect(read.mock.calls.map(([f]) => f.path)).toEqual([allFile(directory).path]);
  });

  it('is the same file the pipeline wrote: the whole block parses as JSON with its declared row count', () => {
    const raw = JSON.parse(readFileSync(join('public/data', allFile(directory).path), 'utf8')) as GazetteerBlock;
    expect(raw.n).toBe(communes.length);
  });
});
