import { serializeState, type AppState } from '../app/url-state';

/**
 * Moves the app to `state` as a new history entry. useUrlState listens to popstate, so
 * firing one makes the app read the new URL without the kiosk owning the router.
 */
export function goTo(state: AppState, { replace = false } = {}) {
  const url = `${location.pathname}${serializeState(state)}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  dispatchEvent(new PopStateEvent('popstate'));
}
