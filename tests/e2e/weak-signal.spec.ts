// A first visit on a weak signal (issue 9): a town search fetches only small pieces of the
// gazetteer, a ?commune= link resolves without the whole of it, a short throttled visit leaves a
// working app behind, the whole gazetteer kept in the background makes town search work offline
// for any town, and "open now" reads the same with and without the hours library.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Request } from '@playwright/test';
import { readGazetteer } from '../../scripts/read-gazetteer';
import { allFile, depFile, nameFile } from '../../src/shared/gazetteer-pieces';
import type { Manifest, Place } from '../../src/shared/place';
import { cachedPaths, waitForWorker } from './offline-helpers';
import { startThrottledServer } from './offline-server.mjs';

const { directory } = readGazetteer();
const items = (page: Page) => page.locator('[data-place-id]');
const shownIds = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
const gzipOf = (path: string) => gzipSync(readFileSync(`dist${path}`), { level: 9 }).length;

/** Paths of the data requests the page makes from now on (the worker's included). */
function dataRequests(page: Page): string[] {
  const paths: string[] = [];
  const record = (r: Request) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/data/')) paths.push(pathname);
  };
  page.context().on('request', record);
  return paths;
}

test.describe('first visit, fresh device', () => {
  test('a town typed fetches only small pieces of the gazetteer, never the whole', async ({ page }) => {
    const requests = dataRequests(page);
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Ville ou code postal' });
    await box.pressSequentially('Lao', { delay: 50 });
    await expect(page.getByRole('option', { name: /^Laon\b/ }).first()).toBeVisible();
    const beforeResults = [...requests];
    await page.getByRole('option', { name: /^Laon\b/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lieux les plus proches de Laon');
    await expect(items(page).first()).toBeVisible();
    const atResults = [...requests];

    const gazetteer = (paths: string[]) => [...new Set(paths.filter((p) => p.startsWith('/data/gazetteer/')))].sort();
    // The first suggestions: the directory and the one name piece that answers "lao".
    expect(gazetteer(beforeResults)).toEqual([expect.stringMatching(/^\/data\/gazetteer\/index\./), `/data/${nameFile(directory, 'lao').path}`]);
    // Then the Aisne's towns (the next offline visit's) — and never the whole file.
    expect(gazetteer(atResults)).toEqual(expect.arrayContaining([`/data/${depFile(directory, '02')!.path}`]));
    expect(atResults).not.toContain(`/data/${allFile(directory).path}`);
    for (const path of gazetteer(atResults)) expect(gzipOf(path), path).toBeLessThanOrEqual(12_000);
    expect(allFile(directory).gzipBytes).toBeGreaterThan(200_000);
  });

  test('a ?commune= link resolves from its département piece, without the whole gazetteer', async ({ page }) => {
    const requests = dataRequests(page);
    await page.goto('/?commune=97411');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lieux les plus proches de Saint-Denis');
    await expect(items(page).first()).toBeVisible();
    const gazetteer = [...new Set(requests.filter((p) => p.startsWith('/data/gazetteer/')))];
    expect(gazetteer.sort()).toEqual([`/data/${depFile(directory, '974')!.path}`, expect.stringMatching(/^\/data\/gazetteer\/index\./)]);
    // Réunion's places are what the search reads; the France pack never is.
    expect(requests.some((p) => /\/data\/france\./.test(p))).toBe(false);
  });
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a short visit on a 250 kbps link, the app works offline 10 s after its first result', async ({ page, context }) => {
    test.setTimeout(120_000);
    const server = await startThrottledServer('dist', { rateKbps: 250, rttMs: 400 });
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const url = `${server.origin}/?near=49.5641,3.6199`;
      await page.goto(url);
      await expect(items(page).first()).toBeVisible({ timeout: 30_000 });
      const ids = await shownIds(page);
      await page.waitForTimeout(10_000);

      await context.setOffline(true);
      await page.reload();
      await expect(items(page).first()).toBeVisible();
      expect(await shownIds(page)).toEqual(ids);
      await page.goto(`${server.origin}/`);
      await expect(page.getByRole('button', { name: 'Autour de moi' })).toBeVisible();
      // Every place page of that list.
      for (const id of ids) {
        await page.goto(`${url}&place=${id}`);
        await expect(page.locator('article.place h1'), id).toBeVisible();
      }
    } finally {
      await server.stop();
    }
  });

  test('once the whole gazetteer is kept in the background, any town is found offline', async ({ page, context }) => {
    await page.goto('/?near=49.5641,3.6199');
    await waitForWorker(page);
    await expect(items(page).first()).toBeVisible();
    const whole = `/data/${allFile(directory).path}`;
    await expect.poll(() => cachedPaths(page, 'repere-data-v1'), { timeout: 30_000 }).toContain(whole);
    // The pieces read before are dropped: the whole file answers for them.
    await expect.poll(async () => (await cachedPaths(page, 'repere-data-v1')).filter((p) => /\/gazetteer\/(name|dep)\//.test(p))).toEqual([]);

    await context.setOffline(true);
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Ville ou code postal' });
    for (const [typed, town] of [
      ['Marseille', /^Marseille\b/],
      ['pointe a pitre', /^Les Abymes|^Pointe-à-Pitre\b/],
      ['97100', /^Basse-Terre\b/],
      ['Soissons', /^Soissons\b/],
    ] as const) {
      await box.fill(typed);
      await expect(page.getByRole('option', { name: town }).first(), typed).toBeVisible();
      await expect(page.getByTestId('towns-partial')).toHaveCount(0);
    }
    await page.getByRole('option', { name: /^Soissons\b/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lieux les plus proches de Soissons');
    await expect(items(page).first()).toBeVisible();
  });
});

test.describe('"open now" without the hours library', () => {
  // Tuesday 14 January 2025, 10:30 in Paris: offices open, some closed for lunch later.
  const NOW = new Date('2025-01-14T09:30:00Z');
  const statuses = (page: Page) => page.locator('[data-place-id] .status').allTextContents();

  for (const origin of ['near=49.5641,3.6199', 'commune=97411']) {
    test(`reads the same as the library, list and "open now" filter (${origin})`, async ({ page }) => {
      await page.clock.setFixedTime(NOW);
      const hoursLibrary: string[] = [];
      page.on('request', (r) => /opening_hours/.test(r.url()) && hoursLibrary.push(r.url()));
      await page.goto(`/?${origin}`);
      await expect(items(page).first()).toBeVisible();
      const weekly = { ids: await shownIds(page), statuses: await statuses(page) };
      expect(weekly.statuses.some((s) => /^Ouvert/.test(s))).toBe(true);
      expect(weekly.statuses.join()).not.toMatch(/Horaires…/);
      await page.goto(`/?${origin}&open=1`);
      await expect(items(page).first()).toBeVisible();
      const weeklyOpen = await shownIds(page);
      expect(hoursLibrary).toEqual([]); // the list never asked for the library

      // The same data without the weekly intervals (re-hashed in the manifest, as a pipeline
      // without them would publish it): every status now comes from the library.
      const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as Manifest;
      const stripped = new Map<string, string>();
      for (const f of manifest.files.filter((f) => f.type === 'departement')) {
        const places = JSON.parse(readFileSync(`dist/data/${f.path}`, 'utf8')) as Place[];
        const text = JSON.stringify(places.map(({ week: _, ...p }) => p));
        stripped.set(`/data/${f.path}`, text);
        Object.assign(f, { sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) });
      }
      await page.route(/\/data\/manifest\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(manifest) }));
      await page.route(/\/data\/dep\/.*\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: stripped.get(new URL(route.request().url()).pathname) }));
      await page.evaluate(() => caches.delete('repere-data-v1'));
      await page.goto(`/?${origin}`);
      await expect(items(page).first()).toBeVisible();
      await expect.poll(() => statuses(page).then((s) => s.join('|'))).not.toMatch(/Horaires…/);
      expect(hoursLibrary.length).toBeGreaterThan(0);
      expect(await shownIds(page)).toEqual(weekly.ids);
      expect(await statuses(page)).toEqual(weekly.statuses);
      await page.goto(`/?${origin}&open=1`);
      await expect(items(page).first()).toBeVisible();
      expect(await shownIds(page)).toEqual(weeklyOpen);
    });
  }
});
