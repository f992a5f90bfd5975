/// <reference lib="webworker" />
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope;

// Minimal worker: precache the app shell. Offline rules are added in src/sw/.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
