// Every cache has a name and a version; the service worker deletes unknown ones on activate.
// Shared by the page (data store, area download) and the worker (routes).
export const CACHE_NAMES = {
  /** Tiles the map has shown: bounded in count and age, purged on quota errors (src/sw/tiles.ts). */
  tiles: 'repere-tiles-v1',
  /** Tiles saved on purpose ("Enregistrer cette zone"): kept until the user deletes them; read first by the worker. */
  tilesSaved: 'repere-tiles-saved-v1',
  /** Place index files, the version pointer and the stored areas (src/device-data/cache.ts). */
  data: 'repere-data-v1',
  /** The app shell of one build (src/sw/shell.ts): this prefix and the build's hash; older builds' are deleted on activate. */
  shellPrefix: 'repere-shell-',
} as const;
