// The filters of the guided orientation: open today, open at the weekend (in the place's own
// time zone, through the hours' "open at some time in [from, to)" answer), no appointment, supports.
import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '../../../src/app/url-state';
import { countMatching, placeFilter, type IsOpenDuring } from '../../../src/places/filters';
import { accessFilter } from '../../../src/places/filters/access';
import { openTodayFilter, todayWindow } from '../../../src/places/filters/open-today';
import { openWeekendFilter, weekendWindow } from '../../../src/places/filters/open-weekend';
import { walkInFilter } from '../../../src/places/filters/walk-in';
import { isOpenDuring } from '../../../src/places/hours';
import { place } from './fixtures';

const at = (iso: string) => new Date(iso);
/** "d hh:mm" of a wall-clock date (0 = Sunday). */
const wall = (d: Date) => `${d.getDay()} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const hours: IsOpenDuring = (p, from, to) => isOpenDuring(OpeningHours, p, from, to);
const mornings = (dep: string, id = `m${dep}`) => place(id, 0, 0, { dep, hours: 'Mo-Fr 08:00-12:00; PH off' });
const saturday = (dep: string) => place(`sa${dep}`, 0, 0, { dep, hours: 'Sa 09:00-12:00' });
const sunday = (dep: string) => place(`su${dep}`, 0, 0, { dep, hours: 'Su 10:00-12:00' });

describe('open today', () => {
  it('runs from now to midnight of the zone', () => {
    // Monday 1 July 2024, 15:00 UTC: 11:00 in Martinique, 17:00 in Paris, 19:00 in Réunion.
    const now = at('2024-07-01T15:00:00Z');
    expect(todayWindow(now, 'America/Martinique').map(wall)).toEqual(['1 11:00', '2 00:00']);
    expect(todayWindow(now, 'Europe/Paris').map(wall)).toEqual(['1 17:00', '2 00:00']);
    expect(todayWindow(now, 'Indian/Reunion').map(wall)).toEqual(['1 19:00', '2 00:00']);
  });

  it('keeps a place open now or later today, in its own time zone', () => {
    const now = at('2024-07-01T15:00:00Z');
    const test = openTodayFilter(hours, now);
    expect(test(mornings('972'))).toBe(true); // 11:00 there, open until 12:00
    expect(test(mornings('75'))).toBe(false); // 17:00 in Paris: closed since noon
    expect(openTodayFilter(hours, at('2024-07-01T04:00:00Z'))(mornings('75'))).toBe(true); // 06:00: opens at 8
  });

  it('follows the day of the zone, not of the phone', () => {
    // Friday 5 July 2024, 21:00 UTC: already Saturday 01:00 in Réunion, still Friday 23:00 in Paris.
    const now = at('2024-07-05T21:00:00Z');
    expect(openTodayFilter(hours, now)(saturday('974'))).toBe(true);
    expect(openTodayFilter(hours, now)(saturday('75'))).toBe(false);
  });

  it('leaves out unknown hours, hours still loading and public holidays', () => {
    const now = at('2024-07-01T06:00:00Z');
    expect(openTodayFilter(hours, now)(place('none', 0, 0))).toBe(false);
    expect(openTodayFilter(hours, now)(place('text', 0, 0, { hoursText: 'le mardi matin' }))).toBe(false);
    expect(openTodayFilter(() => undefined, now)(mornings('75'))).toBe(false);
    // 14 July 2024 is a Sunday; 15 August 2024 (Thursday) is a public holiday: "PH off".
    expect(openTodayFilter(hours, at('2024-08-15T06:00:00Z'))(mornings('75'))).toBe(false);
    expect(openTodayFilter(hours, at('2024-08-16T06:00:00Z'))(mornings('75'))).toBe(true);
  });
});

describe('open at the weekend', () => {
  it('is Saturday and Sunday of the current week, whole', () => {
    expect(weekendWindow(at('2024-07-03T12:00:00Z'), 'Europe/Paris').map(wall)).toEqual(['6 00:00', '1 00:00']); // Wednesday
    expect(weekendWindow(at('2024-07-06T12:00:00Z'), 'Europe/Paris').map(wall)).toEqual(['6 00:00', '1 00:00']); // Saturday
    const sundayNight = weekendWindow(at('2024-07-07T20:00:00Z'), 'Europe/Paris'); // 22:00 on Sunday 7 July
    expect(sundayNight.map((d) => d.getDate())).toEqual([6, 8]);
    // Sunday 20:00 UTC is already Monday in Réunion: the next weekend there.
    expect(weekendWindow(at('2024-07-07T20:00:00Z'), 'Indian/Reunion').map((d) => d.getDate())).toEqual([13, 15]);
  });

  it('keeps places open on Saturday or Sunday, not weekday-only ones', () => {
    const test = openWeekendFilter(hours, at('2024-07-03T12:00:00Z'));
    expect(test(saturday('75'))).toBe(true);
    expect(test(sunday('971'))).toBe(true);
    expect(test(mornings('75'))).toBe(false);
    expect(test(place('none', 0, 0))).toBe(false);
    // On Sunday evening a Saturday-morning place still counts: it opens on weekends.
    expect(openWeekendFilter(hours, at('2024-07-07T20:00:00Z'))(saturday('75'))).toBe(true);
  });
});

describe('is open during', () => {
  it('answers for a wall-clock interval, and not for an empty one or unknown hours', () => {
    const p = mornings('75');
    const day = (h: number) => new Date(2024, 6, 1, h); // Monday 1 July, wall clock
    expect(isOpenDuring(OpeningHours, p, day(11), day(13))).toBe(true);
    expect(isOpenDuring(OpeningHours, p, day(12), day(23))).toBe(false);
    expect(isOpenDuring(OpeningHours, p, day(13), day(11))).toBe(false);
    expect(isOpenDuring(OpeningHours, place('u', 0, 0, { hours: 'Mo-Fr 08:00-12:00 unknown' }), day(7), day(23))).toBe(false);
  });
});

describe('no appointment needed and specific supports', () => {
  it('walk-in: only where the record says one can just come', () => {
    expect(walkInFilter(place('a', 0, 0, { access: ['se-presenter', 'telephoner'] }))).toBe(true);
    expect(walkInFilter(place('b', 0, 0, { access: ['prendre-rdv'] }))).toBe(false);
    expect(walkInFilter(place('c', 0, 0))).toBe(false); // unknown is not "yes"
    expect(walkInFilter(place('d', 0, 0, { appointment: true }))).toBe(false);
  });

  it('access: every chosen support', () => {
    const both = place('both', 0, 0, { support: ['surdite', 'deficience-visuelle'] });
    const deaf = place('deaf', 0, 0, { support: ['surdite'] });
    const none = place('none', 0, 0);
    expect([both, deaf, none].filter(accessFilter(['surdite'])).map((p) => p.id)).toEqual(['both', 'deaf']);
    expect([both, deaf, none].filter(accessFilter(['surdite', 'deficience-visuelle'])).map((p) => p.id)).toEqual(['both']);
    expect([both, deaf, none].filter(accessFilter([])).map((p) => p.id)).toEqual(['both', 'deaf', 'none']);
  });
});

describe('the URL filters composed', () => {
  const now = at('2024-07-03T08:00:00Z'); // Wednesday 10:00 in Paris
  const clock = { now, openDuring: hours };
  const weekday = place('weekday', 0, 0, { hours: 'Mo-Fr 09:00-17:00', access: ['se-presenter'], support: ['surdite'] });
  const weekend = place('weekend', 0, 0, { hours: 'Sa 09:00-12:00', support: ['surdite'] });
  const all = [weekday, weekend];
  const ids = (f: Partial<typeof EMPTY_STATE>) => all.filter(placeFilter({ ...EMPTY_STATE, ...f }, () => undefined, clock)).map((p) => p.id);

  it('today, weekend, walk-in and access each narrow the list, and combine', () => {
    expect(ids({ today: true })).toEqual(['weekday']);
    expect(ids({ weekend: true })).toEqual(['weekend']);
    expect(ids({ walkin: true })).toEqual(['weekday']);
    expect(ids({ access: ['surdite'] })).toEqual(['weekday', 'weekend']);
    expect(ids({ access: ['surdite'], weekend: true })).toEqual(['weekend']);
    expect(ids({ today: true, weekend: true })).toEqual([]);
    expect(countMatching(all, { ...EMPTY_STATE, today: true }, () => undefined, clock)).toBe(1);
  });

  it('without hours, "today" and "weekend" keep nothing rather than everything', () => {
    expect(all.filter(placeFilter({ ...EMPTY_STATE, today: true }, () => undefined))).toEqual([]);
  });
});
