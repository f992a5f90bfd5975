// Offline end to end, against the built app with its service worker: one visit online, then
// no network at all (Playwright's offline mode also cuts the worker's own fetches).
import { expect, test, type Page } from '@playwright/test';
import { cachedPaths, shellEntryUrls, waitForWorker } from './offline-helpers';
import { expectNoAxeViolations } from './support/axe';
import { readGazetteer } from '../../scripts/read-gazetteer';
import { allFile, depFile } from '../../src/shared/gazetteer-pieces';
import { manifest } from './support/finder-data';

test.use({ serviceWorkers: 'allow' });

const LAON = { latitude: 49.5641, longitude: 3.6199 };
const items = (page: Page) => page.locator('[data-place-id]');
const shownIds = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
const fileOf = (match: (f: ReturnType<typeof manifest>['files'][number]) => boolean) => `/data/${manifest().files.find(match)!.path}`;
// The whole gazetteer: kept in the background after the first results (town search offline for any town).
const gazetteer = readGazetteer().directory;
const COMMUNES = `/data/${allFile(gazetteer).path}`;
// The towns of the Aisne: saved with the Aisne's places.
const AISNE_TOWNS = `/data/${depFile(gazetteer, '02')!.path}`;
const AISNE = fileOf((f) => f.dep === '02');

test('after one visit, the app opens, searches and shows places with no network', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(LAON);
  await page.goto('/');
  await waitForWorker(page);
  await page.getByRole('button', { name: 'Autour de moi' }).click();
  await expect(items(page).first()).toBeVisible();
  const online = await shownIds(page);
  // The map, seen once online: its tiles go through the worker's tile cache.
  await page.getByRole('link', { name: 'Carte' }).click();
  await expect(page.locator('.map-view .leaflet-tile-loaded').first()).toBeVisible();
  await expect.poll(async () => (await cachedPaths(page, 'repere-tiles-v1')).length).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Liste' }).click();
  // The search's area and the gazetteer are kept at once (the gazetteer in the background).
  await expect.poll(() => cachedPaths(page, 'repere-data-v1'), { timeout: 20_000 }).toEqual(
    expect.arrayContaining([AISNE, COMMUNES, '/data/__repere__/current.json']),
  );
  await expect(page.getByTestId('offline-status')).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline-status')).toHaveText('Hors ligne · données du 1er août 2024');
  await expect(items(page).first()).toBeVisible();
  expect(await shownIds(page)).toEqual(online);

  // A place page opens.
  const name = (await items(page).first().getByRole('link').first().textContent())!;
  await items(page).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  // Town search, from a fresh start with no network.
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Ville ou code postal' });
  await box.fill('Laon');
  await page.getByRole('option', { name: /^Laon\b/ }).first().click();
  await expect(page).toHaveURL(/commune=02408/);
  await expect(items(page).first()).toBeVisible();

  // "Autour de moi" again.
  await page.goto('/');
  await page.getByRole('button', { name: 'Autour de moi' }).click();
  await expect(items(page).first()).toBeVisible();
  expect(await shownIds(page)).toEqual(online);

  // The map opens offline: Leaflet and the vector basemap are precached, the tiles seen are cached.
  await page.getByRole('link', { name: 'Carte' }).click();
  await expect(page.locator('.map-view .leaflet-tile-loaded').first()).toBeVisible();
  expect(await page.locator('.map-view path.map-departement').count()).toBeGreaterThan(0);
  await expect(page.locator('.map-view .map-town', { hasText: /^Laon$/ })).toHaveCount(1);
});

