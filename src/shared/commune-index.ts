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
  const hits: { i: number; rank: number }[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === q) hits.push({ i, rank: EXACT });
    else if (key.startsWith(q)) hits.push({ i, rank: PREFIX });
    else if (key.includes(wordQ)) hits.push({ i, rank: WORD_PREFIX });
  }
  hits.sort((a, b) => a.rank - b.rank || (communes[b.i]!.population ?? 0) - (communes[a.i]!.population ?? 0) || keys[a.i]!.localeCompare(keys[b.i]!));
  return hits.slice(0, limit).map(({ i }) => communes[i]!);
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
 * Built once per list (the whole gazetteer: ~35 000 rows): keys are normalised up front (or given,
 * when computed in slices elsewhere) so a keystroke is one linear scan.
 */
export function buildCommuneIndex(communes: Commune[], keys: readonly string[] = communes.map((c) => normalise(c.name))): CommuneIndex {
  const byInsee = new Map(communes.map((c) => [c.insee, c]));
  return {
    suggest: (query, limit = SUGGESTIONS) =>
      isPostcodeQuery(query)
        ? rankByPostcode(communes, query, limit)
        : rankByName(communes, keys, normalise(query), limit).map((commune) => ({ commune, postcode: commune.postcodes[0] })),
    byInsee: (insee) => byInsee.get(insee),
  };
}
