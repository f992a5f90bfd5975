// Every screen, served by nginx with the production Content-Security-Policy, with the service
// worker running: no violation in the page or in the worker (whose own policy governs its tile
// fetches). A screen that needed inline code, eval or a host the policy does not name fails here.
import type { Page } from '@playwright/test';
import { expect, test } from './nginx-fixture';

test.use({ serviceWorkers: 'allow' });

const LAON = '49.5641,3.6199';
const items = (page: Page) => page.locator('[data-place-id]');

async function firstPlaceId(page: Page): Promise<string> {
  await page.goto(`/?near=${LAON}`);
  await expect(items(page).first()).toBeVisible();
  return (await items(page).first().getAttribute('data-place-id'))!;
}

/** What each screen must show before its violations are counted: its code, styles and data have loaded. */
const screens: Record<string, (page: Page) => Promise<void>> = {
  start: async (page) => {
    await page.goto('/');
    await expect(page.getByRole('combobox', { name: 'Ville ou code postal' })).toBeVisible();
  },
  results: async (page) => {
    await page.goto(`/?near=${LAON}&kind=france-services,mediation`);
    await expect(items(page).first()).toBeVisible();
  },
  map: async (page) => {
    await page.goto(`/?near=${LAON}&view=map`);
    await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  },
  place: async (page) => {
    await page.goto(`/?place=${await firstPlaceId(page)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.share svg.qr')).toBeVisible();
  },
  'offline page': async (page) => {
    await page.goto('/?page=offline');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utiliser Repère sans réseau');
  },
  about: async (page) => {
    await page.goto('/?page=about');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  },
  kiosk: async (page) => {
    await page.goto(`/?mode=kiosk&near=${LAON}&label=M%C3%A9diath%C3%A8que&idle=90`);
    await expect(page.locator('.kiosk-bar')).toBeVisible();
    await expect(items(page).first()).toBeVisible();
    await page.getByRole('button', { name: 'Choisir une ville' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  },
  print: async (page) => {
    await page.goto(`/?near=${LAON}&place=${await firstPlaceId(page)}`);
    await expect(page.locator('.share svg.qr')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-sheet svg.qr')).toBeVisible();
    await page.pdf({ format: 'A4' });
  },
  // The embed route on its own, and the builder whose live preview frames it (frame-src 'self').
  embed: async (page) => {
    await page.goto(`/embed/?commune=02408&view=map`);
    await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible({ timeout: 20_000 });
    await expect(items(page).first()).toBeVisible();
  },
  'embed builder': async (page) => {
    await page.goto('/?page=integrer&commune=02408');
    await expect(page.frameLocator('iframe.embed-builder__preview').locator('[data-place-id]').first()).toBeVisible();
  },
  'other language': async (page) => {
    await page.goto(`/?near=${LAON}&lang=gcf`);
    await expect(items(page).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'gcf');
  },
};

for (const [name, show] of Object.entries(screens)) {
  test(`CSP: ${name} — 0 violations in the page and the service worker`, async ({ page, cspViolations }) => {
    await show(page);
    // Late work (the worker's tile fetches, lazy chunks, the gazetteer download) reports too.
    await page.waitForTimeout(1000);
    const violations = await cspViolations.all();
    test.info().annotations.push({ type: 'csp-violations', description: `${name}: ${violations.length}` });
    expect(violations).toEqual([]);
  });
}
