// What the open data cannot answer, said honestly. After a guided orientation (need= in the URL),
// each thing asked that few records around say (a printer, "no appointment needed", a sign-language
// welcome, opening hours) is named on the results page, and the places that can help in general
// are offered instead: the need's fallback from src/needs/needs.ts, or the nearest places.
import type { AppState } from '../app/url-state';
import { NEED_RULES, type Need } from '../needs/needs';
import { countMatching, NO_FILTERS, type Clock, type FilterState, type IsOpen } from '../places/filters';
import type { Place, Support } from '../shared/place';

/** Under this many places around (the radius of the nearest results), the results say the data is thin. */
export const FEW = 3;

export type Gap =
  | { kind: 'need'; need: Need; count: number }
  | { kind: 'walkin'; count: number }
  | { kind: 'access'; support: Support; count: number }
  /** Only places that publish their hours can be "open now / today / at the weekend". */
  | { kind: 'hours'; count: number };

const hasAll = <T>(list: readonly T[], wanted: readonly T[]) => wanted.every((x) => list.includes(x));

/** The need's own filters are still on (the person may have taken them off in the filters panel). */
export function needFiltersOn(state: AppState): boolean {
  if (!state.need) return false;
  const { kinds, services } = NEED_RULES[state.need].filters;
  return (kinds.length > 0 || services.length > 0) && hasAll(state.kinds, kinds) && hasAll(state.services, services);
}

/**
 * Each filter of the orientation's results that, alone, leaves fewer than FEW of the places around:
 * the data rarely records it here. Nothing without need= (the filters panel shows its counts).
 */
export function dataGaps(pool: Place[], state: AppState, isOpen: IsOpen, clock: Clock): Gap[] {
  if (!state.need) return [];
  const count = (f: Partial<FilterState>) => countMatching(pool, { ...NO_FILTERS, ...f }, isOpen, clock);
  const gaps: Gap[] = [];
  if (needFiltersOn(state)) {
    const n = count(NEED_RULES[state.need].filters);
    if (n < FEW) gaps.push({ kind: 'need', need: state.need, count: n });
  }
  if (state.walkin) {
    const n = count({ walkin: true });
    if (n < FEW) gaps.push({ kind: 'walkin', count: n });
  }
  for (const support of state.access) {
    const n = count({ access: [support] });
    if (n < FEW) gaps.push({ kind: 'access', support, count: n });
  }
  if (state.open || state.today || state.weekend) {
    const n = count({ open: state.open, today: state.today, weekend: state.weekend });
    if (n < FEW) gaps.push({ kind: 'hours', count: n });
  }
  return gaps;
}

/**
 * The search that can help instead: the thin filters taken off (the need's kinds and services give
 * way to its fallback), the rest kept. Hours are kept: someone who must go today is not sent to a
 * place that may be closed. Undefined when nothing can be taken off.
 */
export function fallbackSearch(state: AppState, gaps: Gap[]): AppState | undefined {
  let next = state;
  for (const gap of gaps) {
    if (gap.kind === 'need') {
      const rule = NEED_RULES[gap.need];
      const drop = <T>(list: T[], gone: readonly T[], add: readonly T[] = []) => [...new Set([...list.filter((x) => !gone.includes(x)), ...add])];
      next = {
        ...next,
        kinds: drop(next.kinds, rule.filters.kinds, rule.fallback?.kinds),
        services: drop(next.services, rule.filters.services, rule.fallback?.services),
      };
    } else if (gap.kind === 'walkin') next = { ...next, walkin: false };
    else if (gap.kind === 'access') next = { ...next, access: next.access.filter((s) => s !== gap.support) };
  }
  return next === state ? undefined : { ...next, view: 'list' };
}
