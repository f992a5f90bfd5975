import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { hoursStatus, wallClock, weekHours } from '../../../src/places/hours';
import { place } from './fixtures';

const at = (iso: string) => new Date(iso);
const hm = (d?: Date) => (d ? `${d.getDay()} ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}` : 'none');
const office = (dep: string) => place(`p${dep}`, 0, 0, { dep, hours: 'Mo-Fr 08:00-12:00,13:30-17:00; PH off' });

describe('wall clock', () => {
  it('gives the local fields of the zone', () => {
    const d = wallClock(at('2024-07-01T12:00:00Z'), 'America/Martinique');
    expect([d.getHours(), d.getMinutes()]).toEqual([8, 0]);
    expect(wallClock(at('2024-01-15T23:30:00Z'), 'Indian/Reunion').getHours()).toBe(3);
  });
});

describe('hours status in the place own time zone', () => {
  it('Antilles (UTC−4): 12:30Z Monday is 08:30 there: open until 12:00', () => {
    const s = hoursStatus(OpeningHours, office('971'), at('2024-07-01T12:30:00Z'));
    expect(s.state).toBe('open');
    expect(s.state === 'open' && hm(s.until)).toBe('1 12:00');
  });
  it('Antilles: 11:30Z Monday is 07:30 there: closed, opens at 8', () => {
    const s = hoursStatus(OpeningHours, office('972'), at('2024-07-01T11:30:00Z'));
    expect(s.state === 'closed' && hm(s.next)).toBe('1 8:00');
  });
  it('Guyane (UTC−3): 20:30Z Friday is 17:30 there: closed until Monday 8', () => {
    const s = hoursStatus(OpeningHours, office('973'), at('2024-07-05T20:30:00Z'));
    expect(s.state === 'closed' && hm(s.next)).toBe('1 8:00');
  });
  it('Réunion (UTC+4): 05:00Z Monday is 09:00 there: open', () => {
    expect(hoursStatus(OpeningHours, office('974'), at('2024-07-01T05:00:00Z')).state).toBe('open');
    // …while the same instant is 07:00 in Paris: closed.
    expect(hoursStatus(OpeningHours, office('75'), at('2024-07-01T05:00:00Z')).state).toBe('closed');
  });
  it('Mayotte (UTC+3): 13:45Z is 16:45 there: open until 17', () => {
    const s = hoursStatus(OpeningHours, office('976'), at('2024-07-01T13:45:00Z'));
    expect(s.state === 'open' && hm(s.until)).toBe('1 17:00');
  });
  it('Paris follows daylight saving time', () => {
    // Winter UTC+1: 07:30Z = 08:30 open; summer UTC+2: 05:30Z = 07:30 closed, 06:30Z = 08:30 open.
    expect(hoursStatus(OpeningHours, office('77'), at('2024-01-15T07:30:00Z')).state).toBe('open');
    expect(hoursStatus(OpeningHours, office('77'), at('2024-07-01T05:30:00Z')).state).toBe('closed');
    expect(hoursStatus(OpeningHours, office('77'), at('2024-07-01T06:30:00Z')).state).toBe('open');
  });
  it('knows regional public holidays (22 May in Martinique, not in Paris)', () => {
    const noonMq = at('2024-05-22T14:00:00Z'); // Wednesday 10:00 in Martinique
    expect(hoursStatus(OpeningHours, office('972'), noonMq).state).toBe('closed');
    expect(hoursStatus(OpeningHours, office('75'), at('2024-05-22T08:00:00Z')).state).toBe('open');
  });
  it('free text only: "text"; nothing: "none"; unparsable: "text"', () => {
    expect(hoursStatus(OpeningHours, place('t', 0, 0, { hoursText: 'le mardi matin' }), new Date()).state).toBe('text');
    expect(hoursStatus(OpeningHours, place('n', 0, 0), new Date()).state).toBe('none');
    expect(hoursStatus(OpeningHours, place('u', 0, 0, { hours: 'n importe quoi' }), new Date()).state).toBe('text');
  });
});

describe('week table', () => {
  it('lists Monday to Sunday with today marked and holidays flagged', () => {
    const week = weekHours(OpeningHours, office('75'), at('2024-12-25T10:00:00Z'))!; // Wednesday, Christmas
    expect(week.map((d) => d.day.getDay())).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(week.findIndex((d) => d.today)).toBe(2);
    expect(week[2].holiday).toBe(true);
    expect(week[2].intervals).toEqual([]);
    expect(week[1].intervals.map(([a, b]) => `${a.getHours()}-${b.getHours()}`)).toEqual(['8-12', '13-17']);
  });
});
