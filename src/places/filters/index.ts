import type { AppState } from '../../app/url-state';
import type { Place } from '../../shared/place';
import { freeFilter } from './free';
import { kindFilter } from './kind';
import { mobileFilter } from './mobile';
import { openNowFilter } from './open-now';
import { servicesFilter } from './services';
import { supportFilter } from './support';

export type FilterState = Pick<AppState, 'kinds' | 'services' | 'open' | 'free' | 'support' | 'mobile'>;
/** Answers undefined while the hours library is still loading. */
export type IsOpen = (p: Place) => boolean | undefined;

/** The filters of the URL composed into one predicate. */
export function placeFilter(f: FilterState, isOpen: IsOpen): (p: Place) => boolean {
  const tests: ((p: Place) => boolean)[] = [];
  if (f.kinds.length) tests.push(kindFilter(f.kinds));
  if (f.services.length) tests.push(servicesFilter(f.services));
  if (f.open) tests.push(openNowFilter(isOpen));
  if (f.free) tests.push(freeFilter);
  if (f.support) tests.push(supportFilter);
  if (f.mobile) tests.push(mobileFilter);
  return (p) => tests.every((test) => test(p));
}

export const countMatching = (places: Place[], f: FilterState, isOpen: IsOpen) => {
  const test = placeFilter(f, isOpen);
  return places.reduce((n, p) => n + (test(p) ? 1 : 0), 0);
};
