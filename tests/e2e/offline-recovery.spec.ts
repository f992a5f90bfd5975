// Recovery of a device whose worker or storage went wrong (docs/offline.md, "Recovery"): a new
// version reaches a page that never reloads and takes over at the next start; a fix release takes
// over by itself; ?reset forgets everything; an evicted cache comes back online and says so offline.
// A copy of dist/ on a private server (tests/e2e/offline-server.mjs) can publish a new worker.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cachedPaths, useBuildServer, waitForWholeShell, waitForWorker } from './offline-helpers';
import { TILE_PORT } from '../../playwright.config';

test.use({ serviceWorkers: 'allow' });

const server = useBuildServer();

const LAON = '49.5641,3.6199';
const items = (page: Page) => page.locator('[data-place-id]');
const prompt = (page: Page) => page.getByText('Nouvelle version disponible');
const waitingWorker = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null).catch(() => 'page loading');
const dataPaths = (page: Page) => cachedPaths(page, 'repere-data-v1');

/** First visit: worker in control, the Aisne kept. */
async function visit(page: Page, query = `?near=${LAON}`) {
  await page.goto(`${server().origin}/${query}`);
  await waitForWorker(page);
  await expect(items(page).first()).toBeVisible();
  await expect.poll(async () => (await dataPaths(page)).some((p) => /^\/data\/dep\/02\./.test(p)), { timeout: 20_000 }).toBe(true);
}

test('a page left open learns of a new version, and the version left waiting takes over at the next start', async ({ page }) => {
  await visit(page);
  server().publishNewWorker();
  // No reload: the page asks for updates itself (hourly, and when the network comes back).
  await page.evaluate(() => dispatchEvent(new Event('online')));
  await expect(prompt(page)).toBeVisible({ timeout: 20_000 });
  expect(await waitingWorker(page)).toBe('installed');

  // The person never pressed "Recharger". A reload alone would keep the old version forever
  // (the only tab never lets go of it); at this start the new one takes over, then the page loads again.
  const loads: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && loads.push(f.url()));
  await page.reload();
  await expect.poll(() => waitingWorker(page), { timeout: 15_000 }).toBeNull();
  await expect(items(page).first()).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);
  expect(loads.length).toBe(2); // the reload, then the take-over's reload, nothing more
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
});

test.describe('a fix release', () => {
  // The same app built with VITE_SW_TAKE_OVER=1, as a deployer ships a fix for a broken worker.
  let fixBuild: string;
  test.beforeAll(() => {
    test.setTimeout(180_000);
    fixBuild = mkdtempSync(join(tmpdir(), 'repere-fix-'));
    const build = spawnSync('npx', ['vite', 'build', '--outDir', fixBuild, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, VITE_SW_TAKE_OVER: '1', VITE_TILE_URL: `http://127.0.0.1:${TILE_PORT}/{z}/{x}/{y}.png` },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`fix build failed: ${build.stderr}`);
  });
  test.afterAll(() => rmSync(fixBuild, { recursive: true, force: true }));

  test('takes over every open page by itself, with no prompt to press', async ({ page }) => {
    await visit(page);
    server().publishApp(fixBuild);
    const loads: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && loads.push(f.url()));
    // The browser's own update check (as on any navigation): no app code is involved.
    await page.evaluate(async () => void (await navigator.serviceWorker.getRegistration())!.update());
    // The worker reloads the page itself once it has taken over.
    const states = () =>
      page.evaluate(async () => {
        const r = (await navigator.serviceWorker.getRegistration())!;
        return `installing ${r.installing?.state} waiting ${r.waiting?.state} active ${r.active?.state}`;
      }).catch(() => 'page loading');
    await expect.poll(async () => (loads.length ? 'reloaded' : await states()), { timeout: 30_000 }).toBe('reloaded');
    expect(loads.length).toBe(1);
    await expect(items(page).first()).toBeVisible();
    expect(await waitingWorker(page)).toBeNull();
    await expect(prompt(page)).toHaveCount(0);
    expect(loads[0]).toBe(`${server().origin}/?near=${LAON}`);
  });
});

/** Something of every kind of storage, to see it go. */
const leaveTraces = (page: Page) =>
  page.evaluate(async () => {
    localStorage.setItem('trace', '1');
    await (await caches.open('trace-cache')).put('/trace', new Response('x'));
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('trace-db');
      request.onsuccess = () => (request.result.close(), resolve());
    });
  });
const traces = (page: Page) =>
  page.evaluate(async () => ({
    local: localStorage.getItem('trace'),
    cache: await caches.has('trace-cache'),
    db: (await indexedDB.databases()).some((d) => d.name === 'trace-db'),
  }));

test('?reset forgets the device (caches, storage, worker) and opens the same address clean', async ({ page }) => {
  await visit(page);
  await leaveTraces(page);
  const before = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.active!.scriptURL);
  await page.goto(`${server().origin}/?near=${LAON}&reset`);
  await expect(page).toHaveURL(`${server().origin}/?near=${LAON}`);
  await expect(items(page).first()).toBeVisible();
  expect(await traces(page)).toEqual({ local: null, cache: false, db: false });
  // A new registration of the app, installed from the network.
  await waitForWorker(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.active!.scriptURL)).toBe(before);
  expect(server().requests.filter((p) => p === '/sw.js').length).toBeGreaterThanOrEqual(2);
});

test('?reset with no network keeps everything: the app would otherwise be gone', async ({ page, context }) => {
  await visit(page);
  await leaveTraces(page);
  await context.setOffline(true);
  await page.goto(`${server().origin}/?near=${LAON}&reset`);
  await expect(items(page).first()).toBeVisible();
  await expect(page).toHaveURL(`${server().origin}/?near=${LAON}`);
  expect(await traces(page)).toEqual({ local: '1', cache: true, db: true });
});

test('the data cache evicted: online it downloads again; offline it says what is missing', async ({ page, context }) => {
  await visit(page);
  const names = await items(page).allTextContents();
  await page.evaluate(() => caches.delete('repere-data-v1'));
  await page.reload();
  await expect(items(page).first()).toBeVisible();
  expect(await items(page).allTextContents()).toEqual(names);
  await expect.poll(async () => (await dataPaths(page)).some((p) => /^\/data\/dep\/02\./.test(p)), { timeout: 20_000 }).toBe(true);

  await page.evaluate(() => caches.delete('repere-data-v1'));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline-status')).toContainText('Hors ligne');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('data-missing')).toBeVisible();
});

test('every cache evicted: online the shell comes back and is kept again; offline before that, a page says so', async ({ page, context }) => {
  await visit(page);
  await waitForWholeShell(page);
  await page.evaluate(async () => Promise.all((await caches.keys()).map((n) => caches.delete(n))));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Repère n’est plus enregistré sur cet appareil');

  await context.setOffline(false);
  await page.reload();
  await expect(items(page).first()).toBeVisible();
  // The worker kept its shell again, whole (both stages), from the same version on the server.
  await waitForWholeShell(page);
  await expect.poll(async () => (await dataPaths(page)).some((p) => /^\/data\/dep\/02\./.test(p)), { timeout: 20_000 }).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(items(page).first()).toBeVisible();
});
