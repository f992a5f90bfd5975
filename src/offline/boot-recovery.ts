// Runs before the first render (main.tsx), so nothing of the app is on screen yet when it
// reloads the page (docs/offline.md, "Recovery"):
//  - `?reset`: the device forgets Repère (caches, storage, service worker) and loads it again clean;
//  - a new version left waiting by an earlier visit takes over now, at the start of this one,
//    instead of waiting for every tab to close (a reload alone never lets it in).
// No workbox-window here: this is on the first screen's path and must stay a few hundred bytes.

const TAKE_OVER_KEY = 'repere.sw.takeOver';
/** A version that fails to take over must not make the page reload in a loop. */
const RETRY_AFTER_MS = 60_000;
const TAKE_OVER_TIMEOUT_MS = 3_000;
const SETTLE_MS = 500;

/** True when the page is about to load again: the caller renders nothing. */
export async function recoverAtStart(): Promise<boolean> {
  if (import.meta.env.DEV) return false;
  if (new URLSearchParams(location.search).has('reset')) return resetDevice();
  return takeWaitingVersion();
}

function recentlyTried(): boolean {
  try {
    const last = Number(sessionStorage.getItem(TAKE_OVER_KEY) ?? 0);
    sessionStorage.setItem(TAKE_OVER_KEY, String(Date.now()));
    return Date.now() - last < RETRY_AFTER_MS;
  } catch {
    return true; // storage blocked: no guard against a loop, so never try
  }
}

async function takeWaitingVersion(): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return false;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  const waiting = registration?.waiting;
  if (!waiting || recentlyTried()) return false;
  // Asked while the old version still answers this page's first requests, Chromium 150 left the new
  // one waiting for good (e2e, 2 runs in 3): ask once the page's files have arrived and the requests
  // that follow `load` (the web manifest, the icon) are done. Half a second, only on such a start.
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const controlling = new Promise<boolean>((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
    setTimeout(() => resolve(false), TAKE_OVER_TIMEOUT_MS);
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
  if (!(await controlling)) return false;
  location.reload();
  return true;
}

const deleteDatabase = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve();
    // Blocked by the old worker's open connection: deleted once it stops; do not wait for it.
    request.onblocked = () => resolve();
  });

/**
 * Forgets everything the app stored and loads the same address without `reset`. Only when the
 * server answers: offline, a reset would leave a kiosk with no app at all until the network is back.
 */
async function resetDevice(): Promise<boolean> {
  // The address as it was, less `reset` (URLSearchParams would re-encode the rest: near=49.5%2C3.6).
  const query = location.search.slice(1).split('&').filter((part) => part && part.split('=')[0] !== 'reset');
  const clean = `${location.pathname}${query.length ? `?${query.join('&')}` : ''}${location.hash}`;
  // data/manifest.json has no route in the worker: this asks the network itself.
  const reachable = await fetch(`${import.meta.env.BASE_URL}data/manifest.json`, { cache: 'no-store' }).then(
    (response) => response.ok,
    () => false,
  );
  if (!reachable) {
    history.replaceState(history.state, '', clean);
    return false;
  }
  const registrations = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistrations() : [];
  await Promise.all(registrations.map((r) => r.unregister()));
  if ('caches' in self) await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    /* storage blocked: nothing was kept there */
  }
  const databases = (await indexedDB.databases?.().catch(() => [])) ?? [];
  await Promise.all(databases.flatMap((db) => (db.name ? [deleteDatabase(db.name)] : [])));
  location.replace(clean);
  return true;
}
