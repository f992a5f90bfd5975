import { parseHours, wallClock } from '../places/hours';
import { loadedOpeningHours } from '../places/opening-hours';
import { dayIntervals, parseWeek } from '../places/weekly-hours';
import type { Place } from '../shared/place';
import { timeZoneOf } from '../shared/timezone';

/** Minutes since the place's local midnight: [start, end), end 1440 for "until midnight". */
export type Interval = [number, number];

/**
 * Today's opening intervals in the place's own time zone (a Guadeloupe office seen from Paris
 * shows Guadeloupe's day), from the weekly intervals, else from the hours library once loaded
 * (usePlaceTexts loads it for places that need it); undefined when the hours are missing or
 * cannot be read (yet).
 */
export function todayIntervals(place: Place, now: Date): Interval[] | undefined {
  const local = wallClock(now, timeZoneOf(place.dep));
  const start = new Date(local.getFullYear(), local.getMonth(), local.getDate());
  const end = new Date(local.getFullYear(), local.getMonth(), local.getDate() + 1);
  const minutes = (d: Date) => (d >= end ? 1440 : d.getHours() * 60 + d.getMinutes());
  const OH = loadedOpeningHours();
  const oh = OH && parseHours(OH, place);
  try {
    if (oh) return oh.getOpenIntervals(start, end).map(([from, to]) => [minutes(from), minutes(to)]);
    if (place.week !== undefined) return dayIntervals(parseWeek(place.week), start).map(([from, to]) => [minutes(from), minutes(to)]);
  } catch {
    // unreadable hours: the caller shows the source's wording
  }
  return undefined;
}

/** 9h, 9h30 (French, Kreyòl) or 9:00, 9:30 (English) — the separator comes from the translation. */
export function formatTime(minutes: number, separator: string): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  if (separator === 'h') return m ? `${h}h${String(m).padStart(2, '0')}` : `${h}h`;
  return `${h}${separator}${String(m).padStart(2, '0')}`;
}

export function formatIntervals(intervals: Interval[], separator: string): string {
  return intervals.map(([a, b]) => `${formatTime(a, separator)}-${formatTime(b, separator)}`).join(', ');
}
