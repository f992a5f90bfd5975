import type OpeningHours from 'opening_hours';
import type { Place } from '../shared/place';
import { holidayRegionOf, timeZoneOf } from '../shared/timezone';
import { dayIntervals, openDuringWeek, parseWeek, weekState } from './weekly-hours';

/** The opening_hours constructor, passed in because the library (116 KB gzip) loads only where needed (./opening-hours.ts). */
export type OpeningHoursCtor = typeof OpeningHours;

/**
 * A Date whose *local* fields (getHours, getDay…) are the wall-clock time in `timeZone` at `now`.
 * opening_hours reads local fields, and hours in the data are the place's own local time
 * (Antilles UTC−4, Réunion UTC+4…), whatever the phone's zone.
 */
export function wallClock(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

const parsed = new Map<string, InstanceType<OpeningHoursCtor> | null>();

/** Parsed hours of a place (cached by id); null when there are none or they do not parse. */
export function parseHours(OH: OpeningHoursCtor, place: Place): InstanceType<OpeningHoursCtor> | null {
  const key = `${place.id}\u0000${place.hours ?? ''}`;
  if (parsed.has(key)) return parsed.get(key)!;
  let value: InstanceType<OpeningHoursCtor> | null = null;
  if (place.hours) {
    try {
      value = new OH(place.hours, {
        lat: place.lat,
        lon: place.lon,
        address: { country_code: 'fr', state: holidayRegionOf(place.dep) },
      });
    } catch {
      value = null;
    }
  }
  parsed.set(key, value);
  return value;
}

export type HoursStatus =
  | { state: 'open'; /** wall-clock time in the place's zone */ until?: Date; now: Date }
  | { state: 'closed'; next?: Date; now: Date }
  | { state: 'text' } // only free text: "Voir les horaires"
  | { state: 'none' }; // nothing known

const WEEK_MS = 8 * 24 * 3600 * 1000;

export function hoursStatus(OH: OpeningHoursCtor, place: Place, now: Date): HoursStatus {
  const oh = parseHours(OH, place);
  if (!oh) return place.hoursText || place.hours ? { state: 'text' } : { state: 'none' };
  const local = wallClock(now, timeZoneOf(place.dep));
  if (oh.getUnknown(local)) return { state: 'text' };
  const change = oh.getNextChange(local, new Date(local.getTime() + WEEK_MS));
  return oh.getState(local) ? { state: 'open', until: change, now: local } : { state: 'closed', next: change, now: local };
}

/** hoursStatus from the place's weekly intervals (Place.week): the same answer, without the library. */
export function weeklyStatus(place: Place & { week: string }, now: Date): HoursStatus {
  const local = wallClock(now, timeZoneOf(place.dep));
  const { open, change } = weekState(parseWeek(place.week), local);
  return open ? { state: 'open', until: change, now: local } : { state: 'closed', next: change, now: local };
}

/**
 * The status shown in lists and on the place page: from the weekly intervals when the place has
 * them, else from the library; undefined only while the library is needed and not loaded yet.
 */
export function placeStatus(place: Place, now: Date, OH: OpeningHoursCtor | undefined): HoursStatus | undefined {
  if (place.week !== undefined) return weeklyStatus(place as Place & { week: string }, now);
  if (!place.hours) return place.hoursText ? { state: 'text' } : { state: 'none' };
  return OH ? hoursStatus(OH, place, now) : undefined;
}

/** Whether a place is open now; undefined while the library is needed and not loaded yet. */
export function isOpenNow(place: Place, now: Date, OH: OpeningHoursCtor | undefined): boolean | undefined {
  const status = placeStatus(place, now, OH);
  return status && status.state === 'open';
}

/** Places whose hours only the library can read (no weekly intervals): the hours filters wait for it when the list has any. */
export const needsHoursLibrary = (place: Place) => place.hours !== undefined && place.week === undefined;

export interface DayHours {
  /** Midnight of the day, wall clock in the place's zone. */
  day: Date;
  intervals: [Date, Date][];
  today: boolean;
  /** A public holiday of the place's region (the library knows them). */
  holiday: boolean;
}

/**
 * Monday-to-Sunday of the current week in the place's zone: from the library when loaded (it knows
 * the public holidays), else from the weekly intervals (holidays not marked); null when neither can say.
 */
export function weekHours(OH: OpeningHoursCtor | undefined, place: Place, now: Date): DayHours[] | null {
  const oh = OH ? parseHours(OH, place) : null;
  const week = place.week !== undefined ? parseWeek(place.week) : undefined;
  if (!oh && !week) return null;
  const local = wallClock(now, timeZoneOf(place.dep));
  const monday = new Date(local.getFullYear(), local.getMonth(), local.getDate() - ((local.getDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
    const end = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
    const intervals = oh ? oh.getOpenIntervals(day, end).map(([from, to]) => [from, to] as [Date, Date]) : dayIntervals(week!, day);
    const holiday = oh ? oh.getPublicHolidayContext(day).isHoliday : false;
    return { day, intervals, today: day.toDateString() === local.toDateString(), holiday };
  });
}

/**
 * Open at some time in [from, to) of the place's own wall clock (dates as from wallClock), asked of
 * the library? Places without usable hours answer false, as for "open now".
 */
export function isOpenDuring(OH: OpeningHoursCtor, place: Place, from: Date, to: Date): boolean {
  const oh = parseHours(OH, place);
  if (!oh || to <= from) return false;
  // An interval the hours mark "unknown" (open "on appointment" with no times…) is no promise.
  return oh.getOpenIntervals(from, to).some(([, , unknown]) => !unknown);
}

/**
 * The one question "open today" and "open at the weekend" ask of the hours (src/places/filters/):
 * from the weekly intervals when the place has them, else from the library (the same answer:
 * tests/unit/finder/weekly-hours.test.ts); undefined only while the library is needed and not loaded yet.
 */
export function openDuring(place: Place, from: Date, to: Date, OH: OpeningHoursCtor | undefined): boolean | undefined {
  if (place.week !== undefined) return openDuringWeek(parseWeek(place.week), from, to);
  if (!place.hours) return false;
  return OH ? isOpenDuring(OH, place, from, to) : undefined;
}
