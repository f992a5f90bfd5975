import type { Commune } from '../shared/place';
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

// Ranks: lower is better. Within a rank, bigger communes first (the one people mean).
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;

/** Built once when the communes file arrives (~35 000 rows): keys are normalised up front so a keystroke is one linear scan. */
export function buildCommuneIndex(communes: Commune[]): CommuneIndex {
  const keys = communes.map((c) => normalise(c.name));
  const byInsee = new Map(communes.map((c) => [c.insee, c]));

  function byName(query: string, limit: number): CommuneMatch[] {
    const q = normalise(query);
    if (!q) return [];
    const wordQ = ` ${q}`;
    const hits: { i: number; rank: number }[] = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === q) hits.push({ i, rank: EXACT });
      else if (key.startsWith(q)) hits.push({ i, rank: PREFIX });
      else if (key.includes(wordQ)) hits.push({ i, rank: WORD_PREFIX });
    }
    hits.sort((a, b) => a.rank - b.rank || (communes[b.i].population ?? 0) - (communes[a.i].population ?? 0) || keys[a.i].localeCompare(keys[b.i]));
    return hits.slice(0, limit).map(({ i }) => ({ commune: communes[i], postcode: communes[i].postcodes[0] }));
  }

  function byPostcode(query: string, limit: number): CommuneMatch[] {
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

  return {
    suggest: (query, limit = 8) => (isPostcodeQuery(query) ? byPostcode(query, limit) : byName(query, limit)),
    byInsee: (insee) => byInsee.get(insee),
  };
}
