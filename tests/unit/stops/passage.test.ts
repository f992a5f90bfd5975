// The next passage in words, on the stop's own clock: Paris, the Antilles (UTC−4), Réunion (UTC+4);
// week parity across the turn of the year, "1er et 3e", half-days.
import { beforeAll, describe, expect, it } from 'vitest';
import { passageText, weekParityText } from '../../../src/stops/passage';
import type { StopSlot } from '../../../src/shared/stop';
import { initStopsI18n, plain, tIn } from './helpers';

beforeAll(initStopsI18n);

const fr = () => tIn('fr');
const MACHAULT = { dep: '08', slots: [{ days: ['Tu'], times: ['09:00-12:00', '13:00-16:30'] }] as StopSlot[] };
const next = (stop: { dep: string; slots: StopSlot[] }, iso: string, mobile = true, lang: 'fr' | 'en' | 'gcf' | 'falc' = 'fr') => passageText(tIn(lang), lang, stop, new Date(iso), mobile);

describe('next passage', () => {
  it('Machault, Tuesdays 9–12 and 13–16:30, seen through one week (Paris time, winter: UTC+1)', () => {
    expect(plain(next(MACHAULT, '2026-12-06T10:00:00Z'))).toBe('Prochain passage : mardi 9 h'); // Sunday
    expect(plain(next(MACHAULT, '2026-12-07T10:00:00Z'))).toBe('Prochain passage : demain 9 h'); // Monday
    expect(plain(next(MACHAULT, '2026-12-08T07:30:00Z'))).toBe('Prochain passage : aujourd\'hui 9 h'); // Tuesday 8:30
    expect(plain(next(MACHAULT, '2026-12-08T09:00:00Z'))).toBe('Le bus est là en ce moment, jusqu\'à 12 h'); // 10:00
    expect(plain(next(MACHAULT, '2026-12-08T11:30:00Z'))).toBe('Prochain passage : aujourd\'hui 13 h'); // 12:30
    // Tuesday evening: a week on, said with its date.
    expect(plain(next(MACHAULT, '2026-12-08T17:00:00Z'))).toBe('Prochain passage : mardi 15 décembre 9 h');
    expect(plain(next(MACHAULT, '2026-12-06T10:00:00Z', true, 'en'))).toBe('Next visit: Tuesday 9:00');
    expect(plain(next(MACHAULT, '2026-12-06T10:00:00Z', true, 'gcf'))).toBe('Pwochen pasaj : madi 9 h');
    expect(plain(next(MACHAULT, '2026-12-06T10:00:00Z', true, 'falc'))).toBe('Le bus vient la prochaine fois :\nmardi à 9 heures');
    // A permanence of a multi-site France Services is not a bus.
    expect(plain(next(MACHAULT, '2026-12-06T10:00:00Z', false))).toBe('Prochaine permanence : mardi 9 h');
    expect(plain(next(MACHAULT, '2026-12-08T09:00:00Z', false))).toBe('Permanence en cours, jusqu\'à 12 h');
  });

  it('in Martinique (UTC−4) and Réunion (UTC+4), the stop\'s own day and hour, not the phone\'s', () => {
    const monday8to12 = [{ days: ['Mo'], times: ['08:00-12:00'] }] as StopSlot[];
    // Monday 13:00 UTC: 14:00 in Paris (over there), 9:00 in Fort-de-France (the bus is there).
    expect(plain(next({ dep: '972', slots: monday8to12 }, '2026-12-07T13:00:00Z'))).toBe('Le bus est là en ce moment, jusqu\'à 12 h');
    expect(plain(next({ dep: '75', slots: monday8to12 }, '2026-12-07T13:00:00Z'))).toBe('Prochain passage : lundi 14 décembre 8 h');
    // Sunday 21:00 UTC: still Sunday in Paris, already Monday 1:00 in Saint-Denis.
    expect(plain(next({ dep: '974', slots: monday8to12 }, '2026-12-06T21:00:00Z'))).toBe('Prochain passage : aujourd\'hui 8 h');
    expect(plain(next({ dep: '75', slots: monday8to12 }, '2026-12-06T21:00:00Z'))).toBe('Prochain passage : demain 8 h');
    // Guadeloupe, Friday 23:30 there (Saturday 03:30 UTC): the Saturday morning stop is tomorrow.
    expect(plain(next({ dep: '971', slots: [{ days: ['Sa'], dayPart: 'morning' }] }, '2026-12-12T03:30:00Z'))).toBe('Prochain passage : demain matin');
  });

  it('odd ISO weeks: week 53 of 2026 and week 1 of 2027 are both odd', () => {
    const odd = { dep: '16', slots: [{ days: ['Tu'], weeks: 'odd', times: ['09:00-12:00'] }] as StopSlot[] };
    // Wednesday 2 December (week 49, odd): Tuesday 8 is week 50 (even), so Tuesday 15 (week 51).
    expect(plain(next(odd, '2026-12-02T10:00:00Z'))).toBe('Prochain passage : mardi 15 décembre 9 h');
    // After the Tuesday of week 53 (29 December), the next is Tuesday 5 January (week 1).
    expect(plain(next(odd, '2026-12-29T12:00:00Z'))).toBe('Prochain passage : mardi 5 janvier 9 h');
    const even = { dep: '16', slots: [{ days: ['Tu'], weeks: 'even', times: ['09:00-12:00'] }] as StopSlot[] };
    expect(plain(next(even, '2026-12-02T10:00:00Z'))).toBe('Prochain passage : mardi 9 h');
    expect(plain(weekParityText(fr(), odd, new Date('2026-12-02T10:00:00Z')))).toBe('Cette semaine est une semaine impaire (semaine 49).');
    expect(plain(weekParityText(fr(), even, new Date('2026-12-08T10:00:00Z')))).toBe('Cette semaine est une semaine paire (semaine 50).');
    expect(plain(weekParityText(fr(), MACHAULT, new Date('2026-12-08T10:00:00Z')))).toBeUndefined();
  });

  it('"le 1er et 3e mardi du mois", and the last Friday', () => {
    const firstThird = { dep: '42', slots: [{ days: ['Tu'], nth: [1, 3], times: ['09:00-12:00'] }] as StopSlot[] };
    // December 2026: Tuesdays 1, 8, 15, 22, 29. From the 2nd, the 3rd Tuesday is the 15th.
    expect(plain(next(firstThird, '2026-12-02T10:00:00Z'))).toBe('Prochain passage : mardi 15 décembre 9 h');
    // From the 16th, the 1st Tuesday of January (the 5th), not the 5th Tuesday of December.
    expect(plain(next(firstThird, '2026-12-16T10:00:00Z'))).toBe('Prochain passage : mardi 5 janvier 9 h');
    const last = { dep: '42', slots: [{ days: ['Fr'], nth: [-1], dayPart: 'morning' }] as StopSlot[] };
    expect(plain(next(last, '2026-12-02T10:00:00Z'))).toBe('Prochain passage : vendredi 25 décembre matin');
    expect(plain(next(last, '2026-12-25T07:00:00Z'))).toBe('Prochain passage : ce matin');
  });

  it('half-days: "ce matin" until 12:30, then the next one', () => {
    const tuesdayMorning = { dep: '08', slots: [{ days: ['Tu', 'Th'], dayPart: 'morning' }] as StopSlot[] };
    expect(plain(next(tuesdayMorning, '2026-12-08T08:00:00Z'))).toBe('Prochain passage : ce matin');
    expect(plain(next(tuesdayMorning, '2026-12-08T12:00:00Z'))).toBe('Prochain passage : jeudi matin');
    expect(plain(next(tuesdayMorning, '2026-12-08T12:00:00Z', true, 'en'))).toBe('Next visit: Thursday morning');
  });
});
