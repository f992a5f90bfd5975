// The gazetteer's directory (gazetteer/index.<hash>.json, "repere-gazetteer-index" version 1,
// docs/data.md) and the rules that say which piece answers a query: shared by the pipeline, which
// writes it, and the app, which reads the pieces it needs and nothing more.
import type { GazetteerBlock } from './gazetteer-codec';
import type { DataFile } from './place';

export const DIRECTORY_FORMAT = 'repere-gazetteer-index';
export const DIRECTORY_VERSION = 1;

export interface GazetteerDirectory {
  format: typeof DIRECTORY_FORMAT;
  version: typeof DIRECTORY_VERSION;
  /** Communes in the whole gazetteer. */
  count: number;
  /**
   * The whole gazetteer, one block (what town search needs to work offline for any town): the 10
   * hex digits of its sha256, bytes, gzip bytes. Every piece is derived from it, so pieces carry
   * its hash in their names too.
   */
  all: [hash: string, bytes: number, gzipBytes: number];
  /** One block per département (INSEE codes, postcodes, the towns of a searched area): bytes, gzip bytes. */
  deps: Record<string, [bytes: number, gzipBytes: number]>;
  /** First two digits of a postcode → départements holding a commune with such a postcode. */
  postcodes: Record<string, string[]>;
  /**
   * Leaves of the name trie, joined by ",": a leaf `key` holds every commune with a word of its
   * normalised name starting with `key`, so any query that starts with `key` is answered by that
   * piece alone.
   */
  names: string;
  /** Inner nodes of the trie (too many communes for one piece): their suggestions, as indices into `topRows`. */
  tops: Record<string, number[]>;
  /** The communes the inner nodes suggest, in INSEE order. */
  topRows: GazetteerBlock;
}

/** File names: the kind, the key (a space in a name key is "_") and the whole gazetteer's hash. */
const version = (d: GazetteerDirectory) => d.all[0];
export const allPath = (hash: string) => `gazetteer/all.${hash}.json`;
export const depPath = (dep: string, hash: string) => `gazetteer/dep/${dep}.${hash}.json`;
export const namePath = (key: string, hash: string) => `gazetteer/name/${key.replace(/ /g, '_')}.${hash}.json`;

/**
 * Pieces as data files, kept and read like any other. Only the whole file has a hash of its own
 * (checked); a département's length is checked; a name piece, unknown in length, is checked by
 * decoding it before it is kept (a cut or foreign body never parses as a block).
 */
export const allFile = (d: GazetteerDirectory): DataFile => ({
  path: allPath(version(d)),
  sha256: d.all[0],
  bytes: d.all[1],
  gzipBytes: d.all[2],
  count: d.count,
  type: 'gazetteer-all',
});
export function depFile(d: GazetteerDirectory, dep: string): DataFile | undefined {
  const entry = d.deps[dep];
  return entry && { path: depPath(dep, version(d)), sha256: '', bytes: entry[0], gzipBytes: entry[1], count: 0, type: 'gazetteer-dep', dep };
}
export const leafKeys = (d: GazetteerDirectory): string[] => (d.names ? d.names.split(',') : []);
export const nameFile = (d: GazetteerDirectory, key: string): DataFile => ({ path: namePath(key, version(d)), sha256: '', bytes: 0, gzipBytes: 0, count: 0, type: 'gazetteer-name', key });

export type NameAnswer = { leaf: string } | { top: string } | { none: true };

/**
 * Where the answer to a normalised name query lies: the leaf that is a prefix of it, the inner
 * node it is, or nowhere (no commune has a word starting with it).
 */
export function nameAnswer(d: GazetteerDirectory, leaves: ReadonlySet<string>, q: string): NameAnswer {
  if (!q) return { none: true };
  for (let n = 1; n <= q.length; n++) {
    const prefix = q.slice(0, n);
    if (leaves.has(prefix)) return { leaf: prefix };
    if (!d.tops[prefix]) return { none: true };
  }
  return { top: q };
}

/** The départements whose pieces answer a postcode query (two digits or more; fewer: undefined). */
export function postcodeDeps(d: GazetteerDirectory, digits: string): string[] | undefined {
  return digits.length >= 2 ? d.postcodes[digits.slice(0, 2)] ?? [] : undefined;
}
