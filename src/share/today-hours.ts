import OpeningHours from 'opening_hours';
import { timeZoneOf } from '../shared/timezone';
import type { Place } from '../shared/place';

/** Minutes since the place's local midnight: [start, end), end 1440 for "until midnight". */
export type Interval = [number, number];

/**
 * A Date whose *local* fields are the wall-clock time at `timeZone`: opening_hours reads
 * local fields (getDay, getHours), and the hours in the data are local to the place
 * (a Guadeloupe office seen from Paris must show Guadeloupe's day and hours).
 */
export function wallClock(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
}

/** Today's opening intervals in the place's time zone; undefined when the hours are missing or unreadable. */
export function todayIntervals(place: Pick<Place, 'hours' | 'lat' | 'lon' | 'dep'>, now: Date): Interval[] | undefined {
  if (!place.hours) return undefined;
  try {
    // Public holidays need a country: every place we list is French (overseas included).
    const oh = new OpeningHours(place.hours, { lat: place.lat, lon: place.lon, address: { country_code: 'fr', state: '' } });
    const local = wallClock(now, timeZoneOf(place.dep));
    const start = new Date(local.getFullYear(), local.getMonth(), local.getDate());
    const end = new Date(local.getFullYear(), local.getMonth(), local.getDate() + 1);
    const minutes = (d: Date) => (d >= end ? 1440 : d.getHours() * 60 + d.getMinutes());
    return oh.getOpenIntervals(start, end).map(([from, to]) => [minutes(from), minutes(to)]);
  } catch {
    return undefined;
  }
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
