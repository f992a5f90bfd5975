// French, English and Kreyòl: one tap from every screen, offline page and kiosk included.
// (Remembered on a personal phone and never on a kiosk: kiosk.spec.ts.)
import { expect, test } from '@playwright/test';

const NEAR = '/?near=49.5641,3.6199';
const SCREENS = {
  start: '/',
  results: NEAR,
  map: `${NEAR}&view=map`,
  place: `${NEAR}&place=fs-2143`,
  'large view': `${NEAR}&place=fs-2143&large=1`,
  offline: '/?page=offline',
  about: '/?page=about',
  kiosk: `${NEAR}&mode=kiosk&label=Laon`,
  'kiosk place': `${NEAR}&mode=kiosk&label=Laon&place=fs-2143`,
};

for (const [screen, url] of Object.entries(SCREENS)) {
  test(`language switch on the ${screen} screen: one tap to English, then Kreyòl`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('h1').first()).toBeVisible();
    const before = await page.locator('h1').first().textContent();
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Kréyòl' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'gcf');
    await expect(page.getByRole('navigation', { name: 'Lang', exact: true })).toBeVisible();
    // A place's name stays as it is; every other screen title is translated.
    if (!/place|large/.test(screen)) await expect(page.locator('h1').first()).not.toHaveText(before!);
  });
}

test('the offline page in English and in Kreyòl', async ({ page }) => {
  await page.goto('/?page=offline&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Using Repère without a network');
  await expect(page.getByRole('heading', { name: 'Save an area' })).toBeVisible();
  await expect(page.getByText('A département', { exact: true })).toBeVisible();

  await page.goto('/?page=offline&lang=gcf');
  await expect(page.locator('html')).toHaveAttribute('lang', 'gcf');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sèvi Repère san rézo');
  await expect(page.getByRole('heading', { name: 'Anrèjistré an zòn' })).toBeVisible();
});
