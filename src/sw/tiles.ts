// Map tiles: cache-first, bounded in count and age, purged when the disk is full. Tiles saved
// on purpose ("Enregistrer cette zone", src/map/) live in their own cache, out of reach of
// the count limit and of the purge; tiles merely seen can always be fetched again.
import type { RouteHandlerCallbackOptions, RouteMatchCallbackOptions, WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheFirst } from 'workbox-strategies';
import { CACHE_NAMES } from '../shared/cache-names';
import { isCompleteTile } from './complete-image';

/** Sized for cheap phones: ~1 000 tiles × ~25 KB ≈ 25 MB, about forty screens of map. */
export const TILE_LIMITS = { maxEntries: 1000, maxAgeSeconds: 30 * 24 * 60 * 60 };

const XYZ_PATH = /\/\d{1,2}\/\d+\/\d+(@2x)?\.(png|jpe?g|webp|pbf|mvt)$/;

/** XYZ tile paths, or WMTS key-value requests (Géoplateforme: ?REQUEST=GetTile&TILEMATRIX=…). */
export function isTileRequest({ url, request }: RouteMatchCallbackOptions): boolean {
  if (request.method !== 'GET') return false;
  if (XYZ_PATH.test(url.pathname)) return true;
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === 'request' && value === 'GetTile') return true;
  return false;
}

/**
 * Leaflet's <img> tiles are no-cors requests, whose opaque answers hide the status: a 500 would
 * look like a tile. Asking in CORS mode lets us see it (tile servers send CORS headers).
 */
const corsRequest: WorkboxPlugin = {
  requestWillFetch: async ({ request }) =>
    request.mode === 'no-cors' ? new Request(request.url, { mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer' }) : request,
};

/** Only a 200 whose body arrived whole and is an image; reading a cut body throws, so it is refused too. */
const completeTilesOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200 || response.type === 'opaque') return null;
    try {
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!isCompleteTile(bytes, response.headers.get('Content-Type') ?? '')) return null;
      return new Response(bytes, { status: 200, statusText: response.statusText, headers: response.headers });
    } catch {
      return null;
    }
  },
};

const seenTiles = new CacheFirst({
  cacheName: CACHE_NAMES.tiles,
  plugins: [corsRequest, completeTilesOnly, new ExpirationPlugin({ ...TILE_LIMITS, purgeOnQuotaError: true })],
});

export async function handleTile(options: RouteHandlerCallbackOptions): Promise<Response> {
  const request = options.request as Request;
  const saved = await caches.match(request, { cacheName: CACHE_NAMES.tilesSaved });
  if (saved) return saved;
  const { event } = options;
  try {
    const [response, done] = seenTiles.handleAll({ request, event });
    // A failed write (a full disk: the expiration plugin has purged the cache) must not end as an
    // uncaught rejection in the worker; the tile is shown anyway.
    event.waitUntil(done.catch(() => undefined));
    return await response;
  } catch {
    // A server without CORS: the image is still shown, never cached (it could not be checked).
    return fetch(request);
  }
}
