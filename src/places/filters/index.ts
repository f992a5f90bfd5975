import type { AppState } from '../../app/url-state';
import type { Place } from '../../shared/place';
import { accessFilter } from './access';
import { freeFilter } from './free';
import { kindFilter } from './kind';
import { mobileFilter } from './mobile';
import { openNowFilter } from './open-now';
import { openTodayFilter } from './open-today';
import { openWeekendFilter } from './open-weekend';
import { servicesFilter } from './services';
import { supportFilter } from './support';
import { walkInFilter } from './walk-in';

export type FilterState = Pick<AppState, 'kinds' | 'services' | 'open' | 'free' | 'support' | 'mobile' | 'access' | 'today' | 'weekend' | 'walkin'>;
/** Answers undefined while the hours library is still loading. */
export type IsOpen = (p: Place) => boolean | undefined;
/**
 * Is the place open at some time in [from, to)? Dates are wall-clock times of the place (see
 * wallClock in ../hours); undefined while the hours are not ready.
 */
export type IsOpenDuring = (p: Place, from: Date, to: Date) => boolean | undefined;
/** What "open today" and "open at the weekend" need: the search's own instant and the hours' answer. */
export interface Clock {
  now: Date;
  openDuring: IsOpenDuring;
}

/** Every filter off (the origin, the need and the settings are not filters). */
export const NO_FILTERS: FilterState = { kinds: [], services: [], open: false, today: false, weekend: false, free: false, support: false, access: [], walkin: false, mobile: false };

const UNKNOWN_HOURS: Clock = { now: new Date(0), openDuring: () => undefined };

/** The filters of the URL composed into one predicate. */
export function placeFilter(f: FilterState, isOpen: IsOpen, clock: Clock = UNKNOWN_HOURS): (p: Place) => boolean {
  const tests: ((p: Place) => boolean)[] = [];
  if (f.kinds.length) tests.push(kindFilter(f.kinds));
  if (f.services.length) tests.push(servicesFilter(f.services));
  if (f.open) tests.push(openNowFilter(isOpen));
  if (f.today) tests.push(openTodayFilter(clock.openDuring, clock.now));
  if (f.weekend) tests.push(openWeekendFilter(clock.openDuring, clock.now));
  if (f.free) tests.push(freeFilter);
  if (f.support) tests.push(supportFilter);
  if (f.access.length) tests.push(accessFilter(f.access));
  if (f.walkin) tests.push(walkInFilter);
  if (f.mobile) tests.push(mobileFilter);
  return (p) => tests.every((test) => test(p));
}

export const countMatching = (places: Place[], f: FilterState, isOpen: IsOpen, clock?: Clock) => {
  const test = placeFilter(f, isOpen, clock);
  return places.reduce((n, p) => n + (test(p) ? 1 : 0), 0);
};
