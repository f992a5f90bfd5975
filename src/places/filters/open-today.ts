import type { Place } from '../../shared/place';
import { timeZoneOf } from '../../shared/timezone';
import { wallClock } from '../hours';
import type { IsOpenDuring } from './index';

/**
 * From now to midnight, wall clock of the zone: "open today" is for someone who wants to go today,
 * so a place that closed at noon no longer counts at 3 pm.
 */
export function todayWindow(now: Date, timeZone: string): [Date, Date] {
  const local = wallClock(now, timeZone);
  return [local, new Date(local.getFullYear(), local.getMonth(), local.getDate() + 1)];
}

/** Open at some time between now and midnight, in the place's own time zone; unknown hours do not count. */
export const openTodayFilter = (openDuring: IsOpenDuring, now: Date) => (p: Place) => {
  const [from, to] = todayWindow(now, timeZoneOf(p.dep));
  return openDuring(p, from, to) === true;
};
