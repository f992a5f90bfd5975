// Town search over a list of communes: by name (exact, prefix, word prefix), by postcode, by INSEE
// code. Pure and shared: the app searches the whole gazetteer or one of its pieces with it, and the
// pipeline ranks the suggestions it ships for short prefixes with it (data/gazetteer-files.ts),
// so both always give the same answer.
import type { Commune } from './place';
import { isPostcodeQuery, normalise } from './normalise';

export interface CommuneMatch {
  commune: Commune;
  /** The postcode that matched, or the commune's first one. */
  postcode?: string;
}

export interface CommuneIndex {
  suggest(query: string, limit?: number): CommuneMatch[];
  byInsee(insee: string): Commune | undefined;
}

/** How many suggestions the town field shows (and the pipeline ships per short prefix). */
export const SUGGESTIONS = 8;

// Ranks: lower is better. Within a rank, bigger communes first (the one people mean).
interface Hit {
  i: number;
  rank: number;
}
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;

/**
 * Communes whose normalised name is `q`, starts with it, or has a word starting with it, best
 * first. `q` is already normalised; `keys[i]` is normalise(communes[i].name); ties keep list order.
 */
export function rankByName(communes: readonly Commune[], keys: readonly string[], q: string, limit: number): Commune[] {
  if (!q) return [];
  const wordQ = ` ${q}`;
  const order = (a: Hit, b: Hit) => a.rank - b.rank || (communes[b.i]!.population ?? 0) - (communes[a.i]!.population ?? 0) || keys[a.i]!.localeCompare(keys[b.i]!);
  // The best `limit` only, kept in order as the list is scanned: a one-letter query matches
  // thousands of communes, and sorting them all would be a long task on a slow phone.
  const best: Hit[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const rank = key === q ? EXACT : key.startsWith(q) ? PREFIX : key.includes(wordQ) ? WORD_PREFIX : -1;
    if (rank < 0) continue;
    const hit = { i, rank };
    if (best.length === limit && order(hit, best[limit - 1]!) >= 0) continue;
    // After the equal ones: ties keep list order, as a stable sort would.
    let at = best.length;
    while (at > 0 && order(hit, best[at - 1]!) < 0) at--;
    best.splice(at, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best.map(({ i }) => communes[i]!);
}

/** Communes with a postcode starting with the digits typed; a full postcode lists every commune that has it. */
export function rankByPostcode(communes: readonly Commune[], query: string, limit: number): CommuneMatch[] {
  const q = query.replace(/\s/g, '');
  const hits: { c: Commune; postcode: string; exact: boolean }[] = [];
  for (const c of communes) {
    const postcode = c.postcodes.find((p) => p.startsWith(q));
    if (postcode) hits.push({ c, postcode, exact: postcode === q });
  }
  // A full postcode shared by several communes lists them all, the main town first.
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || a.postcode.localeCompare(b.postcode) || (b.c.population ?? 0) - (a.c.population ?? 0));
  return hits.slice(0, q.length === 5 ? Math.max(limit, hits.length) : limit).map((h) => ({ commune: h.c, postcode: h.postcode }));
}

/**
 * Built once per list (the whole gazetteer: ~35 000 rows): keys are normalised up front so a
 * keystroke is one linear scan. Keys and the INSEE map may be given, built in slices elsewhere.
 */
export function buildCommuneIndex(
  communes: Commune[],
  keys: readonly string[] = communes.map((c) => normalise(c.name)),
  byInsee: ReadonlyMap<string, Commune> = new Map(communes.map((c) => [c.insee, c])),
): CommuneIndex {
  return {
    suggest: (query, limit = SUGGESTIONS) =>
      isPostcodeQuery(query)
        ? rankByPostcode(communes, query, limit)
        : rankByName(communes, keys, normalise(query), limit).map((commune) => ({ commune, postcode: commune.postcodes[0] })),
    byInsee: (insee) => byInsee.get(insee),
  };
}
