// The only caller of workbox-window. Called once after the first render, and loaded lazily, so
// registering the worker never delays the first screen.
import { offerReload, pendingReload } from './reload-offer';

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  // A new version waits (never takes over a page in use) until the user chooses to reload, the
  // app starts again (boot-recovery.ts), or, on a kiosk, until its next reset (applyWaitingUpdate).
  wb.addEventListener('waiting', () =>
    offerReload(() => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    }),
  );
  try {
    await wb.register();
    checkForUpdates(() => void wb.update().catch(() => undefined));
  } catch {
    // Blocked by policy or a test harness, private browsing, refused: registration may reject, or
    // resolve to nothing and make workbox-window read `.waiting` of undefined. Either way the app
    // simply works online without a worker; nothing for the user to do.
  }
}

/** The browser looks for a new worker only on navigations; a page left open for days must ask. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

function checkForUpdates(check: () => void) {
  setInterval(check, UPDATE_CHECK_MS);
  addEventListener('online', check);
  let last = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - last < 60_000) return;
    last = Date.now();
    check();
  });
}

/**
 * For the kiosk's reset, where nobody is asked: tells the waiting version to take over; the page
 * reloads itself once it does. Returns false when no new version waits (the caller resets as usual).
 */
export function applyWaitingUpdate(): boolean {
  const apply = pendingReload();
  apply?.();
  return apply !== undefined;
}
