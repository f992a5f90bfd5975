// "Mes lieux" and shared lists offline and across a data update, with the service worker, on a
// private copy of the build whose data can be republished (see offline-server.mjs).
import { expect, test, type Page } from '@playwright/test';
import { cachedPaths, useBuildServer, versionInUse, waitForWholeShell, waitForWorker } from './offline-helpers';
import { expectNoAxeViolations } from './support/axe';
import { placeById } from './support/finder-data';

test.use({ serviceWorkers: 'allow' });

const server = useBuildServer();

const items = (page: Page) => page.locator('[data-place-id]');
const idsShown = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
const keep = (page: Page, name: string) => page.getByRole('button', { name: `Garder « ${name} » dans Mes lieux`, exact: true });

/** Searches around Laon on version 1 and keeps the first `n` results, once the Aisne is on the device. */
async function keepNearLaon(page: Page, n: number) {
  const aisne = `/data/${server().manifest().files.find((f: { dep?: string }) => f.dep === '02').path}`;
  await page.goto(`${server().origin}/?near=49.5641,3.6199`);
  await waitForWorker(page);
  await expect(items(page).nth(n - 1)).toBeVisible();
  await expect.poll(() => cachedPaths(page, 'repere-data-v1'), { timeout: 20_000 }).toContain(aisne);
  const ids = (await idsShown(page)).slice(0, n);
  for (const id of ids) {
    await keep(page, placeById(id)!.name).click();
    await expect(keep(page, placeById(id)!.name)).toHaveAttribute('aria-pressed', 'true');
  }
  return { ids, aisne };
}

test('offline: Mes lieux and the place pages of kept places, even once their département is off the device', async ({ page, context }) => {
  const { ids, aisne } = await keepNearLaon(page, 2);
  await context.setOffline(true);
  await page.goto(`${server().origin}/?page=favoris`);
  await expect(page.getByTestId('offline-status')).toBeVisible();
  await expect(items(page)).toHaveCount(2);
  expect(await idsShown(page)).toEqual(ids);
  await items(page).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(placeById(ids[0])!.name);
  await expect(page.getByTestId('kept-notice')).toHaveCount(0); // read from the Aisne on the device

  // The Aisne leaves the device (storage evicted, area deleted): the saved records stand in.
  await page.evaluate(async (path) => (await caches.open('repere-data-v1')).delete(path), aisne);
  await page.goto(`${server().origin}/?page=favoris`);
  await expect(items(page)).toHaveCount(2);
  await expect(items(page).first()).toContainText('Pas de réseau : voici les informations enregistrées sur cet appareil le');
  await expect(items(page).first().getByRole('heading', { level: 2 })).toHaveText(placeById(ids[0])!.name);
  await expectNoAxeViolations(page);
  await page.goto(`${server().origin}/?place=${ids[1]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(placeById(ids[1])!.name);
  await expect(page.getByTestId('kept-notice')).toHaveText('Pas de réseau : voici les informations enregistrées dans Mes lieux.');
});

test('after a data update: a changed place shows its new record, a removed one says so, one under a new id offers it', async ({ page, context }) => {
  const { ids } = await keepNearLaon(page, 3);
  const [renamed, removed, reIdentified] = ids;
  const newId = `${reIdentified}-v2`;
  const { manifest: v2 } = server().publishV2({ placeId: renamed, dep: '02', removeIds: [removed], newIds: { [reIdentified]: newId } });
  await page.reload();
  await expect.poll(() => versionInUse(page), { timeout: 20_000 }).toBe(v2.version);

  await page.goto(`${server().origin}/?page=favoris`);
  await expect(items(page)).toHaveCount(3);
  const item = (id: string) => page.locator(`[data-place-id="${id}"]`);
  await expect(item(renamed).getByRole('heading', { level: 2 })).toHaveText(`${placeById(renamed)!.name} (v2)`);
  await expect(item(renamed)).toContainText('Les informations de ce lieu ont changé depuis que vous l\'avez gardé');
  await expect(item(removed).getByRole('heading', { level: 2 })).toHaveText(placeById(removed)!.name);
  await expect(item(removed).getByTestId('kept-gone')).toContainText('Ce lieu n\'est plus dans les données de Repère.');
  await expect(item(removed).getByRole('button', { name: /à la place$/ })).toHaveCount(0);
  const gone = item(reIdentified).getByTestId('kept-gone');
  await expect(gone).toContainText(`Un lieu tout proche (à 10 m) est dans les données : « ${placeById(reIdentified)!.name} »`);
  await expectNoAxeViolations(page);
  await gone.getByRole('button', { name: `Garder « ${placeById(reIdentified)!.name} » à la place` }).click();
  await expect(item(newId)).toBeVisible();
  await expect(item(reIdentified)).toHaveCount(0);
  expect(await idsShown(page)).toEqual([renamed, removed, newId]); // the successor keeps the gone place's rank
  await expect(item(newId).getByTestId('kept-gone')).toHaveCount(0);

  // Offline later: what the update said is remembered.
  await context.setOffline(true);
  await page.reload();
  await expect(item(removed).getByTestId('kept-gone')).toBeVisible();
  await expect(item(renamed).getByRole('heading', { level: 2 })).toHaveText(`${placeById(renamed)!.name} (v2)`);
  await page.goto(`${server().origin}/?place=${removed}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(placeById(removed)!.name);
  await expect(page.getByTestId('kept-notice')).toContainText('Ce lieu n\'est plus dans les données de Repère.');
});

test('a shared list offline: the places on the device show, the others say which they are', async ({ page, context }) => {
  await page.goto(`${server().origin}/?near=49.5641,3.6199`);
  await waitForWorker(page);
  await expect(items(page).nth(1)).toBeVisible();
  const aisne = `/data/${server().manifest().files.find((f: { dep?: string }) => f.dep === '02').path}`;
  await expect.poll(() => cachedPaths(page, 'repere-data-v1'), { timeout: 20_000 }).toContain(aisne);
  // The list screen was never opened: kept with the rest of the shell once the link was free.
  await waitForWholeShell(page);
  const [a, b] = (await idsShown(page)).slice(0, 2);
  const guadeloupe = 'bib-li12370'; // its département was never downloaded
  await context.setOffline(true);
  await page.goto(`${server().origin}/?places=${a},${guadeloupe},${b}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('3 lieux choisis pour vous');
  await expect(items(page)).toHaveCount(2);
  expect(await idsShown(page)).toEqual([a, b]);
  await expect(page.locator(`[data-missing-id="${guadeloupe}"]`)).toHaveText('Lieu n° 2 de la liste : il n\'est pas enregistré sur cet appareil. Il s\'affichera avec du réseau.');
  await expect(page.getByTestId('list-unavailable')).toContainText('Sans réseau, 1 lieu de cette liste ne peut pas s\'afficher');
  await expectNoAxeViolations(page);

  // Back online, "Réessayer" shows it.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(items(page)).toHaveCount(3);
  expect(await idsShown(page)).toEqual([a, guadeloupe, b]);
});
