import { keepSettings } from '../app/navigation';
import type { AppState } from '../app/url-state';

/** The sheet holds 3 places at most: what fits a folded A6 quarter and one person's next steps. */
export const REFERRAL_MAX = 3;

/**
 * The referral sheet's address: places, need and where the search was made from, never anything
 * typed about the person (first name, notes live in memory only, see ReferralPage).
 */
export const referralState = (from: AppState, ids: string[]): AppState => ({
  ...keepSettings(from),
  page: 'fiche',
  places: ids.slice(0, REFERRAL_MAX),
  need: from.need,
  near: from.near,
  commune: from.commune,
});

/** Set when the sheet is opened from a screen of the app, so "Fermer la fiche" can simply go back to it. */
let openedInApp = false;
export const markOpenedInApp = () => (openedInApp = true);
export const wasOpenedInApp = () => openedInApp;
