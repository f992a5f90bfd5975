import opening_hours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { daysSelector, osmToSlots, slotsToOsm } from '../../../data/itinerance/schedule';
import { isoWeek, nextPassage, type StopSlot } from '../../../src/shared/stop';

describe('slots to OSM opening_hours', () => {
  it('writes days, weeks and occurrences the library reads', () => {
    expect(daysSelector(['Fr', 'Mo', 'Tu', 'We'])).toBe('Mo-We,Fr');
    const slots: StopSlot[] = [
      { days: ['Mo'], times: ['09:30-12:30', '13:30-15:30'], weeks: 'odd' },
      { days: ['Tu', 'Th'], times: ['14:00-17:00'], nth: [1, 3] },
      { days: ['Fr'], times: ['14:00+'] },
    ];
    const value = slotsToOsm(slots, ['PH off'])!;
    expect(value).toBe('week 01-53/2 Mo 09:30-12:30,13:30-15:30; Tu[1,3],Th[1,3] 14:00-17:00; Fr 14:00+; PH off');
    // Monday 2024-09-09 is in ISO week 37 (odd), Monday 2024-09-02 in week 36.
    const oh = new opening_hours(value, null);
    expect(oh.getState(new Date(2024, 8, 9, 10))).toBe(true);
    expect(oh.getState(new Date(2024, 8, 2, 10))).toBe(false);
    expect(oh.getState(new Date(2024, 8, 3, 15))).toBe(true); // first Tuesday
    expect(oh.getState(new Date(2024, 8, 10, 15))).toBe(false); // second Tuesday
  });

  it('keeps both rules when two slots share a weekday (OSM would let the second replace the first)', () => {
    const value = slotsToOsm([
      { days: ['Mo'], times: ['09:00-12:00'], weeks: 'odd' },
      { days: ['Mo'], times: ['14:00-17:00'] },
    ])!;
    expect(value).toBe('week 01-53/2 Mo 09:00-12:00, Mo 14:00-17:00');
    const oh = new opening_hours(value, null);
    expect(oh.getState(new Date(2024, 8, 9, 10))).toBe(true);
    expect(oh.getState(new Date(2024, 8, 9, 15))).toBe(true);
  });

  it('writes nothing when a slot has no times ("le mardi matin" is no range)', () => {
    expect(slotsToOsm([{ days: ['Tu'], dayPart: 'morning' }])).toBeUndefined();
    expect(slotsToOsm([])).toBeUndefined();
  });

  it('reads simple OSM values back, and refuses richer ones', () => {
    expect(osmToSlots('Mo 09:30-12:30,13:30-15:30; PH off')).toEqual({ slots: [{ days: ['Mo'], times: ['09:30-12:30', '13:30-15:30'] }], holidaysOff: true });
    expect(osmToSlots('week 02-52/2 Tu-Th[2] 09:00-12:00')).toEqual({ slots: [{ days: ['Tu', 'We', 'Th'], times: ['09:00-12:00'], weeks: 'even', nth: [2] }], holidaysOff: false });
    expect(osmToSlots('Mo-Fr 09:00-12:00; Jul off')).toBeUndefined();
    expect(osmToSlots('sunrise-sunset')).toBeUndefined();
    expect(osmToSlots('')).toBeUndefined();
  });
});

describe('next passage', () => {
  const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

  it('counts ISO weeks as the calendar does', () => {
    expect(isoWeek(at(2024, 1, 1))).toBe(1);
    expect(isoWeek(at(2020, 12, 31))).toBe(53);
    expect(isoWeek(at(2021, 1, 3))).toBe(53);
    expect(isoWeek(at(2024, 9, 9))).toBe(37);
  });

  it('finds the next Tuesday 9 h, and says when the bus is there now', () => {
    const stop = { slots: [{ days: ['Tu'], times: ['09:00-12:00', '13:00-16:30'] }] as StopSlot[] };
    // Monday 2024-09-09 18:00 → Tuesday 09:00.
    expect(nextPassage(stop, at(2024, 9, 9, 18))).toMatchObject({ day: at(2024, 9, 10), start: '09:00', end: '12:00', now: false });
    expect(nextPassage(stop, at(2024, 9, 10, 10))).toMatchObject({ start: '09:00', now: true });
    expect(nextPassage(stop, at(2024, 9, 10, 12, 30))).toMatchObject({ day: at(2024, 9, 10), start: '13:00', now: false });
    expect(nextPassage(stop, at(2024, 9, 10, 17))).toMatchObject({ day: at(2024, 9, 17), start: '09:00' });
  });

  it('skips weeks of the wrong parity and occurrences that are not asked for', () => {
    const odd = { slots: [{ days: ['Th'], times: ['09:30-12:30'], weeks: 'odd' }] as StopSlot[] };
    // Thursday 2024-09-05 is in week 36 (even): next is 2024-09-12 (week 37).
    expect(nextPassage(odd, at(2024, 9, 2))!.day).toEqual(at(2024, 9, 12));
    const third = { slots: [{ days: ['We'], nth: [3] }] as StopSlot[] };
    expect(nextPassage(third, at(2024, 9, 19))!.day).toEqual(at(2024, 10, 16));
    const last = { slots: [{ days: ['Fr'], nth: [-1] }] as StopSlot[] };
    expect(nextPassage(last, at(2024, 9, 1))!.day).toEqual(at(2024, 9, 27));
  });

  it('takes a half-day without times as over at 12:30 or 18:00', () => {
    const morning = { slots: [{ days: ['Mo'], dayPart: 'morning' }] as StopSlot[] };
    expect(nextPassage(morning, at(2024, 9, 9, 11))).toMatchObject({ day: at(2024, 9, 9), now: false });
    expect(nextPassage(morning, at(2024, 9, 9, 13))!.day).toEqual(at(2024, 9, 16));
    expect(nextPassage(morning, at(2024, 9, 9, 13))!.start).toBeUndefined();
  });

  it('gives an open start as the start only, and nothing when no day comes', () => {
    const from = { slots: [{ days: ['Tu'], times: ['14:00+'] }] as StopSlot[] };
    expect(nextPassage(from, at(2024, 9, 10, 15))!.day).toEqual(at(2024, 9, 17));
    expect(nextPassage(from, at(2024, 9, 10, 13))).toMatchObject({ start: '14:00', now: false });
    expect(nextPassage(from, at(2024, 9, 10, 13))!.end).toBeUndefined();
    expect(nextPassage({ slots: [{ days: ['Mo'], nth: [5] }] }, at(2024, 9, 1), 20)).toBeUndefined();
  });
});
