import type { Kind, Place } from '../../shared/place';

/** No kind chosen means every kind. */
export const kindFilter = (kinds: readonly Kind[]) => (p: Place) => kinds.length === 0 || kinds.includes(p.kind);
