// Shared by the offline specs (not a spec: importing a spec from another would run it twice).
import { expect, test, type Frame, type Page } from '@playwright/test';
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

/** The worker's shell cache of the build in use (src/sw/shell.ts: `repere-shell-<build>`). */
export const shellCacheName = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).find((n) => n.startsWith('repere-shell-')));

/** The URLs of the build's shell (the list vite-plugin-pwa writes into dist/sw.js; src/sw/shell.ts). */
export async function shellEntryUrls(): Promise<Set<string>> {
  const { readFileSync } = await import('node:fs');
  return new Set([...readFileSync('dist/sw.js', 'utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * Waits until the worker kept the whole shell (its second stage comes once the page's first
 * downloads are done and the link is free): the screens loaded on demand then open offline too.
 */
export async function waitForWholeShell(page: Page, timeout = 30_000) {
  const entries = (await shellEntryUrls()).size;
  await expect
    .poll(async () => {
      const name = await shellCacheName(page);
      return name ? (await cachedPaths(page, name)).length : 0;
    }, { timeout })
    .toBe(entries);
}
