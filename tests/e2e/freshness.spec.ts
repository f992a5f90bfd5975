// Dates you can trust: each place says how old its information is, old ones carry a calm caution
// (on the page and, briefly, in the list), the footer and About give the real range. The browser's
// clock is fixed so that the same place is recent on one day and old on another.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { allPlaces, manifest } from './support/finder-data';

const LAON = { lat: 49.5641, lon: 3.6199 };
const franceServices = allPlaces().find((p) => p.id === 'fs-2143')!; // Laon, national list of 2024-08-01
const freshest = (p: (typeof franceServices)) => [...p.sources].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
const old = allPlaces().find((p) => p.dep === '02' && p.sources.length === 1 && /^2022-\d{2}-\d{2}$/.test(p.sources[0]!.date))!;
const CAUTION = 'Informations anciennes : appelez avant de vous déplacer.';

test.describe('how old the information is', () => {
  test('the place page says the date of its own information and its source, with no caution while it is recent', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-06-01T10:00:00+02:00'));
    await page.goto(`/?place=${franceServices.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(franceServices.name);
    const source = manifest().sources.find((s) => s.id === freshest(franceServices).id)!;
    expect(freshest(franceServices).date).toBe('2024-08-01');
    await expect(page.locator('.place__date')).toHaveText(`Informations du 1er août 2024 · source ${source.publisher}`);
    await expect(page.locator('.stale')).toHaveCount(0);
  });

  test('two years on, the same place and an older one show the caution; axe finds nothing', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
    await page.goto(`/?place=${franceServices.id}`);
    await expect(page.locator('.stale')).toHaveText(CAUTION);
    await page.goto(`/?place=${old.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(old.name);
    const [y, m, d] = old.sources[0]!.date.split('-');
    const written = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(+y!, +m! - 1, +d!, 12))).replace(/^1 /, '1er ');
    await expect(page.locator('.place__date')).toContainText(`Informations du ${written} · source`);
    await expect(page.locator('.stale')).toHaveText(CAUTION);
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  test('the result list adds one short line to old places only', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-06-01T10:00:00+02:00'));
    await page.goto(`/?near=${LAON.lat},${LAON.lon}`);
    const fsItem = page.locator(`li[data-place-id="${franceServices.id}"]`);
    await expect(fsItem).toBeVisible();
    await expect(fsItem.locator('.result__stale')).toHaveCount(0);
    const items = page.locator('li.result');
    const ids = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-place-id')!));
    const byId = new Map(allPlaces().map((p) => [p.id, p]));
    const oldHere = ids.find((id) => freshest(byId.get(id)!).date < '2023-06-01')!;
    expect(oldHere).toBeTruthy();
    await expect(page.locator(`li[data-place-id="${oldHere}"] .result__stale`)).toHaveText(`Informations de ${freshest(byId.get(oldHere)!).date.slice(0, 4)} : appelez avant d’y aller`);
    await expectNoAxeViolations(page);
  });

  test('the footer and About show the real range; About gives each source its date and number of places', async ({ page }) => {
    const range = manifest().dateRange!;
    await page.goto('/?page=about');
    await expect(page.locator('footer')).toContainText(`Données de ${range.from.slice(0, 4)} à ${range.to.slice(0, 4)}`);
    const main = page.locator('main');
    await expect(main).toContainText(`Les informations des lieux datent de ${range.from.slice(0, 4)} à ${range.to.slice(0, 4)}`);
    const census = manifest().sources.find((s) => s.id === 'tiers-lieux')!;
    const item = main.locator('li.source').filter({ hasText: census.title });
    await expect(item).toContainText('13 juin 2019');
    await expect(item).toContainText(`${new Intl.NumberFormat('fr-FR').format(census.places!)} lieux dans l’index`);
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  test('English and Kreyòl say the same', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
    await page.goto(`/?place=${franceServices.id}&lang=en`);
    await expect(page.locator('.place__date')).toHaveText(/^Information as of 1 August 2024 · source /);
    await expect(page.locator('.stale')).toHaveText('This information is old: call before you go.');
    await page.goto(`/?place=${franceServices.id}&lang=gcf`);
    await expect(page.locator('.stale')).toHaveText('Sé enfòmasyon ansyen : kriyé avan ou déplasé.');
  });
});
