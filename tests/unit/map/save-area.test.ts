import { describe, expect, it } from 'vitest';
import { completeTile, saveArea, saveTiles } from '../../../src/map/save-area';
import { planDownload, countTiles, type BBox } from '../../../src/map/tile-math';
import { OSM_STANDARD, testTileSource } from '../../../src/map/tile-sources';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
const png = (init: ResponseInit = {}) =>
  new Response(PNG, { status: 200, headers: { 'Content-Type': 'image/png', 'Content-Length': String(PNG.length) }, ...init });

/** An in-memory Cache with an optional byte quota. */
function memoryCache(quotaEntries = Infinity) {
  const entries = new Map<string, Response>();
  return {
    entries,
    open: async () => ({
      match: async (url: RequestInfo | URL) => entries.get(String(url)),
      put: async (url: RequestInfo | URL, response: Response) => {
        if (entries.size >= quotaEntries) throw new DOMException('full', 'QuotaExceededError');
        entries.set(String(url), response);
      },
    }),
  };
}

const urls = (n: number) => Array.from({ length: n }, (_, i) => `http://127.0.0.1:4180/12/${i}/0.png`);

describe('completeTile', () => {
  it('accepts a whole image', async () => {
    expect((await completeTile(png()))!.byteLength).toBe(PNG.length);
  });

  it('refuses errors, non-images, empty and short bodies', async () => {
    expect(await completeTile(new Response('err', { status: 500, headers: { 'Content-Type': 'image/png' } }))).toBeNull();
    expect(await completeTile(new Response(PNG, { status: 200, headers: { 'Content-Type': 'text/html' } }))).toBeNull();
    expect(await completeTile(new Response(new Uint8Array(0), { status: 200, headers: { 'Content-Type': 'image/png' } }))).toBeNull();
    const short = new Response(PNG.slice(0, 4), { status: 200, headers: { 'Content-Type': 'image/png', 'Content-Length': '8' } });
    expect(await completeTile(short)).toBeNull();
    expect(await completeTile(new Response(null, { status: 204 }))).toBeNull();
  });

  it('refuses a PNG cut before its end when no length was announced (the worker\'s check of seen tiles)', async () => {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const iend = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
    const whole = new Uint8Array([...signature, 1, 2, 3, ...iend]);
    const tile = (bytes: Uint8Array<ArrayBuffer>) => new Response(bytes, { status: 200, headers: { 'Content-Type': 'image/png' } });
    expect((await completeTile(tile(whole)))!.byteLength).toBe(whole.length);
    expect(await completeTile(tile(whole.slice(0, 11)))).toBeNull();
  });
});

describe('saveTiles', () => {
  it('stores every good tile and reports progress up to the total', async () => {
    const cache = memoryCache();
    const seen: number[] = [];
    const result = await saveTiles(urls(10), { fetchTile: async () => png(), openCache: cache.open, onProgress: (p) => seen.push(p.done) });
    expect(result).toMatchObject({ status: 'complete', total: 10, done: 10, saved: 10, failed: 0, kept: 0 });
    expect(cache.entries.size).toBe(10);
    expect(seen.at(-1)).toBe(10);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const stored = cache.entries.get(urls(10)[3])!;
    expect(stored.headers.get('Content-Type')).toBe('image/png');
    expect(new Uint8Array(await stored.arrayBuffer())).toEqual(PNG);
  });

  it('stores nothing bad: server errors, wrong types, cut connections count as failed', async () => {
    const cache = memoryCache();
    let i = 0;
    const result = await saveTiles(urls(4), {
      openCache: cache.open,
      fetchTile: async () => {
        switch (i++ % 4) {
          case 0:
            return new Response('no', { status: 500 });
          case 1:
            return new Response('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
          case 2:
            throw new TypeError('Failed to fetch');
          default:
            return new Response(new ReadableStream({ pull: (c) => c.error(new TypeError('network error')) }), {
              status: 200,
              headers: { 'Content-Type': 'image/png' },
            });
        }
      },
    });
    expect(result).toMatchObject({ status: 'complete', saved: 0, failed: 4, done: 4 });
    expect(cache.entries.size).toBe(0);
  });

  it('does not download tiles already saved', async () => {
    const cache = memoryCache();
    await saveTiles(urls(3), { fetchTile: async () => png(), openCache: cache.open });
    let fetched = 0;
    const result = await saveTiles(urls(5), { fetchTile: async () => (fetched++, png()), openCache: cache.open });
    expect(fetched).toBe(2);
    expect(result).toMatchObject({ kept: 3, saved: 2, done: 5 });
  });

  it('stops on a quota error and keeps what was saved', async () => {
    const cache = memoryCache(6);
    const result = await saveTiles(urls(20), { fetchTile: async () => png(), openCache: cache.open });
    expect(result.status).toBe('quota');
    expect(result.saved).toBe(6);
    expect(cache.entries.size).toBe(6);
    expect(result.done).toBeLessThan(20);
  });

  it('stops when cancelled and keeps what was saved', async () => {
    const cache = memoryCache();
    const controller = new AbortController();
    const result = await saveTiles(urls(100), {
      openCache: cache.open,
      signal: controller.signal,
      fetchTile: async () => png(),
      onProgress: (p) => p.done === 10 && controller.abort(),
    });
    expect(result.status).toBe('cancelled');
    expect(result.done).toBeLessThan(20);
    expect(cache.entries.size).toBe(result.saved);
    expect(result.saved).toBeGreaterThanOrEqual(10);
  });
});

describe('saveArea', () => {
  const area: BBox = [3.6, 49.55, 3.64, 49.58];

  it('downloads the tiles of the plan from the source', async () => {
    const cache = memoryCache();
    const requested: string[] = [];
    const plan = planDownload(area, 13, 15, 19, 1500);
    const result = await saveArea(testTileSource('http://127.0.0.1:4180/{z}/{x}/{y}.png'), area, plan, {
      openCache: cache.open,
      fetchTile: async (url) => (requested.push(url), png()),
    });
    expect(result.total).toBe(countTiles(area, 13) + countTiles(area, 14) + countTiles(area, 15));
    expect(requested.every((u) => /^http:\/\/127\.0\.0\.1:4180\/1[345]\/\d+\/\d+\.png$/.test(u))).toBe(true);
    expect(new Set(requested).size).toBe(result.total);
  });

  it("refuses a source whose terms forbid bulk download (OpenStreetMap's servers)", async () => {
    let fetched = 0;
    const plan = planDownload(area, 13, 15, 19, 1500);
    await expect(saveArea(OSM_STANDARD, area, plan, { fetchTile: async () => (fetched++, png()), openCache: memoryCache().open })).rejects.toThrow();
    expect(fetched).toBe(0);
  });
});
