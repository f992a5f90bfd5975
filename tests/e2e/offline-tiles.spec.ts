// The worker's tile cache: cache-first, and never a failed or cut response kept as a tile.
// A private tile server, so switching it to fail/truncate cannot disturb other specs.
import { expect, test, type Page } from '@playwright/test';
import { startTileServer } from './offline-server.mjs';
import { cachedPaths, waitForWorker } from './offline-helpers';

test.use({ serviceWorkers: 'allow' });

/** Loads a tile as Leaflet does (a no-cors <img>); resolves to its width, 0 if it failed. */
const loadTile = (page: Page, src: string) =>
  page.evaluate(
    (url) =>
      new Promise<number>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(img.naturalWidth);
        img.onerror = () => resolve(0);
        img.src = url;
      }),
    src,
  );

test('only whole tiles are cached, and they are served with no network', async ({ page, context }) => {
  const tiles = await startTileServer();
  try {
    await page.goto('/');
    await waitForWorker(page);
    const tile = (y: number) => `${tiles.origin}/12/2100/${y}.png`;

    await tiles.mode('fail');
    expect(await loadTile(page, tile(1))).toBe(0);
    await tiles.mode('truncate');
    await loadTile(page, tile(2)); // a browser may paint half a PNG: what matters is the cache
    await tiles.mode('ok');
    expect(await loadTile(page, tile(3))).toBe(256);

    await expect.poll(() => cachedPaths(page, 'repere-tiles-v1')).toEqual(['/12/2100/3.png']);

    // Cache-first: a second view of the good tile does not reach the server.
    const before = (await tiles.stats()).byPath['/12/2100/3.png'];
    expect(await loadTile(page, `${tile(3)}`)).toBe(256);
    expect((await tiles.stats()).byPath['/12/2100/3.png']).toBe(before);

    // A tile saved on purpose (the map's "Enregistrer cette zone" writes this cache) is served too.
    await page.evaluate(
      async ([seen, saved]) => {
        const body = await (await (await caches.open('repere-tiles-v1')).match(seen))!.blob();
        await (await caches.open('repere-tiles-saved-v1')).put(saved, new Response(body, { headers: { 'Content-Type': 'image/png' } }));
      },
      [tile(3), tile(5)],
    );

    await context.setOffline(true);
    expect(await loadTile(page, tile(5))).toBe(256);
    expect(await loadTile(page, tile(3))).toBe(256);
    expect(await loadTile(page, tile(1))).toBe(0);
    expect(await loadTile(page, tile(2))).toBe(0);
    expect(await cachedPaths(page, 'repere-tiles-v1')).toEqual(['/12/2100/3.png']);
  } finally {
    await tiles.stop();
  }
});
