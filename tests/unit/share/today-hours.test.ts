import { describe, expect, it } from 'vitest';
import { loadOpeningHours } from '../../../src/places/opening-hours';
import { formatIntervals, formatTime, todayIntervals } from '../../../src/share/today-hours';
import type { Place } from '../../../src/shared/place';

const place = (hours: string, dep = '02'): Place => ({
  id: `t-${dep}-${hours.length}`,
  name: 'Test',
  kind: 'mediation',
  lat: dep === '974' ? -20.9 : 49.5,
  lon: dep === '974' ? 55.5 : 3.6,
  dep,
  address: { commune: 'Test' },
  hours,
  services: [],
  sources: [],
});

describe("today's hours", () => {
  it('formats times the French and the English way', () => {
    expect(formatTime(9 * 60, 'h')).toBe('9h');
    expect(formatTime(13 * 60 + 30, 'h')).toBe('13h30');
    expect(formatTime(9 * 60, ':')).toBe('9:00');
    expect(formatTime(1440, 'h')).toBe('0h');
    expect(formatIntervals([[540, 720], [840, 1050]], 'h')).toBe('9h-12h, 14h-17h30');
  });

  it("reads today's weekly intervals without the hours library", () => {
    // Tuesday 14 January 2025 22:00 UTC: 23:00 Tuesday in Paris, already 02:00 Wednesday in Réunion.
    const now = new Date('2025-01-14T22:00:00Z');
    const week = '|09:00-12:00|14:00-24:00||||';
    expect(todayIntervals({ ...place('Tu 09:00-12:00; We 14:00-24:00'), week }, now)).toEqual([[540, 720]]);
    expect(todayIntervals({ ...place('Tu 09:00-12:00; We 14:00-24:00', '974'), week }, now)).toEqual([[840, 1440]]);
    // Hours only the library reads: nothing until it is loaded.
    expect(todayIntervals(place('Tu 09:00-12:00; PH off'), now)).toBeUndefined();
  });

  it("reads today's intervals in the place's time zone", async () => {
    await loadOpeningHours();
    // Tuesday 14 January 2025 22:00 UTC: 23:00 Tuesday in Paris, already 02:00 Wednesday in Réunion.
    const now = new Date('2025-01-14T22:00:00Z');
    expect(todayIntervals(place('Tu 09:00-12:00; We 14:00-24:00'), now)).toEqual([[540, 720]]);
    expect(todayIntervals(place('Tu 09:00-12:00; We 14:00-24:00', '974'), now)).toEqual([[840, 1440]]);
    expect(todayIntervals(place('Mo 09:00-12:00'), now)).toEqual([]);
  });

  it('says nothing for missing or unreadable hours', async () => {
    await loadOpeningHours();
    expect(todayIntervals({ ...place(''), hours: undefined }, new Date())).toBeUndefined();
    expect(todayIntervals(place('pas du tout des horaires'), new Date())).toBeUndefined();
  });
});
