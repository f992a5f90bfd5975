// The only caller of workbox-window. Called once after the first render, and loaded lazily; the
// worker registers once the first screen has its answer (or the page sits idle), so its script
// never shares a weak link with the first screen's data.
import { answeredOrIdle, backgroundTurn, bulkAllowed, whenQuiet } from '../device-data';
import { offerReload, pendingReload } from './reload-offer';

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  await answeredOrIdle(4000);
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
  // Best effort: a browser that blocks workers, or a page closed meanwhile, simply keeps less.
  void keepWhatWasLoaded().catch(() => undefined);
  void warmShellLater().catch(() => undefined);
}

/**
 * The first visit's page loads its lazy chunks while the worker installs: once the worker
 * controls the page, it is told which files the page already has (it takes them from the HTTP
 * cache), so the next offline visit finds them.
 */
async function keepWhatWasLoaded() {
  const registration = await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  const paths = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((url) => url.origin === location.origin)
    .map((url) => url.pathname);
  registration.active?.postMessage({ type: 'KEEP_LOADED', paths });
}

/**
 * The worker keeps at install only what the next offline visit needs; the rest of the app (map,
 * basemap, other languages, hours library) is asked for once the background's turn has come and
 * its first downloads (the gazetteer) are done, on a link that allows it.
 */
async function warmShellLater() {
  await backgroundTurn();
  await whenQuiet(3000);
  if (!bulkAllowed()) return;
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: 'WARM_SHELL' });
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
