/// <reference lib="webworker" />
// Repère's service worker. One listener per event; every caching rule lives in this folder
// (shell.ts: the app shell, in stages; data.ts: the place index; tiles.ts: map tiles; recovery.ts:
// eviction and fix releases). A new version waits until the page asks it to take over ("Nouvelle
// version disponible", or at the next start: src/offline/boot-recovery.ts), unless it is a fix
// release built to take over at once.
import { NavigationRoute, Route, Router } from 'workbox-routing';
import { CACHE_NAMES } from '../shared/cache-names';
import { handleDataFile, isDataFileRequest } from './data';
import { navigationHandler, NETWORK_ONLY_NAVIGATIONS, reloadWindows, TAKE_OVER_AT_ONCE } from './recovery';
import { shellOf, type ShellEntry } from './shell';
import { handleTile, isTileRequest } from './tiles';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ShellEntry[] };

const shell = shellOf(self.__WB_MANIFEST);

const router = new Router();
router.registerRoute(
  new Route(
    ({ url }) => shell.entryFor(url) !== undefined,
    ({ url, request, event }) => shell.respond(shell.entryFor(url)!, request as Request, event as ExtendableEvent),
  ),
);
// Any address inside the app opens the kept shell: the offline start page is the app itself.
router.registerRoute(new NavigationRoute(navigationHandler(shell), { denylist: NETWORK_ONLY_NAVIGATIONS }));
router.registerRoute(new Route(isDataFileRequest, handleDataFile));
router.registerRoute(new Route(isTileRequest, handleTile));

/** Caches this version knows; any other (an older build's shell, a renamed cache) is deleted on activate. */
const KNOWN_CACHES = new Set<string>([CACHE_NAMES.tiles, CACHE_NAMES.tilesSaved, CACHE_NAMES.data, shell.cacheName]);

async function deleteUnknownCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => !KNOWN_CACHES.has(name)).map((name) => caches.delete(name)));
}

/** Whether this worker replaces another (the first visit's page needs no reload). */
let replacing = false;

self.addEventListener('install', (event) => {
  replacing = self.registration.active !== null;
  event.waitUntil(shell.install().then(() => (TAKE_OVER_AT_ONCE ? self.skipWaiting() : undefined)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await deleteUnknownCaches();
      await shell.adopt();
      // The first visit's page is controlled at once, so the tiles it shows are cached.
      await self.clients.claim();
      // A fix release: pages still running the version it replaces start again on this one. Not
      // awaited: their navigations wait for this activation to end, which would then never end.
      if (TAKE_OVER_AT_ONCE && replacing) void reloadWindows();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const response = router.handleRequest({ request: event.request, event });
  if (response) event.respondWith(response);
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // What the page loaded before this worker controlled it (lazy chunks of its first screen).
  if (event.data?.type === 'KEEP_LOADED' && Array.isArray(event.data.paths)) event.waitUntil(shell.keepLoaded(event.data.paths as string[]));
  // The page's link is free: the rest of the shell (map, basemap, other languages, hours library).
  if (event.data?.type === 'WARM_SHELL') event.waitUntil(shell.warm());
});
