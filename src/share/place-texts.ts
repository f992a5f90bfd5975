import { weekHours } from '../places/hours';
import { loadedOpeningHours } from '../places/opening-hours';
import type { Place } from '../shared/place';
import { formatIntervals, todayIntervals, type Interval } from './today-hours';

export { buildSmsText, smsHref } from './sms-text';
export { todayIntervals, formatIntervals };

/** Monday-first week of the place (its own time zone): index 0 = Monday, '' = closed that day. */
export function weekLines(place: Place, now: Date, separator: string): { hours: string; today: boolean }[] | undefined {
  let week;
  try {
    week = weekHours(loadedOpeningHours(), place, now);
  } catch {
    return undefined;
  }
  if (!week) return undefined;
  return week.map(({ day, intervals, today }) => {
    const midnight = day.getTime();
    const minutes = intervals.map(([a, b]): Interval => [Math.round((a.getTime() - midnight) / 60000), Math.round((b.getTime() - midnight) / 60000)]);
    return { hours: formatIntervals(minutes, separator), today };
  });
}
