// Shared by the offline specs (not a spec: importing a spec from another would run it twice).
import { test, type Frame, type Page } from '@playwright/test';
import { serveBuild } from './offline-server.mjs';

type BuildServer = Awaited<ReturnType<typeof serveBuild>>;

/** A private copy of dist/ served for each test of the file (offline-server.mjs); call at the top of a spec. */
export function useBuildServer(): () => BuildServer {
  let server: BuildServer | undefined;
  test.beforeEach(async () => {
    server = await serveBuild();
  });
  test.afterEach(async () => {
    await server?.stop();
  });
  return () => server!;
}

/** Waits until the worker controls the page (it claims clients on its first activation). */
export async function waitForWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Paths of the entries of one cache, read in the page. */
export const cachedPaths = (page: Page | Frame, cacheName: string) =>
  page.evaluate(async (name) => {
    const keys = (await caches.has(name)) ? await (await caches.open(name)).keys() : [];
    return keys.map((r) => new URL(r.url).pathname + new URL(r.url).search).sort();
  }, cacheName);

/** The data version the app uses (its pointer in the data cache). */
export const versionInUse = (page: Page) =>
  page.evaluate(async () => {
    const response = await (await caches.open('repere-data-v1')).match('/data/__repere__/current.json');
    return response ? ((await response.json()) as { version: string }).version : undefined;
  });
