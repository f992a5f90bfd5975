// An update must not silently lose places: a build is compared with the previous published
// manifest and stops when a source lost more than 20 % of its places, or the index 10 % of its
// total, unless the drop is accepted (`--accept-drop`). The previous index then stays in place.
import type { Manifest, SourceInfo } from '../src/shared/place';

export const SOURCE_DROP_LIMIT = 0.2;
export const TOTAL_DROP_LIMIT = 0.1;

/** Rows of a source that reached the index: as their own place, merged into another, or superseded by a newer row of the same place. */
export const placesOf = (s: Pick<SourceInfo, 'rowsKept' | 'rowsMerged' | 'rowsSuperseded'>): number =>
  s.rowsKept + s.rowsMerged + (s.rowsSuperseded ?? 0);

const percent = (before: number, after: number) => Math.round(((before - after) / before) * 100);

/** What dropped beyond the limits, one line each, naming the source and the counts; empty when nothing did. */
export function checkDrop(previous: Manifest | undefined, next: Pick<Manifest, 'sources' | 'counts'>): string[] {
  if (!previous) return [];
  const problems: string[] = [];
  const now = new Map(next.sources.map((s) => [s.id, placesOf(s)]));
  for (const s of previous.sources) {
    const before = placesOf(s);
    const after = now.get(s.id) ?? 0;
    if (before > 0 && (before - after) / before > SOURCE_DROP_LIMIT) {
      problems.push(`source ${s.id} lost ${percent(before, after)} % of its places (${before} → ${after})${now.has(s.id) ? '' : ': it was not read at all'}`);
    }
  }
  const before = previous.counts.total;
  const after = next.counts.total;
  if (before > 0 && (before - after) / before > TOTAL_DROP_LIMIT) {
    problems.push(`the index lost ${percent(before, after)} % of its places (${before} → ${after})`);
  }
  return problems;
}

export class DropError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `the build would lose places, so it stopped and the previous index stays:\n  - ${problems.join('\n  - ')}\n` +
        'Check the sources named above (a truncated download, a renamed column); if the drop is real, run again with --accept-drop.',
    );
    this.name = 'DropError';
  }
}
