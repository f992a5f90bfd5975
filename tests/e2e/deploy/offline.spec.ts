// Through nginx and its policy: the service worker installs and works offline, and no tile
// request tells the tile host the page's address.
import { cachedPaths, shellCacheName, waitForWorker } from '../offline-helpers';
import { expect, test } from './nginx-fixture';

const TILES = `http://127.0.0.1:${process.env.TILE_PORT ?? 4180}`;
const items = (page: import('@playwright/test').Page) => page.locator('[data-place-id]');

type Stats = { hits: number; referers: Record<string, number> };
const tileStats = async (): Promise<Stats> => (await fetch(`${TILES}/__stats`)).json();

/** Referer values other than "(none)" that appeared between two snapshots (other specs share the server). */
const newReferers = (before: Stats, after: Stats) =>
  Object.entries(after.referers).filter(([referer, n]) => referer !== '(none)' && n > (before.referers[referer] ?? 0)).map(([referer]) => referer);

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the worker installs under the policy and the app works offline after one visit', async ({ page, context }) => {
    await page.goto('/?near=49.5641,3.6199');
    await waitForWorker(page);
    await expect(items(page).first()).toBeVisible();
    const names = await items(page).allTextContents();
    await expect.poll(async () => (await cachedPaths(page, (await shellCacheName(page)) ?? '')).includes('/index.html')).toBe(true);
    await expect.poll(async () => (await cachedPaths(page, 'repere-data-v1')).some((p) => /^\/data\/dep\/02\./.test(p)), { timeout: 20_000 }).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(items(page).first()).toBeVisible();
    expect(await items(page).allTextContents()).toEqual(names);
    await expect(page.getByTestId('offline-status')).toContainText('Hors ligne');
    await context.setOffline(false);
  });

  test('kiosk reset through the server: /reset clears caches, storage and the worker, then starts the kiosk clean', async ({ page }) => {
    const kiosk = '?mode=kiosk&near=49.5641,3.6199&label=M%C3%A9diath%C3%A8que';
    await page.goto(`/${kiosk}`);
    await waitForWorker(page);
    await expect(items(page).first()).toBeVisible();
    await page.evaluate(async () => {
      localStorage.setItem('trace', '1');
      await (await caches.open('trace-cache')).put('/trace', new Response('x'));
    });
    // The worker lets /reset through to the server, whose Clear-Site-Data does the clearing.
    await page.goto(`/reset${kiosk}`);
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/${kiosk}`);
    await expect(page.locator('.kiosk-bar')).toBeVisible();
    expect(await page.evaluate(async () => [localStorage.getItem('trace'), await caches.has('trace-cache')])).toEqual([null, false]);
    // The page that arrived after the reset was served by the server, not by the old worker.
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).workerStart)).toBe(0);
    await expect(items(page).first()).toBeVisible();
  });

  test('tile requests carry no Referer, also when the worker fetches them', async ({ page }) => {
    const before = await tileStats();
    await page.goto('/?near=49.5641,3.6199&view=map');
    await waitForWorker(page);
    // Tiles after the worker took control go through its route (re-issued in CORS mode).
    await page.reload();
    await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible({ timeout: 20_000 });
    await expect.poll(async () => (await tileStats()).hits).toBeGreaterThan(before.hits);
    expect(newReferers(before, await tileStats())).toEqual([]);
  });
});

test('tile requests carry no Referer without a worker (the page loads them itself)', async ({ page }) => {
  const before = await tileStats();
  await page.goto('/?near=49.5641,3.6199&view=map&place=');
  await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible({ timeout: 20_000 });
  await expect.poll(async () => (await tileStats()).hits).toBeGreaterThan(before.hits);
  expect(newReferers(before, await tileStats())).toEqual([]);
});
