// Two versions of the data: the build is copied and served by a private server whose data
// can be republished as version 2 (one place and one commune renamed, hashes recomputed).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeGazetteer } from '../../data/gazetteer-files';
import { readGazetteer } from '../../scripts/read-gazetteer';
import { allFile } from '../../src/shared/gazetteer-pieces';
import { cachedPaths, useBuildServer, versionInUse, waitForWorker } from './offline-helpers';

test.use({ serviceWorkers: 'allow' });


/** Version 2 of the gazetteer, in `dataDir`: the commune `insee` renamed "… (v2)"; every piece of version 1 removed, as a deploy does. */
const renamedGazetteer = (insee: string) => (dataDir: string) => {
  const { communes } = readGazetteer(dataDir);
  rmSync(join(dataDir, 'gazetteer'), { recursive: true, force: true });
  const { file, outputs } = writeGazetteer(communes.map((c) => (c.insee === insee ? { ...c, name: `${c.name} (v2)` } : c)));
  for (const out of outputs) {
    mkdirSync(dirname(join(dataDir, out.path)), { recursive: true });
    writeFileSync(join(dataDir, out.path), out.content);
  }
  return file;
};
const server = useBuildServer();

const items = (page: Page) => page.locator('[data-place-id]');
const firstName = (page: Page) => items(page).first().getByRole('link').first();
const dataPaths = (page: Page) => cachedPaths(page, 'repere-data-v1');

/** First visit on version 1: search around Laon, wait until the device holds it all. */
async function visitVersionOne(page: Page) {
  const v1 = server().manifest();
  const path = (type: string, dep?: string) => `/data/${v1.files.find((f: { type: string; dep?: string }) => f.type === type && (!dep || f.dep === dep)).path}`;
  await page.goto(`${server().origin}/?near=49.5641,3.6199`);
  await waitForWorker(page);
  await expect(items(page).first()).toBeVisible();
  // The whole gazetteer is kept in the background (town search offline for any town).
  const communesV1 = `/data/${allFile(readGazetteer(server().dataDir).directory).path}`;
  await expect.poll(() => dataPaths(page), { timeout: 20_000 }).toEqual(expect.arrayContaining([communesV1, path('departement', '02')]));
  const id = (await items(page).first().getAttribute('data-place-id'))!;
  const name = (await firstName(page).textContent())!;
  return { v1, id, name, communesV1, aisneV1: path('departement', '02') };
}

async function townOptions(page: Page, typed: string) {
  await page.goto(`${server().origin}/`);
  await page.getByRole('combobox', { name: 'Ville ou code postal' }).fill(typed);
  await expect(page.getByRole('option').first()).toBeVisible();
  return page.getByRole('option').allTextContents();
}

test('a new data version is fetched in the background and swapped in whole', async ({ page, context }) => {
  const { v1, id, name, communesV1, aisneV1 } = await visitVersionOne(page);
  expect(await versionInUse(page)).toBe(v1.version);
  const { manifest: v2, depFile } = server().publishV2({ placeId: id, dep: '02', gazetteer: renamedGazetteer('02408') });
  const communes = allFile(readGazetteer(server().dataDir).directory);

  await page.reload();
  // Version 1 answers at once; version 2 arrives behind it.
  await expect(firstName(page)).toHaveText(name);
  await expect.poll(() => versionInUse(page), { timeout: 20_000 }).toBe(v2.version);
  const paths = await dataPaths(page);
  expect(paths).toEqual(expect.arrayContaining([`/data/${depFile.path}`, `/data/${communes.path}`]));
  expect(paths).not.toContain(aisneV1);
  expect(paths).not.toContain(communesV1);

  // Offline, everything comes from version 2: the place, the commune, the date.
  await context.setOffline(true);
  await page.reload();
  await expect(firstName(page)).toHaveText(`${name} (v2)`);
  await expect(page.getByTestId('offline-status')).toHaveText('Hors ligne · données du 15 septembre 2024');
  expect(await townOptions(page, '02000')).toEqual(expect.arrayContaining([expect.stringMatching(/^Laon \(v2\)/)]));
});

test('an update cut off mid-way leaves version one whole and in use', async ({ page, context }) => {
  const { v1, id, name, communesV1, aisneV1 } = await visitVersionOne(page);
  const { depFile, communes } = server().publishV2({ placeId: id, dep: '02', gazetteer: renamedGazetteer('02408') });
  server().cutFile(depFile.path); // the connection drops halfway through the new Aisne file

  await page.reload();
  await expect(firstName(page)).toHaveText(name);
  // The gazetteer directory of version 2 was staged before the cut; the pointer must still name version 1.
  await expect.poll(() => server().requests.includes(`/data/${depFile.path}`), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => dataPaths(page)).toContain(`/data/${communes.path}`);
  await page.waitForTimeout(500);
  expect(await versionInUse(page)).toBe(v1.version);
  const paths = await dataPaths(page);
  expect(paths).toEqual(expect.arrayContaining([aisneV1, communesV1]));
  expect(paths).not.toContain(`/data/${depFile.path}`); // nothing half-written kept

  // Never a mix: offline, the place and the commune both come from version 1.
  await context.setOffline(true);
  await page.reload();
  await expect(firstName(page)).toHaveText(name);
  await expect(page.getByTestId('offline-status')).toHaveText('Hors ligne · données du 1er août 2024');
  const options = await townOptions(page, '02000');
  expect(options.some((o) => o.startsWith('Laon'))).toBe(true);
  expect(options.some((o) => o.includes('(v2)'))).toBe(false);
});

test('a new app version found while the page is open asks before reloading', async ({ page }) => {
  await page.goto(`${server().origin}/?near=49.5641,3.6199`);
  await waitForWorker(page);
  await expect(items(page).first()).toBeVisible();
  const first = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
  server().publishNewWorker();
  // The page checks for a new version when the network comes back (and hourly). A version found at
  // a page's start takes over there instead (offline-recovery.spec.ts).
  await page.evaluate(() => dispatchEvent(new Event('online')));
  // The new worker waits: the page keeps running the version it started with until asked.
  await expect(page.getByText('Nouvelle version disponible')).toBeVisible({ timeout: 20_000 });
  await expect(items(page).first()).toBeVisible();
  const reloaded = page.waitForEvent('framenavigated');
  await page.getByRole('button', { name: 'Recharger' }).click();
  await reloaded;
  await expect(items(page).first()).toBeVisible();
  await expect(page.getByText('Nouvelle version disponible')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(first);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
});

test('saving the whole of France shows its size, then progress, and can be cancelled', async ({ page }) => {
  const france = server().manifest().files.find((f: { type: string }) => f.type === 'france');
  server().slowFile(france.path);
  await page.goto(`${server().origin}/?page=offline`);
  await waitForWorker(page);
  await page.getByRole('radio', { name: 'Toute la France' }).check();
  await expect(page.getByTestId('offline-size')).toContainText(/Taille du téléchargement : [\d,]+\s?Mo/);
  await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
  const bar = page.getByRole('progressbar', { name: 'Téléchargement en cours' });
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(page.getByText(/[\d,]+\s?(Ko|Mo) sur [\d,]+\s?Mo/)).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByTestId('offline-message')).toHaveText(/Enregistrement annulé/);
  await expect(bar).toHaveCount(0);
  expect(await dataPaths(page)).not.toContain(`/data/${france.path}`);
  await expect(page.getByTestId('offline-areas')).toHaveCount(0);
});