test('a département saved on the offline page can be searched offline, then deleted', async ({ page, context }) => {
  await page.goto('/?page=offline');
  await waitForWorker(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utiliser Repère sans réseau');
  await page.getByLabel('Département', { exact: true }).selectOption('02');
  // The size is shown before anything is downloaded (the Aisne's places and towns, compressed).
  await expect(page.getByTestId('offline-size')).toContainText(/Taille du téléchargement : [\d,]+\s?(Ko|Mo)/);
  await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
  await expect(page.getByTestId('offline-message')).toHaveText(/C'est enregistré : Aisne \(02\)/);
  await expect(page.getByTestId('offline-areas')).toContainText('Aisne (02)');
  await expect(page.getByTestId('offline-size')).toHaveText('Cette zone est déjà sur l\'appareil.');
  expect(await cachedPaths(page, 'repere-data-v1')).toEqual(expect.arrayContaining([AISNE, AISNE_TOWNS]));
  await expectNoAxeViolations(page);

  await context.setOffline(true);
  // Laon, in the middle of the Aisne: its nearest places all lie in the saved département.
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Ville ou code postal' }).fill('02000');
  await page.getByRole('option', { name: /^Laon\b/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lieux les plus proches de Laon');
  await expect(items(page).first()).toBeVisible();

  await page.goto('/?page=offline');
  await expect(page.getByTestId('offline-status')).toBeVisible();
  await expect(page.getByText('Il faut du réseau pour enregistrer une zone.')).toBeVisible();
  await expectNoAxeViolations(page); // with the offline strip shown
  await page.getByRole('button', { name: 'Supprimer Aisne (02)' }).click();
  await expect(page.getByTestId('offline-message')).toHaveText('Supprimé : Aisne (02).');
  await expect(page.getByText('Aucune zone enregistrée pour l\'instant.')).toBeVisible();
  const left = await cachedPaths(page, 'repere-data-v1');
  expect(left).not.toContain(AISNE);
  expect(left).toContain(AISNE_TOWNS); // town search keeps working
});

test('a full disk during a save gives a clear message and loses nothing already saved', async ({ page, context }) => {
  // Cache.put throws QuotaExceededError once window.__failPutsAfter more writes have been made.
  await page.addInitScript(() => {
    const put = Cache.prototype.put;
    Cache.prototype.put = function (this: Cache, ...args: Parameters<Cache['put']>) {
      const w = window as unknown as { __failPutsAfter?: number };
      if (w.__failPutsAfter !== undefined && w.__failPutsAfter-- <= 0) {
        return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      }
      return put.apply(this, args);
    };
  });
  await page.goto('/?page=offline');
  await waitForWorker(page);
  await page.getByLabel('Département', { exact: true }).selectOption('02');
  await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
  await expect(page.getByTestId('offline-areas')).toContainText('Aisne (02)');
  // The worker's own copy of manifest.json comes and goes with update checks: not saved data.
  const dataPaths = async () => (await cachedPaths(page, 'repere-data-v1')).filter((p) => p !== '/data/manifest.json');
  const saved = await dataPaths();

  // Hauts-de-France: four more départements; the disk fills after two of them.
  await page.evaluate(() => ((window as unknown as { __failPutsAfter: number }).__failPutsAfter = 2));
  await page.getByRole('radio', { name: 'Une région' }).check();
  await page.getByLabel('Région', { exact: true }).selectOption({ label: 'Hauts-de-France' });
  await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
  await expect(page.getByTestId('offline-message')).toContainText("L'appareil n'a plus assez de place pour enregistrer cette zone.");
  await expect(page.getByTestId('offline-message')).toContainText("Rien de ce qui était déjà enregistré n'a été perdu.");
  await page.evaluate(() => delete (window as unknown as { __failPutsAfter?: number }).__failPutsAfter);

  // The list and the device hold exactly what they held before the failed save.
  await expect(page.getByTestId('offline-areas')).toContainText('Aisne (02)');
  await expect(page.getByTestId('offline-areas')).not.toContainText('Hauts-de-France');
  expect(await dataPaths()).toEqual(saved);

  await context.setOffline(true);
  await page.goto('/?commune=02408');
  await expect(items(page).first()).toBeVisible();
});

test('the precache holds the whole shell and no data file', async () => {
  const { readdirSync } = await import('node:fs');
  const urls = await shellEntryUrls();
  expect([...urls]).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png']));
  // Every chunk (map, basemap, other languages, offline page) is there: any screen opens offline.
  // (.gz and .br copies, deploy/precompress.ts, are for the server, not the worker.)
  for (const file of readdirSync('dist/assets').filter((f) => !/\.(gz|br)$/.test(f))) expect(urls, file).toContain(`assets/${file}`);
  // The index is kept by the data source, per version, not by the app's precache.
  expect([...urls].filter((u) => u.startsWith('data/'))).toEqual([]);
});

test('the app installs on a home screen: manifest, PNG icons, theme colour, start page', async ({ page, request }) => {
  await page.goto('/');
  await waitForWorker(page);
  const href = (await page.locator('link[rel="manifest"]').getAttribute('href'))!;
  const manifest = await (await request.get(href)).json();
  expect(manifest).toMatchObject({ short_name: 'Repère', start_url: '/', display: 'standalone', theme_color: '#000091' });
  expect(manifest.name).toMatch(/^Repère/);
  expect(manifest.short_name.length).toBeLessThanOrEqual(12); // not cut under the home-screen icon
  expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i: { sizes: string; purpose?: string }) => i.sizes === `${size}x${size}` && !i.purpose?.includes('maskable'));
    expect(icon, `${size} px icon (purpose any)`).toBeTruthy();
    const png = await (await request.get(icon.src)).body();
    expect(png.subarray(1, 4).toString(), `${size} px icon`).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${size} px icon`).toEqual([size, size]);
  }
  // Chromium's own verdict (manifest, icons, a service worker controlling the start page);
  // Playwright's contexts are incognito windows, where Chromium never offers to install.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});
