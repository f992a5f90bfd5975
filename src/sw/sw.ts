/// <reference lib="webworker" />
// Repère's service worker. One listener per event; every caching rule lives in this folder
// (data.ts: the place index, tiles.ts: map tiles, recovery.ts: eviction and fix releases); the app
// shell is precached from the build's list. A new version waits until the page asks it to take
// over ("Nouvelle version disponible", or at the next start: src/offline/boot-recovery.ts), unless
// it is a fix release built to take over at once.
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, Route, Router } from 'workbox-routing';
import { CACHE_NAMES } from '../shared/cache-names';
import { handleDataFile, isDataFileRequest } from './data';
import { navigationHandler, NETWORK_ONLY_NAVIGATIONS, reloadWindows, TAKE_OVER_AT_ONCE } from './recovery';
import { handleTile, isTileRequest } from './tiles';

declare const self: ServiceWorkerGlobalScope;

/** The embed's page and the paths it answers (deploy/policy.ts EMBED_PREFIX). */
const EMBED_PAGE = 'embed/index.html';
const EMBED_NAVIGATION = /^\/embed\//;

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);

const router = new Router();
router.registerRoute(new PrecacheRoute(precache));
// The embed route (/embed/?…, framed by partners' sites) opens its own precached page: a visitor
// who saw it once sees it offline. Its code is in the precache like the app's (vite.config.ts).
router.registerRoute(new NavigationRoute(navigationHandler(precache, EMBED_PAGE), { allowlist: [EMBED_NAVIGATION] }));
// Any other address inside the app opens the precached shell: the offline start page is the app itself.
router.registerRoute(new NavigationRoute(navigationHandler(precache), { denylist: NETWORK_ONLY_NAVIGATIONS }));
router.registerRoute(new Route(isDataFileRequest, handleDataFile));
router.registerRoute(new Route(isTileRequest, handleTile));

/** Caches this version knows; any other (an older name, a renamed cache) is deleted on activate. */
const KNOWN_CACHES = new Set<string>([...Object.values(CACHE_NAMES), precache.strategy.cacheName]);

async function deleteUnknownCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => !KNOWN_CACHES.has(name)).map((name) => caches.delete(name)));
}

/** Whether this worker replaces another (the first visit's page needs no reload). */
let replacing = false;

self.addEventListener('install', (event) => {
  replacing = self.registration.active !== null;
  event.waitUntil(precache.install(event).then(() => (TAKE_OVER_AT_ONCE ? self.skipWaiting() : undefined)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await precache.activate(event);
      await deleteUnknownCaches();
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
});
