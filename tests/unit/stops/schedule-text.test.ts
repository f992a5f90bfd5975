// A stop's days and hours in words, in French, English, Kreyòl and easy-read French.
import { beforeAll, describe, expect, it } from 'vitest';
import { atText, mergeSlots, scheduleText, slotText } from '../../../src/stops/schedule-text';
import type { StopSlot } from '../../../src/shared/stop';
import { initStopsI18n, plain, LANGS, tIn } from './helpers';

beforeAll(initStopsI18n);

const MACHAULT: StopSlot[] = [{ days: ['Tu'], times: ['09:00-12:00', '13:00-16:30'] }];

describe('a stop in words', () => {
  it('says what the data says: both ranges of the Machault Tuesday', () => {
    expect(plain(atText(tIn('fr'), { commune: 'Machault', slots: MACHAULT }))).toBe('à Machault le mardi, 9 h–12 h et 13 h–16 h 30');
    expect(plain(atText(tIn('en'), { commune: 'Machault', slots: MACHAULT }))).toBe('in Machault on Tuesdays, 9:00–12:00 and 13:00–16:30');
    expect(plain(atText(tIn('gcf'), { commune: 'Machault', slots: MACHAULT }))).toBe('an Machault chak madi, 9 h–12 h é 13 h–16 h 30');
    expect(plain(atText(tIn('falc'), { commune: 'Machault', slots: MACHAULT }))).toBe('À Machault :\nle mardi,\nde 9 heures à 12 heures et de 13 heures à 16 heures 30');
  });

  it('never lets a line end between an hour and its "h": no-break spaces', () => {
    expect(atText(tIn('fr'), { commune: 'Machault', slots: MACHAULT })).toContain('13\u00a0h–16\u00a0h\u00a030');
  });

  it('the 1st and 3rd Tuesday of the month, the last one', () => {
    const nth: StopSlot = { days: ['Tu'], nth: [1, 3], times: ['09:00-12:00'] };
    expect(plain(slotText(tIn('fr'), nth))).toBe('le 1er et 3e mardi du mois, 9 h–12 h');
    expect(plain(slotText(tIn('en'), nth))).toBe('on the 1st and 3rd Tuesday of the month, 9:00–12:00');
    expect(plain(slotText(tIn('fr'), { days: ['Fr'], nth: [-1], dayPart: 'morning' }))).toBe('le dernier vendredi matin du mois');
    expect(plain(slotText(tIn('en'), { days: ['Fr'], nth: [-1], dayPart: 'morning' }))).toBe('on the last Friday morning of the month');
  });

  it('week parity, said after the half-day', () => {
    expect(plain(slotText(tIn('fr'), { days: ['Mo'], weeks: 'odd', times: ['09:30-12:30', '13:30-15:30'] }))).toBe('le lundi des semaines impaires, 9 h 30–12 h 30 et 13 h 30–15 h 30');
    expect(plain(slotText(tIn('fr'), { days: ['Tu'], weeks: 'even', dayPart: 'morning' }))).toBe('le mardi matin des semaines paires');
    expect(plain(slotText(tIn('en'), { days: ['Tu'], weeks: 'even', dayPart: 'morning' }))).toBe('on Tuesdays, in the morning of even weeks');
    expect(plain(slotText(tIn('falc'), { days: ['Tu'], weeks: 'even', times: ['09:00-12:00'] }))).toBe('le mardi une semaine sur 2 (semaines paires),\nde 9 heures à 12 heures');
  });

  it('days: one, two, a run of three or more, a list; open-ended times', () => {
    const fr = tIn('fr');
    expect(plain(slotText(fr, { days: ['Mo', 'Th'], dayPart: 'morning' }))).toBe('le lundi et le jeudi matin');
    expect(plain(slotText(fr, { days: ['We', 'Mo', 'Tu'], dayPart: 'day' }))).toBe('du lundi au mercredi toute la journée');
    expect(plain(slotText(fr, { days: ['Mo', 'We', 'Fr'] }))).toBe('le lundi, le mercredi et le vendredi');
    expect(plain(slotText(fr, { days: ['Mo', 'Tu', 'We', 'Fr'], times: ['14:00+'] }))).toBe('du lundi au mercredi et le vendredi, à partir de 14 h');
    expect(plain(slotText(tIn('en'), { days: ['Mo', 'Tu', 'We'], times: ['08:30-12:30'] }))).toBe('Monday to Wednesday, 8:30–12:30');
  });

  it('several slots one after the other; the same hours on several days said once', () => {
    const gouffern: StopSlot[] = [{ days: ['Mo'], times: ['14:00-17:00'] }, { days: ['We'], times: ['09:00-12:00'] }];
    expect(plain(scheduleText(tIn('fr'), gouffern))).toBe('le lundi, 14 h–17 h ; le mercredi, 9 h–12 h');
    expect(plain(scheduleText(tIn('en'), gouffern))).toBe('on Mondays, 14:00–17:00; on Wednesdays, 9:00–12:00');
    const lorient: StopSlot[] = ['Mo', 'Mo', 'Tu', 'We', 'Th'].map((d) => ({ days: [d as StopSlot['days'][number]], times: ['08:45-11:30', '14:00-16:30'] }));
    expect(mergeSlots(lorient)).toEqual([{ days: ['Mo', 'Tu', 'We', 'Th'], times: ['08:45-11:30', '14:00-16:30'] }]);
    expect(plain(scheduleText(tIn('fr'), lorient))).toBe('du lundi au jeudi, 8 h 45–11 h 30 et 14 h–16 h 30');
  });

  it('a former commune is named after the current one', () => {
    expect(plain(atText(tIn('fr'), { commune: 'Gouffern en Auge', locality: 'Chambois', slots: [{ days: ['Mo'], times: ['14:00-17:00'] }] }))).toBe('à Gouffern en Auge (Chambois) le lundi, 14 h–17 h');
  });

  it('every language has words for every weekday, ordinal, half-day and parity', () => {
    const slots: StopSlot[] = (['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const).flatMap((d, i) => [
      { days: [d], nth: [(i % 5) + 1, -1], weeks: i % 2 ? 'odd' : 'even', dayPart: (['morning', 'afternoon', 'day'] as const)[i % 3] },
    ]);
    for (const lang of LANGS) {
      const text = scheduleText(tIn(lang), slots);
      // A key missing in a language would show as the key itself.
      expect(text, lang).not.toMatch(/stops:|ordinal\.|dayPart\.|weeks\.|day\.|every\./);
    }
  });
});
