import type { Place } from '../../shared/place';

/** Some accessibility support (surdité, handicap, illettrisme, langues, déficience visuelle). */
export const supportFilter = (p: Place) => (p.support?.length ?? 0) > 0;
