// "Open now", "open today" and "open at the weekend" from the weekly intervals the pipeline writes,
// against the opening_hours library: hand-written cases, then every place (and stop) of the real
// index at several instants — same answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { weeklyHours } from '../../../data/weekly-hours';
import { hoursStatus, isOpenDuring, openDuring, placeStatus, weekHours, weeklyStatus } from '../../../src/places/hours';
import { todayWindow } from '../../../src/places/filters/open-today';
import { weekendWindow } from '../../../src/places/filters/open-weekend';
import { timeZoneOf } from '../../../src/shared/timezone';
import { openDuringWeek, parseWeek, weekState } from '../../../src/places/weekly-hours';
import type { Place } from '../../../src/shared/place';
import { place } from './fixtures';

const at = (text: string) => new Date(text); // wall-clock dates: local fields are what counts
const withHours = (hours: string, dep = '02'): Place => {
  const p = place(`h-${hours.length}-${dep}`, 49.5, 3.6, { dep, hours });
  const week = weeklyHours(hours, p);
  return week === undefined ? p : { ...p, week };
};

describe('weekly intervals written at build time', () => {
  it('lists the week Monday first, cutting an evening at midnight', () => {
    expect(weeklyHours('Mo-Fr 09:00-12:00,14:00-17:30', place('a', 49.5, 3.6))).toBe(
      '09:00-12:00,14:00-17:30|09:00-12:00,14:00-17:30|09:00-12:00,14:00-17:30|09:00-12:00,14:00-17:30|09:00-12:00,14:00-17:30||',
    );
    expect(weeklyHours('Fr 20:00-02:00', place('a', 49.5, 3.6))).toBe('||||20:00-24:00|00:00-02:00|');
    expect(weeklyHours('24/7', place('a', 49.5, 3.6))).toBe(Array(7).fill('00:00-24:00').join('|'));
  });

  it('leaves to the library what only it can answer', () => {
    for (const hours of ['Mo-Fr 09:00-17:00; PH off', 'Mo-Fr 09:00-17:00; Aug off', 'week 1-53/2 Mo 09:00-12:00', 'Mo 18:00+', 'Mo-Fr sunrise-sunset', 'Mo 09:00-12:00 unknown']) {
      expect(weeklyHours(hours, place('a', 49.5, 3.6)), hours).toBeUndefined();
    }
  });
});

describe('weekly evaluation', () => {
  const office = parseWeek('09:00-12:00,14:00-17:00|09:00-12:00,14:00-17:00|||||');

  it('says open until the next change, closed until the next opening', () => {
    expect(weekState(office, at('2025-01-13T10:30:00'))).toEqual({ open: true, change: at('2025-01-13T12:00:00') });
    expect(weekState(office, at('2025-01-13T12:00:00'))).toEqual({ open: false, change: at('2025-01-13T14:00:00') });
    // Tuesday evening: next opening is the Monday after, six days away.
    expect(weekState(office, at('2025-01-14T18:00:00'))).toEqual({ open: false, change: at('2025-01-20T09:00:00') });
  });

  it('merges an evening over midnight and over the week end, and sees no change when always open', () => {
    const late = parseWeek('||||||22:00-24:00');
    const monday = parseWeek('00:00-02:00||||||22:00-24:00');
    expect(weekState(late, at('2025-01-19T23:00:00')).change).toEqual(at('2025-01-20T00:00:00'));
    expect(weekState(monday, at('2025-01-19T23:00:00')).change).toEqual(at('2025-01-20T02:00:00'));
    expect(weekState(parseWeek(Array(7).fill('00:00-24:00').join('|')), at('2025-01-15T08:00:00'))).toEqual({ open: true, change: undefined });
    expect(weekState(parseWeek('||||||'), at('2025-01-15T08:00:00'))).toEqual({ open: false, change: undefined });
  });

  it('answers "open at some time in a window" (open today, open at the weekend)', () => {
    const saturday = parseWeek('|||||10:00-12:00|');
    expect(openDuringWeek(saturday, at('2025-01-18T00:00:00'), at('2025-01-20T00:00:00'))).toBe(true);
    expect(openDuringWeek(saturday, at('2025-01-18T12:00:00'), at('2025-01-19T00:00:00'))).toBe(false);
    expect(openDuringWeek(office, at('2025-01-13T16:59:00'), at('2025-01-14T00:00:00'))).toBe(true);
    expect(openDuringWeek(office, at('2025-01-15T00:00:00'), at('2025-01-18T00:00:00'))).toBe(false);
  });

  it('gives the same status as the library, in the place\'s own time zone', () => {
    const now = new Date('2025-01-14T13:30:00Z'); // 14:30 in Paris, 09:30 in Guadeloupe
    for (const p of [withHours('Mo-Fr 09:00-12:00,14:00-17:30'), withHours('Mo-Fr 09:00-12:00,14:00-17:30', '971'), withHours('Tu 08:00-10:00; Fr 20:00-02:00', '974')]) {
      expect(p.week).toBeDefined();
      expect(weeklyStatus(p as Place & { week: string }, now)).toEqual(hoursStatus(OpeningHours, p, now));
    }
  });

  it('falls back to the library for hours only it reads, and waits for it', () => {
    const p = withHours('Mo-Fr 09:00-17:00; PH off');
    expect(p.week).toBeUndefined();
    const newYear = new Date('2025-01-01T10:00:00Z'); // a Wednesday, public holiday
    expect(placeStatus(p, newYear, undefined)).toBeUndefined();
    expect(placeStatus(p, newYear, OpeningHours)).toEqual(hoursStatus(OpeningHours, p, newYear));
    expect(placeStatus(p, newYear, OpeningHours)?.state).toBe('closed');
  });

  it('draws the week table from the intervals while the library is not there', () => {
    const p = withHours('Mo-Fr 09:00-12:00,14:00-17:30');
    const now = new Date('2025-01-14T13:30:00Z');
    const plain = weekHours(undefined, p, now)!;
    const library = weekHours(OpeningHours, p, now)!;
    expect(plain.map((d) => d.intervals.map(([a, b]) => [a.getTime(), b.getTime()]))).toEqual(library.map((d) => d.intervals.map(([a, b]) => [a.getTime(), b.getTime()])));
  });
});

