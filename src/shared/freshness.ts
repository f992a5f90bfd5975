// How old a place's information is: the pipeline computes the index's date range with it, the app
// the date shown on a place and the caution on old ones. Pure, shared by both sides.
import type { Place, PlaceSource } from './place';

/** Information older than this many years is shown with a caution ("call before you go"). */
export const STALE_AFTER_YEARS = 2;

/**
 * "2023" / "2023-05" / "2023-05-11" → a full day, to compare dates of different precision: the
 * first day of the period, so that a precise date of a year beats that year given alone.
 */
export const comparableDate = (date: string): string => (date + '-01-01').slice(0, 10);

/** The last day a date of this precision may mean ("2023" → 2023-12-31): a place is only called old when it surely is. */
export function latestDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return date.slice(0, 10);
}

/** The freshest of a place's sources: its information is as recent as that (the newest row wins each field). */
export function placeDate(place: Pick<Place, 'sources'>): PlaceSource {
  return place.sources.reduce((best, s) => (comparableDate(s.date) > comparableDate(best.date) ? s : best));
}

/** True when the place's newest information is older than `years` on `today` (YYYY-MM-DD). */
export function isStale(place: Pick<Place, 'sources'>, today: string, years = STALE_AFTER_YEARS): boolean {
  const [y, m, d] = today.slice(0, 10).split('-');
  const limit = `${Number(y) - years}-${m}-${d}`;
  return latestDay(placeDate(place).date) < limit;
}

/** Oldest and newest information dates among the places (each place counted at its freshest source). */
export function dateRange(places: Pick<Place, 'sources'>[]): { from: string; to: string } | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const p of places) {
    const date = placeDate(p).date;
    if (from === undefined || comparableDate(date) < comparableDate(from)) from = date;
    if (to === undefined || comparableDate(date) > comparableDate(to)) to = date;
  }
  return from && to ? { from, to } : undefined;
}
