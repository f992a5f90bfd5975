// Every cache has a name and a version; the service worker deletes unknown ones on activate.
// Shared by the page (area download) and the worker (routes).
export const CACHE_NAMES = {
  tiles: 'repere-tiles-v1',
  data: 'repere-data-v1',
  basemap: 'repere-basemap-v1',
} as const;
