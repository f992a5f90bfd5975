import type { Place, Support } from '../../shared/place';

/** Every chosen specific support (surdité, déficience visuelle…) must be offered. */
export const accessFilter = (supports: readonly Support[]) => (p: Place) => supports.every((s) => p.support?.includes(s) === true);
