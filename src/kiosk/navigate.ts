import { serializeState, type AppState } from '../app/url-state';

/**
 * Moves the app to `state` as a new history entry. useUrlState listens to popstate, so
 * firing one makes the app read the new URL without the kiosk owning the router.
 */
export function goTo(state: AppState) {
  history.pushState(null, '', `${location.pathname}${serializeState(state)}`);
  dispatchEvent(new PopStateEvent('popstate'));
}
