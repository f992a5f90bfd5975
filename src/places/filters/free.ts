import type { Place } from '../../shared/place';

/** Only places the record says are free; an unknown fee does not count as free. */
export const freeFilter = (p: Place) => p.fees === 'gratuit';
