import type { Place } from '../../shared/place';
import { timeZoneOf } from '../../shared/timezone';
import { wallClock } from '../hours';
import type { IsOpenDuring } from './index';

/**
 * Saturday 00:00 to Monday 00:00 of the current week (Monday first), wall clock of the zone: the
 * coming weekend, or the one under way (the whole of it: "open on Saturday or Sunday").
 */
export function weekendWindow(now: Date, timeZone: string): [Date, Date] {
  const local = wallClock(now, timeZone);
  const monday = local.getDate() - ((local.getDay() + 6) % 7);
  return [new Date(local.getFullYear(), local.getMonth(), monday + 5), new Date(local.getFullYear(), local.getMonth(), monday + 7)];
}

/** Open on Saturday or Sunday of this week, in the place's own time zone; unknown hours do not count. */
export const openWeekendFilter = (openDuring: IsOpenDuring, now: Date) => (p: Place) => {
  const [from, to] = weekendWindow(now, timeZoneOf(p.dep));
  return openDuring(p, from, to) === true;
};
