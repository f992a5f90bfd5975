// A stop of a bus or itinerant service: one commune (and place) where it is at given times. The
// contract between the pipeline (data/itinerance/) and the app, beside place.ts: a stop is found on
// its own (at its commune's distance) and listed on its bus's page. Pure types and functions only.
import type { PlaceSource } from './place';

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Half-day as written ("le mardi matin") when the source gives no times. */
export type DayPart = 'morning' | 'afternoon' | 'day';

/** When the bus is there: some weekdays, optionally some weeks of them, optionally at given times. */
export interface StopSlot {
  days: Weekday[];
  dayPart?: DayPart;
  /** 'HH:MM-HH:MM' ranges, or 'HH:MM+' when only the start is written ("à partir de 9 h 30"). */
  times?: string[];
  /** Only these occurrences of the weekday in its month: [1, 3] = 1st and 3rd, -1 = last. */
  nth?: number[];
  /** ISO week number parity ("semaines impaires" = odd). */
  weeks?: 'odd' | 'even';
}

export interface Stop {
  /** `<busId>-<insee>`, then `-2`, `-3`… for the bus's further stops in the same commune; [a-z0-9-]. */
  id: string;
  /** Place.id of the bus or itinerant service whose stop this is (its page lists all its stops). */
  busId: string;
  /** The bus's name, so that a result reads "Bus France services de Vouziers — à Machault…" on its own. */
  busName: string;
  /** Current commune (INSEE code, name) and its département: time zone (timeZoneOf) and data pack. */
  insee: string;
  commune: string;
  dep: string;
  /** Delegated or former commune the source names when it is not the commune's name ("St-Aaron"). */
  locality?: string;
  /** Where in the commune, as written ("mairie", "salle des Berceaux (rue des Berceaux)"): plain text. */
  place?: string;
  street?: string;
  postcode?: string;
  lat: number;
  lon: number;
  /** 'address': the source's own position of the stop; 'commune': the commune's centre (free text gives none). */
  position: 'address' | 'commune';
  /** At least one. */
  slots: StopSlot[];
  /** The same schedule in OSM opening_hours, when every slot has times (checked with the library at build). */
  hours?: string;
  /** The source says "sur rendez-vous" for this stop. */
  appointment?: true;
  /** The words of the source this stop was read from, when it was read from free text: plain text. */
  text?: string;
  sources: PlaceSource[];
}

/**
 * What a stop record of the index says beyond its Place fields. A stop ships as a Place-shaped record
 * (id = Stop.id, name, kind, services, labels, contacts and `mobile` of its bus; its own position,
 * département, commune and `hours`), so that the nearest search, the filters and the map find it
 * where the bus stops, with no special case; this field says whose stop it is and when.
 */
export interface StopOf {
  busId: string;
  busName: string;
  locality?: string;
  place?: string;
  position: Stop['position'];
  slots: StopSlot[];
  /** The words of the source (free text) the stop was read from. */
  text?: string;
}

/** One stop as its bus's record lists it (the bus's page): enough to show where and when, and to link to it. */
export type BusStop = Pick<Stop, 'insee' | 'commune' | 'dep' | 'locality' | 'place' | 'slots'> & {
  /** The stop record's id; absent for the stop at the bus's own base commune (`base`), which has no record of its own. */
  id?: string;
  /**
   * The stop is at the bus's own commune: the bus's record stands for it (a search would otherwise
   * list the bus and its stop there as two near-identical results), and shows its schedule.
   */
  base?: true;
};

/** The next time the bus is at a stop, in the stop's own wall-clock time. */
export interface Passage {
  slot: StopSlot;
  /** Midnight of the day. */
  day: Date;
  /** 'HH:MM' when the slot has times. */
  start?: string;
  end?: string;
  /** The bus is there now (within a time range). */
  now: boolean;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** ISO 8601 week number of a (wall-clock) date. */
export function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

function slotFallsOn(slot: StopSlot, day: Date): boolean {
  if (!slot.days.includes(WEEKDAYS[(day.getDay() + 6) % 7]!)) return false;
  if (slot.weeks && (isoWeek(day) % 2 === 1) !== (slot.weeks === 'odd')) return false;
  if (slot.nth) {
    const ordinal = Math.floor((day.getDate() - 1) / 7) + 1;
    const last = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 7).getMonth() !== day.getMonth();
    if (!slot.nth.some((n) => n === ordinal || (n === -1 && last))) return false;
  }
  return true;
}

/** Without times, a half-day is taken as over at 12:30 (morning) or 18:00: the source says no more. */
const DAY_PART_END: Record<DayPart | 'none', number> = { morning: 12 * 60 + 30, afternoon: 18 * 60, day: 18 * 60, none: 18 * 60 };

/**
 * The next passage at or after `now`, a wall-clock date in the stop's time zone (the app's
 * `wallClock(now, timeZoneOf(stop.dep))`), looking `horizonDays` ahead. Public holidays are not
 * known here: `stop.hours` with the opening_hours library knows them where the source says "PH off".
 */
export function nextPassage(stop: Pick<Stop, 'slots'>, now: Date, horizonDays = 70): Passage | undefined {
  const nowMinutes = now.getHours() * 60 + now.getMinutes();
  for (let offset = 0; offset <= horizonDays; offset++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    let best: Passage | undefined;
    let bestStart = Infinity;
    for (const slot of stop.slots) {
      if (!slotFallsOn(slot, day)) continue;
      if (!slot.times?.length) {
        if (offset === 0 && nowMinutes >= DAY_PART_END[slot.dayPart ?? 'none']) continue;
        if (bestStart > -1) [best, bestStart] = [{ slot, day, now: false }, -1];
        continue;
      }
      for (const range of slot.times) {
        const [start, end] = range.split(/[-+]/) as [string, string];
        const from = minutes(start);
        // An open end ("à partir de 14 h") says when the bus comes, not how long it stays.
        const to = end ? minutes(end) : from + 1;
        if (offset === 0 && nowMinutes >= to) continue;
        if (from < bestStart) {
          bestStart = from;
          best = { slot, day, start, now: offset === 0 && nowMinutes >= from };
          if (end) best.end = end;
        }
      }
    }
    if (best) return best;
  }
  return undefined;
}
