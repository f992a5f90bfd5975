import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, type AppState } from '../../../src/app/url-state';
import { dataGaps, fallbackSearch, FEW, needFiltersOn } from '../../../src/orientation/gaps';
import { isOpenDuring } from '../../../src/places/hours';
import type { Place } from '../../../src/shared/place';
import { place } from '../finder/fixtures';

const clock = { now: new Date('2024-07-03T08:00:00Z'), openDuring: (p: Place, from: Date, to: Date) => isOpenDuring(OpeningHours, p, from, to) };
const isOpen = () => false;
const pool = (n: number, extra: Partial<Place>) => Array.from({ length: n }, (_, i) => place(`${Object.keys(extra).join('')}${i}`, 0, 0, extra));
const printers = pool(2, { services: ['printing'] });
const libraries = pool(10, { kind: 'mediatheque', services: ['wifi'] });
const around = [...printers, ...libraries];
const state = (s: Partial<AppState>): AppState => ({ ...EMPTY_STATE, commune: '02408', ...s });

describe('what the data cannot answer', () => {
  it('says nothing without need= (the filters panel shows its counts)', () => {
    expect(dataGaps(around, state({ services: ['printing'] }), isOpen, clock)).toEqual([]);
  });

  it('a need whose filters leave fewer than FEW places around is a gap, with its count', () => {
    expect(FEW).toBe(3);
    expect(dataGaps(around, state({ need: 'imprimer', services: ['printing'] }), isOpen, clock)).toEqual([{ kind: 'need', need: 'imprimer', count: 2 }]);
    const more = [...around, ...pool(1, { kind: 'france-services', services: ['printing'] })];
    expect(dataGaps(more, state({ need: 'imprimer', services: ['printing'] }), isOpen, clock)).toEqual([]);
    // A need with no filters ("autre") or whose filters were taken off is no gap.
    expect(dataGaps(around, state({ need: 'autre' }), isOpen, clock)).toEqual([]);
    expect(needFiltersOn(state({ need: 'imprimer' }))).toBe(false);
    expect(dataGaps(around, state({ need: 'imprimer' }), isOpen, clock)).toEqual([]);
  });

  it('no appointment, a specific support and opening hours are gaps when few records say them', () => {
    const withSupport = [...around, ...pool(3, { support: ['surdite'] })];
    const gaps = dataGaps(withSupport, state({ need: 'autre', walkin: true, access: ['surdite', 'handicap-moteur'], weekend: true }), isOpen, clock);
    expect(gaps).toEqual([
      { kind: 'walkin', count: 0 },
      { kind: 'access', support: 'handicap-moteur', count: 0 },
      { kind: 'hours', count: 0 },
    ]);
    const openSaturday = pool(3, { hours: 'Sa 09:00-12:00' });
    expect(dataGaps([...around, ...openSaturday], state({ need: 'autre', weekend: true }), isOpen, clock)).toEqual([]);
  });
});

describe('the places that can help instead', () => {
  it('swaps the need filters for its fallback and keeps the other answers', () => {
    const s = state({ need: 'imprimer', services: ['printing'], today: true, free: true });
    const gaps = dataGaps(around, s, isOpen, clock);
    expect(fallbackSearch(s, gaps)).toMatchObject({ kinds: ['france-services'], services: [], today: true, free: true, need: 'imprimer', commune: '02408' });
  });

  it('a need without a fallback rule falls back to the nearest places in general', () => {
    const s = state({ need: 'ordinateur', kinds: ['mediatheque', 'mediation', 'france-services'] });
    const few = pool(2, { kind: 'mediation' });
    const gaps = dataGaps(few, s, isOpen, clock);
    expect(gaps).toEqual([{ kind: 'need', need: 'ordinateur', count: 2 }]);
    expect(fallbackSearch(s, gaps)).toMatchObject({ kinds: [], services: [] });
  });

  it('takes off only the thin filters; hours are said but kept', () => {
    const s = state({ need: 'autre', walkin: true, access: ['surdite', 'illettrisme'], open: true });
    const withSupport = [...around, ...pool(3, { support: ['surdite'] })];
    const gaps = dataGaps(withSupport, s, isOpen, clock);
    expect(fallbackSearch(s, gaps)).toMatchObject({ walkin: false, access: ['surdite'], open: true });
    expect(fallbackSearch(state({ need: 'autre', open: true }), [{ kind: 'hours', count: 0 }])).toBeUndefined();
    expect(fallbackSearch(s, [])).toBeUndefined();
  });
});
