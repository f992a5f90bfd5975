import type { Place } from '../../shared/place';

/** Open right now in the place's own time zone; places without usable hours are left out. */
export const openNowFilter = (isOpen: (p: Place) => boolean | undefined) => (p: Place) => isOpen(p) === true;
