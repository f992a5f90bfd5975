// The place index. The page (src/device-data/) is the only writer of the data cache:
// it checks each file against the manifest's sha256 and owns the version pointer. The worker
// only reads it, so any fetch of a kept file is answered from the device.
import type { RouteHandlerCallbackOptions, RouteMatchCallbackOptions } from 'workbox-core/types';
import { CACHE_NAMES } from '../shared/cache-names';

const DATA_DIR = new URL('data/', self.location.href).pathname;

/** Content-hashed files (dep/02.8fade30f6c.json): a name never changes content, so the device copy is always right. */
export const isDataFileRequest = ({ url, sameOrigin }: RouteMatchCallbackOptions) =>
  sameOrigin && url.pathname.startsWith(DATA_DIR) && /\.[0-9a-f]{8,}\.json$/.test(url.pathname);

export async function handleDataFile({ request }: RouteHandlerCallbackOptions): Promise<Response> {
  return (await caches.match(request as Request, { cacheName: CACHE_NAMES.data })) ?? fetch(request as Request);
}
