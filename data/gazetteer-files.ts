// The gazetteer as the app downloads it (docs/data.md, "Gazetteer"): a small directory, the whole
// gazetteer in one compact block (≤ 300 KB gzip), one block per département, and the leaves of a
// trie over the words of the communes' names, so that a first visit fetches only the piece a
// prefix, a postcode or an INSEE code needs. Pure: same communes in, same bytes out.
import { gzipSync } from 'node:zlib';
import { rankByName, SUGGESTIONS } from '../src/shared/commune-index';
import { MANIFEST_HASH_DIGITS, sha256 } from './file-hash';
import { encodeBlock, roundPopulation } from '../src/shared/gazetteer-codec';
import { allPath, depPath, DIRECTORY_FORMAT, DIRECTORY_VERSION, namePath, type GazetteerDirectory } from '../src/shared/gazetteer-pieces';
import { normalise } from '../src/shared/normalise';
import type { Commune, DataFile } from '../src/shared/place';
import { pushTo } from './push-to';
import type { OutputFile } from './write-index';

/**
 * A leaf holds at most this many communes (about 12 KB gzip at most), so the first suggestions
 * cost the manifest, the directory and one such piece: about 30 KB on a first visit.
 */
export const LEAF_ROWS = 800;
/** Positions on a 1/250° grid (±0.002°: ±220 m north–south, less east–west): a commune's centre, where a search starts. */
export const GRID = 250;

const ARTICLES = ['l', 'la', 'le', 'les'];


const gzipBytes = (s: string) => gzipSync(s, { level: 9 }).length;

/** The normalised name's word starts: a query matches a commune when one of them starts with the query. */
function matchStrings(key: string): string[] {
  const out = [key];
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) out.push(key.slice(i + 1));
  return out;
}

interface Trie {
  leaves: Map<string, number[]>;
  tops: Map<string, number[]>;
}

/**
 * Splits the communes by the first letters of their names' words until each group holds at most
 * LEAF_ROWS communes. A group too big becomes an inner node whose suggestions are computed here,
 * with the app's own ranking. A node "la …" is never split on its space: the app drops a leading
 * article before searching, so no query starts with one.
 */
function buildTrie(communes: Commune[], keys: string[]): Trie {
  const words = keys.map(matchStrings);
  const leaves = new Map<string, number[]>();
  const tops = new Map<string, number[]>();
  const visit = (prefix: string, members: number[]) => {
    if (members.length <= LEAF_ROWS) return void leaves.set(prefix, members);
    tops.set(prefix, topsOf(prefix, members));
    const children = new Map<string, Set<number>>();
    for (const i of members) {
      for (const w of words[i]!) {
        if (w.length > prefix.length && w.startsWith(prefix)) {
          const next = w[prefix.length]!;
          if (next === ' ' && ARTICLES.includes(prefix)) continue;
          const set = children.get(next) ?? new Set<number>();
          set.add(i);
          children.set(next, set);
        }
      }
    }
    for (const next of [...children.keys()].sort()) visit(prefix + next, [...children.get(next)!].sort((a, b) => a - b));
  };
  const topsOf = (prefix: string, members: number[]) => {
    const list = members.map((i) => communes[i]!);
    const ranked = rankByName(list, members.map((i) => keys[i]!), prefix, SUGGESTIONS);
    return ranked.map((c) => members[list.indexOf(c)]!);
  };
  visit('', communes.map((_, i) => i));
  leaves.delete(''); // an empty query never asks
  tops.delete('');
  return { leaves, tops };
}

export function writeGazetteer(communes: readonly Commune[]): { file: DataFile; outputs: OutputFile[] } {
  // Rows as the app reads them back (population rounded to its rank): suggestions computed here match the app's.
  const rows = [...communes]
    .sort((a, b) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0))
    .map((c): Commune => {
      const { population, ...rest } = c;
      const rounded = roundPopulation(population);
      return rounded === undefined ? rest : { ...rest, population: rounded };
    });
  const keys = rows.map((c) => normalise(c.name));
  const block = (list: Commune[]) => JSON.stringify(encodeBlock(list, GRID));

  const allContent = block(rows);
  const hash = sha256(allContent).slice(0, 10);
  const outputs: OutputFile[] = [{ path: allPath(hash), content: allContent }];

  const byDep = new Map<string, Commune[]>();
  for (const c of rows) pushTo(byDep, c.dep, c);
  const deps: GazetteerDirectory['deps'] = {};
  const postcodes: Record<string, string[]> = {};
  for (const dep of [...byDep.keys()].sort()) {
    const list = byDep.get(dep)!;
    const content = block(list);
    deps[dep] = [Buffer.byteLength(content), gzipBytes(content)];
    outputs.push({ path: depPath(dep, hash), content });
    for (const c of list) for (const code of c.postcodes) {
      const holders = (postcodes[code.slice(0, 2)] ??= []);
      if (!holders.includes(dep)) holders.push(dep);
    }
  }

  const trie = buildTrie(rows, keys);
  const leaves = [...trie.leaves.keys()].sort();
  for (const key of leaves) outputs.push({ path: namePath(key, hash), content: block(trie.leaves.get(key)!.map((i) => rows[i]!)) });
  const topIndices = [...new Set([...trie.tops.values()].flat())].sort((a, b) => a - b);
  const position = new Map(topIndices.map((i, at) => [i, at]));

  const directory: GazetteerDirectory = {
    format: DIRECTORY_FORMAT,
    version: DIRECTORY_VERSION,
    count: rows.length,
    all: [hash, Buffer.byteLength(allContent), gzipBytes(allContent)],
    deps,
    postcodes: Object.fromEntries(Object.keys(postcodes).sort().map((k) => [k, postcodes[k]!.sort()])),
    names: leaves.join(','),
    tops: Object.fromEntries([...trie.tops.keys()].sort().map((key) => [key, trie.tops.get(key)!.map((i) => position.get(i)!)])),
    topRows: encodeBlock(topIndices.map((i) => rows[i]!), GRID),
  };
  const content = JSON.stringify(directory);
  const digest = sha256(content);
  const path = `gazetteer/index.${digest.slice(0, 10)}.json`;
  outputs.push({ path, content });
  return {
    file: { path, bytes: Buffer.byteLength(content), gzipBytes: gzipBytes(content), sha256: digest.slice(0, MANIFEST_HASH_DIGITS), type: 'gazetteer', count: rows.length },
    outputs,
  };
}
