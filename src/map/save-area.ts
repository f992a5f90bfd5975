// "Enregistrer cette zone": puts the tiles of an area into the saved-tiles cache, which the
// service worker reads before anything else and never trims (src/sw/tiles.ts). Only sources whose terms allow bulk download may call this
// (TileSource.allowBulkDownload, checked by the UI and again here).
import { CACHE_NAMES } from '../shared/cache-names';
import { isCompleteTile } from '../sw/complete-image';
import { tilesInBBox, tileUrl, type BBox, type DownloadPlan } from './tile-math';
import type { TileSource } from './tile-sources';
import { isQuotaError } from '../shared/quota';

/** Largest area download, in tiles: ~40 MB of Plan IGN, and a few minutes on a slow line. */
export const TILE_CAP = 1500;
/** Parallel requests: enough to fill a slow line without hammering the provider. */
const CONCURRENCY = 4;

export interface SaveProgress {
  /** Tiles handled so far (saved, already there, or failed). */
  done: number;
  total: number;
  saved: number;
  /** Already in the cache: not downloaded again. */
  kept: number;
  failed: number;
}

export interface SaveResult extends SaveProgress {
  /** quota: the device is full; everything saved before stays. */
  status: 'complete' | 'cancelled' | 'quota';
}

export interface SaveOptions {
  signal?: AbortSignal;
  onProgress?: (progress: SaveProgress) => void;
  /** Injected in unit tests; the browser's fetch and Cache API otherwise. */
  fetchTile?: (url: string, signal?: AbortSignal) => Promise<Response>;
  openCache?: () => Promise<Pick<Cache, 'match' | 'put'>>;
}

/** Every tile URL of a download plan, lowest zoom first (the most useful tiles come first). */
export function planUrls(source: TileSource, bbox: BBox, plan: DownloadPlan): string[] {
  return plan.zooms.flatMap((z) => tilesInBBox(bbox, z).map((t) => tileUrl(source.url, t)));
}

/**
 * A tile is stored only when it is certainly whole: HTTP 200, an image type, a body that could be
 * read to the end, as long as announced, and passing the worker's own check of the image's bytes
 * (a cut PNG sent without Content-Length). Anything else would be served later as if it were good.
 */
export async function completeTile(response: Response): Promise<ArrayBuffer | null> {
  if (response.status !== 200) return null;
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.startsWith('image/')) return null;
  const body = await response.arrayBuffer(); // throws if the connection is cut mid-body
  const announced = response.headers.get('Content-Length');
  if (announced !== null && Number(announced) !== body.byteLength) return null;
  return isCompleteTile(new Uint8Array(body), type) ? body : null;
}

export async function saveTiles(urls: string[], options: SaveOptions = {}): Promise<SaveResult> {
  const fetchTile = options.fetchTile ?? ((url, signal) => fetch(url, { signal, mode: 'cors', credentials: 'omit' }));
  const cache = await (options.openCache ?? (() => caches.open(CACHE_NAMES.tilesSaved)))();
  const progress: SaveProgress = { done: 0, total: urls.length, saved: 0, kept: 0, failed: 0 };
  let status: SaveResult['status'] = 'complete';
  let next = 0;

  const stopped = () => status !== 'complete' || options.signal?.aborted;

  async function saveOne(url: string) {
    if (await cache.match(url)) {
      progress.kept++;
      return;
    }
    let body: ArrayBuffer | null = null;
    let type = '';
    try {
      const response = await fetchTile(url, options.signal);
      type = response.headers.get('Content-Type') ?? '';
      body = await completeTile(response);
    } catch {
      body = null; // offline, cut, aborted: counted as failed, nothing stored
    }
    if (!body || options.signal?.aborted) {
      progress.failed++;
      return;
    }
    try {
      // A fresh Response holds only what the worker needs: no Vary or cookies tied to the request.
      await cache.put(url, new Response(body, { status: 200, headers: { 'Content-Type': type } }));
      progress.saved++;
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      status = 'quota';
      progress.failed++;
    }
  }

  async function worker() {
    while (!stopped() && next < urls.length) {
      await saveOne(urls[next++]);
      progress.done++;
      options.onProgress?.({ ...progress });
    }
  }

  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, urls.length) }, worker));
  if (status === 'complete' && options.signal?.aborted) status = 'cancelled';
  return { ...progress, status };
}

/** Saves the tiles of a plan, refusing any source whose terms forbid bulk download. */
export function saveArea(source: TileSource, bbox: BBox, plan: DownloadPlan, options?: SaveOptions): Promise<SaveResult> {
  if (!source.allowBulkDownload) return Promise.reject(new Error(`bulk download not allowed for ${source.id}`));
  return saveTiles(planUrls(source, bbox, plan), options);
}

/** Asks the browser to keep what the user saved (best effort: some browsers decide themselves). */
export async function askPersistentStorage(): Promise<void> {
  try {
    await navigator.storage?.persist?.();
  } catch {
    // not granted or not supported: the tiles are still saved, only evictable
  }
}
