import { keepSettings } from '../app/navigation';
import type { AppState } from '../app/url-state';

/** A shared list holds 20 places at most (the URL contract's `places=`). */
export const LIST_MAX = 20;

/**
 * The address of a hand-picked list: the ids, the need if there is one, and the origin of the
 * search it came from (the receiving phone looks in the départements nearest to it first and
 * shows the distances from it).
 */
export const listState = (from: AppState, ids: string[], origin?: { near?: AppState['near']; commune?: string }): AppState => ({
  ...keepSettings(from),
  places: ids.slice(0, LIST_MAX),
  need: from.need,
  near: origin ? origin.near : from.near,
  commune: origin ? origin.commune : from.commune,
});
