// Build-time weekly hours: for every place whose opening hours are the same every week, the
// opening_hours library itself lists that week's open intervals, written as a short string the
// app evaluates in a few lines (src/places/weekly-hours.ts) without loading the library (116 KB
// gzip) for its first results. Hours the library alone can answer (public or school holidays,
// dates, months, week numbers, open ends, unknown states) get no `week`: the app asks the library.
import opening_hours from 'opening_hours';
import type { Place } from '../src/shared/place';
import { holidayRegionOf } from '../src/shared/timezone';

/**
 * A reference week, Monday to Monday, wall clock: any week works for week-stable hours; this one
 * has no daylight-saving change in European or Antillean zones, whatever zone builds it.
 */
const MONDAY = [2024, 0, 8] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * `Place.week` for OSM opening hours, or undefined when they are not the same every week.
 * Seven day fields, Monday first, joined by "|"; each field lists "HH:MM-HH:MM" ranges joined by
 * ","; an interval over midnight is cut at "24:00" and goes on at "00:00" the next day.
 */
export function weeklyHours(hours: string, place: Pick<Place, 'lat' | 'lon' | 'dep'>): string | undefined {
  let oh: opening_hours;
  try {
    oh = new opening_hours(hours, { lat: place.lat, lon: place.lon, address: { country_code: 'fr', state: holidayRegionOf(place.dep) } });
  } catch {
    return undefined;
  }
  // Sun times move through the year even when the rule reads the same every week.
  if (!oh.isWeekStable() || /sunrise|sunset|dawn|dusk/.test(hours)) return undefined;
  const [y, m, d] = MONDAY;
  const start = new Date(y, m, d);
  const intervals = oh.getOpenIntervals(start, new Date(y, m, d + 7));
  if (intervals.some(([, , unknown]) => unknown)) return undefined;
  const days: string[][] = Array.from({ length: 7 }, () => []);
  for (const [from, to] of intervals) {
    // Minutes since Monday 00:00, from the wall-clock fields (never from milliseconds).
    const minute = (date: Date) => Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(y, m, d)) / 60_000) + date.getHours() * 60 + date.getMinutes();
    let a = minute(from);
    const b = minute(to);
    while (a < b) {
      const day = Math.floor(a / 1440);
      const end = Math.min(b, (day + 1) * 1440);
      days[day]!.push(`${hhmm(a - day * 1440)}-${hhmm(end - day * 1440)}`);
      a = end;
    }
  }
  return days.map((ranges) => ranges.join(',')).join('|');
}

/** Every place with OSM hours gets its `week` when there is one. */
export function withWeeklyHours(places: Place[]): Place[] {
  const memo = new Map<string, string | undefined>();
  return places.map((p) => {
    if (!p.hours) return p;
    // Week-stable hours do not depend on the region (holidays make them unstable), so the
    // string alone is the key.
    const key = `${p.hours}\u0000${holidayRegionOf(p.dep)}`;
    if (!memo.has(key)) memo.set(key, weeklyHours(p.hours, p));
    const week = memo.get(key);
    return week === undefined ? p : { ...p, week };
  });
}
