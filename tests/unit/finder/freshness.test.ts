import { describe, expect, it } from 'vitest';
import { dateRange, isStale, latestDay, placeDate, STALE_AFTER_YEARS } from '../../../src/shared/freshness';

const place = (...dates: [string, string][]) => ({ sources: dates.map(([id, date]) => ({ id, date })) });

describe('how old a place’s information is', () => {
  it('a place is as fresh as its newest source', () => {
    expect(placeDate(place(['bibliotheques', '2023'], ['cnfs', '2022-12-01']))).toEqual({ id: 'bibliotheques', date: '2023' });
    expect(placeDate(place(['cnfs', '2022-03-12'], ['gironde', '2024-03-11']))).toEqual({ id: 'gironde', date: '2024-03-11' });
  });
  it(`is old after ${STALE_AFTER_YEARS} years, counting a month or a year given alone at its last day`, () => {
    expect(STALE_AFTER_YEARS).toBe(2);
    expect(isStale(place(['a', '2022-03-12']), '2026-12-01')).toBe(true);
    expect(isStale(place(['a', '2024-12-02']), '2026-12-01')).toBe(false);
    expect(isStale(place(['a', '2024-11-30']), '2026-12-01')).toBe(true);
    expect(isStale(place(['a', '2024']), '2026-12-01')).toBe(false);
    expect(isStale(place(['a', '2024']), '2027-01-01')).toBe(true);
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023')).toBe('2023-12-31');
  });
  it('the index’s range runs from its oldest to its newest place', () => {
    expect(dateRange([place(['a', '2019-06-13']), place(['b', '2024-08-01'], ['c', '2016-08-05']), place(['d', '2021'])])).toEqual({ from: '2019-06-13', to: '2024-08-01' });
    expect(dateRange([])).toBeUndefined();
  });
});
