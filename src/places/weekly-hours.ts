// "Open now" without the opening_hours library: the week of open intervals the pipeline computed
// with the library itself (Place.week, data/weekly-hours.ts), evaluated on the place's wall clock.
// Pure functions over intervals, so "open now", "open today", "open at the weekend" and the week's
// table can all ask the same question of them; places without `week` fall back to the library.

/** Minutes in a week; intervals are minutes since Monday 00:00 of the place's wall clock, [start, end). */
export const WEEK_MINUTES = 7 * 1440;
export type Interval = readonly [start: number, end: number];

const parsedWeeks = new Map<string, Interval[]>();

/**
 * "09:00-12:00,14:00-17:00|…" (seven day fields, Monday first) → the week's intervals, sorted,
 * contiguous ones merged (an evening that goes on after midnight is one interval).
 */
export function parseWeek(text: string): Interval[] {
  const known = parsedWeeks.get(text);
  if (known) return known;
  const intervals: [number, number][] = [];
  text.split('|').forEach((field, day) => {
    for (const range of field ? field.split(',') : []) {
      const [from, to] = range.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
      intervals.push([day * 1440 + from!, day * 1440 + to!]);
    }
  });
  const merged = mergeIntervals(intervals.sort((a, b) => a[0] - b[0]));
  parsedWeeks.set(text, merged);
  return merged;
}

function mergeIntervals(sorted: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The week repeated from `fromWeek` to `toWeek` (inclusive), merged across week boundaries (24/7 becomes one interval). */
function unrolled(week: Interval[], fromWeek: number, toWeek: number): [number, number][] {
  const all: [number, number][] = [];
  for (let w = fromWeek; w <= toWeek; w++) for (const [a, b] of week) all.push([a + w * WEEK_MINUTES, b + w * WEEK_MINUTES]);
  return mergeIntervals(all);
}

const utcDay = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
const dayOfWeek = (d: Date) => (d.getDay() + 6) % 7; // Monday 0

/** Monday 00:00 of the week of `local` (wall clock, as the opening_hours library reads dates). */
const mondayOf = (local: Date) => new Date(local.getFullYear(), local.getMonth(), local.getDate() - dayOfWeek(local));

/** Minutes (with seconds as a fraction) from Monday 00:00 of `monday`'s week to `local`, from wall-clock fields only. */
function minutesSince(monday: Date, local: Date): number {
  return (utcDay(local) - utcDay(monday)) * 1440 + local.getHours() * 60 + local.getMinutes() + local.getSeconds() / 60;
}

/** The wall-clock date `minutes` after Monday 00:00 of `monday`. */
const at = (monday: Date, minutes: number) => new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + Math.floor(minutes / 1440), 0, minutes % 1440);

/** Same horizon as the library's getNextChange in hoursStatus: eight days. */
const HORIZON_MINUTES = 8 * 1440;

/**
 * Open at `local` (wall clock of the place), and when that changes within eight days (undefined:
 * no change in sight, e.g. open 24/7 or never open).
 */
export function weekState(week: Interval[], local: Date): { open: boolean; change?: Date } {
  const monday = mondayOf(local);
  const m = minutesSince(monday, local);
  const intervals = unrolled(week, -1, 2);
  const current = intervals.find(([a, b]) => a <= m && m < b);
  let change: number | undefined;
  if (current) change = current[1];
  else change = intervals.find(([a]) => a > m)?.[0];
  // Open 24/7 unrolls into one interval that ends weeks away: no change in sight, as for the library.
  const inSight = change !== undefined && change - m <= HORIZON_MINUTES;
  return { open: current !== undefined, change: inSight ? at(monday, change!) : undefined };
}

/** Open at some time in [from, to) of the place's wall clock (the question of "open today" and "open at the weekend"). */
export function openDuringWeek(week: Interval[], from: Date, to: Date): boolean {
  if (to <= from) return false;
  const monday = mondayOf(from);
  const a = minutesSince(monday, from);
  const b = minutesSince(monday, to);
  return unrolled(week, 0, Math.ceil(b / WEEK_MINUTES)).some(([s, e]) => s < b && e > a);
}

/** The open intervals of one day (its wall-clock midnight), as dates: the place page's table. */
export function dayIntervals(week: Interval[], day: Date): [Date, Date][] {
  const monday = mondayOf(day);
  const start = minutesSince(monday, day);
  const end = start + 1440;
  return unrolled(week, 0, 1)
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]) => [at(monday, Math.max(s, start)), at(monday, Math.min(e, end))]);
}
