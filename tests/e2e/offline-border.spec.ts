// Offline near the edge of the only saved département, and pages where no worker can run.
import { expect, test, type Page } from '@playwright/test';
import { serveBuild } from './offline-server.mjs';
import { waitForWorker } from './offline-helpers';
import { expectNoAxeViolations } from './support/axe';
import { allPlaces, haversineKm } from './support/finder-data';

const SAINT_QUENTIN = { latitude: 49.8465, longitude: 3.2876 };
const items = (page: Page) => page.locator('[data-place-id]');
const shownIds = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('offline with only the Aisne saved, a search near its border shows the Aisne places and says the rest is missing', async ({ page, context }) => {
    await page.goto('/?page=offline');
    await waitForWorker(page);
    await page.getByLabel('Département', { exact: true }).selectOption('02');
    await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
    await expect(page.getByTestId('offline-message')).toHaveText(/C'est enregistré : Aisne \(02\)/);

    await context.setOffline(true);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(SAINT_QUENTIN);
    await page.goto('/');
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lieux les plus proches de vous');
    // Somme and Nord lie within reach of the 20 nearest: the search wanted them and could not have them.
    await expect(page.getByTestId('results-missing')).toHaveText(
      'Hors ligne : certains départements voisins ne sont pas enregistrés sur cet appareil. Les lieux de ces départements ne sont pas dans la liste.',
    );
    await expect(items(page)).toHaveCount(20);
    // The 20 nearest places of the Aisne, by a distance computed here, in the same order.
    const expected = allPlaces()
      .filter((p) => p.dep === '02')
      .map((p) => ({ id: p.id, km: haversineKm(SAINT_QUENTIN.latitude, SAINT_QUENTIN.longitude, p.lat, p.lon) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, 20);
    const shown = await shownIds(page);
    expect(shown.map((id) => allPlaces().find((p) => p.id === id)?.dep)).toEqual(Array(20).fill('02'));
    // Ties in distance may swap; each shown place is as near as the expected one at its rank.
    shown.forEach((id, i) => {
      const p = allPlaces().find((q) => q.id === id)!;
      expect(haversineKm(SAINT_QUENTIN.latitude, SAINT_QUENTIN.longitude, p.lat, p.lon)).toBeCloseTo(expected[i].km, 3);
    });
    await expectNoAxeViolations(page);
  });

  test('online, the same search has no such notice', async ({ page }) => {
    await page.goto('/?near=49.8465,3.2876');
    await expect(items(page).first()).toBeVisible();
    await expect(page.getByTestId('results-missing')).toHaveCount(0);
  });
});

test.describe('with the service worker blocked', () => {
  test.use({ serviceWorkers: 'block' });

  for (const url of ['/', '/?near=49.8465,3.2876', '/?page=offline', '/?mode=kiosk']) {
    test(`${url} raises no page error`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      // The worker registration runs after the first render, from a lazily loaded module.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /workbox-window/.test(e.name)));
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('kiosk', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a new app version waiting is not offered on a kiosk (the kiosk applies it at its reset)', async ({ page }) => {
    const server = await serveBuild();
    try {
      await page.goto(`${server.origin}/?mode=kiosk`);
      await waitForWorker(page);
      server.publishNewWorker();
      await page.reload();
      await expect
        .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 20_000 })
        .toBe(true);
      await page.waitForTimeout(1000); // the prompt would show at once once the worker waits
      await expect(page.getByText('Nouvelle version disponible')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Recharger' })).toHaveCount(0);
    } finally {
      await server.stop();
    }
  });
});
