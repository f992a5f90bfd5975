import type { Place } from '../../shared/place';

/** Buses, bibliobus and itinerant services only. */
export const mobileFilter = (p: Place) => p.mobile === true;
