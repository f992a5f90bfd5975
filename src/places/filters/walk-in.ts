import type { Place } from '../../shared/place';

/**
 * No appointment needed: only where the record says one can just come in (schema
 * `modalites_acces` "Se présenter"). An unknown access mode does not count, nor does a booking link.
 */
export const walkInFilter = (p: Place) => p.access?.includes('se-presenter') === true;
