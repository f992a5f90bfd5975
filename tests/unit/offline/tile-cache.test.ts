// The worker's tile route as configured in src/sw/tiles.ts, run for real (Workbox strategy and
// expiration plugin, fake-indexeddb for its timestamps) against an in-memory Cache API and a
// fake network: the cache of tiles seen holds 1 000 tiles at most, none older than 30 days, and
// is emptied on a quota error while the tiles saved on purpose stay.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { CACHE_NAMES } from '../../../src/shared/cache-names';

class FakeCache {
  entries = new Map<string, Response>();
  constructor(private storage: FakeCacheStorage) {}
  async match(request: RequestInfo) {
    return this.entries.get(urlOf(request))?.clone();
  }
  async put(request: RequestInfo, response: Response) {
    if (this.storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.entries.set(urlOf(request), response);
  }
  async delete(request: RequestInfo) {
    return this.entries.delete(urlOf(request));
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

class FakeCacheStorage {
  full = false;
  caches = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new FakeCache(this));
    return this.caches.get(name)!;
  }
  async has(name: string) {
    return this.caches.has(name);
  }
  async delete(name: string) {
    return this.caches.delete(name);
  }
  async keys() {
    return [...this.caches.keys()];
  }
  async match(request: RequestInfo, options?: { cacheName?: string }) {
    const names = options?.cacheName ? [options.cacheName] : [...this.caches.keys()];
    for (const name of names) {
      const hit = await this.caches.get(name)?.match(request);
      if (hit) return hit;
    }
    return undefined;
  }
}

const urlOf = (r: RequestInfo) => (typeof r === 'string' ? r : r.url);

/** The event the worker would get: the strategy hangs its cache writes on waitUntil. */
class FakeExtendableEvent extends Event {
  pending: Promise<unknown>[] = [];
  waitUntil(promise: Promise<unknown>) {
    this.pending.push(promise);
  }
}
class FakeFetchEvent extends FakeExtendableEvent {}

/** The smallest byte string isCompleteTile takes for a whole PNG: signature, then the IEND chunk. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const DAY = 24 * 60 * 60 * 1000;

const storage = new FakeCacheStorage();
let clock = Date.UTC(2025, 0, 6, 10);
const network = vi.fn(async (request: Request) => {
  void request;
  return new Response(PNG, { headers: { 'Content-Type': 'image/png', Date: new Date(clock).toUTCString() } });
});
// Loaded once the worker's globals are in place (Workbox reads `self` as it loads).
let tiles: typeof import('../../../src/sw/tiles');
let CacheExpiration: typeof import('workbox-expiration').CacheExpiration;

const tile = (x: number) => `https://tiles.example/12/${x}/1400.png`;

/** Asks the worker's route for a tile, as a page would, and waits for its cache writes. */
async function show(url: string): Promise<Response> {
  const event = new FakeFetchEvent('fetch');
  const request = new Request(url);
  const response = await tiles.handleTile({ request, event, url: new URL(url) } as unknown as RouteHandlerCallbackOptions);
  // Writes may add more waitUntil promises while they run.
  for (let seen = 0; seen < event.pending.length; ) {
    const batch = event.pending.slice(seen);
    seen = event.pending.length;
    await Promise.allSettled(batch);
  }
  return response;
}

const seenUrls = async () => [...((await storage.caches.get(CACHE_NAMES.tiles)?.keys()) ?? [])].map((r) => r.url);

beforeAll(async () => {
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
  vi.stubGlobal('self', globalThis);
  vi.stubGlobal('__WB_DISABLE_DEV_LOGS', true);
  vi.stubGlobal('location', new URL('https://repere.example/'));
  vi.stubGlobal('caches', storage);
  vi.stubGlobal('ExtendableEvent', FakeExtendableEvent);
  vi.stubGlobal('FetchEvent', FakeFetchEvent);
  vi.stubGlobal('fetch', network);
  tiles = await import('../../../src/sw/tiles');
  ({ CacheExpiration } = await import('workbox-expiration'));
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('tile cache (src/sw/tiles.ts)', () => {
  // One worker, one story: the steps share the cache, as they would on a phone.
  it('keeps the 1 000 most recently used tiles, then drops tiles older than 30 days, then empties itself on a quota error', async () => {
    expect(tiles.TILE_LIMITS).toEqual({ maxEntries: 1000, maxAgeSeconds: 30 * 24 * 60 * 60 });

    // 1 000 tiles seen one after the other (recorded as the route's plugin records them: seeding
    // through the route itself costs a full scan of the timestamps per tile), then one more
    // through the route: the least recently used is dropped.
    const seen = await storage.open(CACHE_NAMES.tiles);
    const timestamps = new CacheExpiration(CACHE_NAMES.tiles, tiles.TILE_LIMITS);
    for (let x = 0; x < 1000; x++) {
      clock += 1000;
      await seen.put(tile(x), await network(new Request(tile(x))));
      await timestamps.updateTimestamp(tile(x));
    }
    network.mockClear();
    clock += 1000;
    expect((await show(tile(1000))).status).toBe(200);
    expect(network).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await seenUrls()).toHaveLength(1000));
    const kept = await seenUrls();
    expect(kept).not.toContain(tile(0));
    expect(kept).toContain(tile(1));
    expect(kept).toContain(tile(1000));

    // Cache-first: a kept tile is not asked for again.
    const calls = network.mock.calls.length;
    await show(tile(500));
    expect(network.mock.calls.length).toBe(calls);

    // 31 days later, a tile seen back then is fetched again, and the old ones are dropped.
    clock += 31 * DAY;
    await show(tile(500));
    expect(network.mock.calls.length).toBe(calls + 1);
    // (tile 500 itself may go too: Workbox's clean-up runs alongside the new write, and it is fetched again next time.)
    await vi.waitFor(async () => expect((await seenUrls()).filter((url) => url !== tile(500))).toEqual([]));

    // A tile saved on purpose is served from its own cache, which the purge never touches.
    await (await storage.open(CACHE_NAMES.tilesSaved)).put(tile(2000), new Response(PNG));
    await (await storage.open(CACHE_NAMES.data)).put('https://repere.example/data/__repere__/current.json', new Response('{}'));

    // A full disk while storing a new tile: it is still shown, and the seen tiles are purged.
    storage.full = true;
    expect((await show(tile(3000))).status).toBe(200);
    expect(await storage.has(CACHE_NAMES.tiles)).toBe(false);
    expect(await storage.has(CACHE_NAMES.tilesSaved)).toBe(true);
    expect(await storage.has(CACHE_NAMES.data)).toBe(true);
    storage.full = false;
    const before = network.mock.calls.length;
    expect((await show(tile(2000))).status).toBe(200);
    expect(network.mock.calls.length).toBe(before);
  });
});