describe('every place of the real index', () => {
  const file = readdirSync('public/data').find((f) => /^france\..*\.json$/.test(f))!;
  const places = JSON.parse(readFileSync(join('public/data', file), 'utf8')) as Place[];
  const weekly = places.filter((p): p is Place & { week: string } => p.week !== undefined);
  // A week of instants, each at a different hour, minute and second: openings, closings, nights.
  const instants = ['2025-03-10T07:59:30Z', '2025-03-11T11:00:00Z', '2025-03-12T12:15:00Z', '2025-03-13T16:29:59Z', '2025-03-14T22:30:00Z', '2025-03-15T09:45:00Z', '2025-03-16T13:00:00Z'].map((t) => new Date(t));

  it('has weekly intervals wherever its hours are the same every week', () => {
    expect(weekly.length).toBeGreaterThan(4000);
    // Week-stable hours that only the library reads all the same: open ends (a stop's "à partir de
    // 9 h 30", "Tu 09:30+"), unknown states and sun times (data/weekly-hours.ts).
    const libraryOnly = (hours: string) => /\+|\bunknown\b|sunrise|sunset|dawn|dusk/.test(hours);
    for (const p of places) {
      if (p.hours && !p.week && !libraryOnly(p.hours)) expect(new OpeningHours(p.hours, { lat: p.lat, lon: p.lon, address: { country_code: 'fr', state: 'France' } }).isWeekStable(), p.id).toBe(false);
    }
    expect(places.filter((p) => p.stop && p.week).length).toBeGreaterThan(0); // stops get them too
  });

  it(`gives the library's "open now" for every one of them, at ${instants.length} instants`, () => {
    let compared = 0;
    for (const p of weekly) {
      for (const now of instants) {
        expect(weeklyStatus(p, now), `${p.id} ${p.hours} ${now.toISOString()}`).toEqual(hoursStatus(OpeningHours, p, now));
        compared++;
      }
    }
    expect(compared).toBe(weekly.length * instants.length);
  });

  it(`gives the library's "open today" and "open at the weekend" for every one of them, at ${instants.length} instants`, () => {
    let compared = 0;
    for (const p of weekly) {
      for (const now of instants) {
        for (const [from, to] of [todayWindow(now, timeZoneOf(p.dep)), weekendWindow(now, timeZoneOf(p.dep))]) {
          // Without the library (undefined): the weekly intervals answer.
          expect(openDuring(p, from, to, undefined), `${p.id} ${p.hours} ${from.toString()}`).toBe(isOpenDuring(OpeningHours, p, from, to));
          compared++;
        }
      }
    }
    expect(compared).toBe(weekly.length * instants.length * 2);
  });
});
