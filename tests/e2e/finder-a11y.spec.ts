import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { allPlaces } from './support/finder-data';

const placeUrl = `/?place=${allPlaces().find((p) => p.dep === '971' && p.phone && p.website)!.id}`;

/** Pixels the page can scroll sideways: 0 when everything fits the width. */
const sideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Fails when the element does not lie entirely within the width of the viewport. */
async function expectWithinWidth(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, await locator.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

test.describe('accessibility', () => {
  test('the start page opens in French, with no axe violation', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText(/Données de \d{4} à \d{4}/);
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  test('results list has no axe violation, best practices included (heading order)', async ({ page }) => {
    await page.goto('/?commune=02408');
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    // Result names are the level below the page title.
    await expect(page.locator('[data-place-id] h2').first()).toBeVisible();
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  test('keyboard only: town search, a result, its page, and back', async ({ page }) => {
    await page.goto('/');
    // Skip link first.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
    const box = page.getByRole('combobox', { name: 'Ville ou code postal' });
    await box.focus();
    await page.keyboard.type('laon');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', 'commune-option-0');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/commune=02408/);
    // Focus lands on the results heading.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // Tab to the first result's link and open it.
    const firstLink = page.locator('[data-place-id] a').first();
    for (let i = 0; i < 40 && !(await firstLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/place=/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // The link just above the heading leads back to the results, and focus follows.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Retour aux résultats' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?commune=02408$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('usable at 320 px: no horizontal scroll on start, results and place', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const url of ['/', '/?commune=97113', placeUrl]) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await sideScroll(page), url).toBeLessThanOrEqual(0);
    }
  });

  test.describe('at 200 % zoom', () => {
    // Browser zoom at 200 % on a 1280 × 720 window: a 640 × 360 CSS-pixel viewport drawn at 2×.
    test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

    test('start, results, filters, map and place: no sideways scroll, main actions within the width', async ({ page }) => {
      await page.goto('/');
      await expectWithinWidth(page, page.getByRole('button', { name: 'Autour de moi' }));
      await expectWithinWidth(page, page.getByRole('combobox', { name: 'Ville ou code postal' }));
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);

      await page.goto('/?commune=97113');
      await expectWithinWidth(page, page.locator('[data-place-id] a').first());
      await page.locator('summary.filters__summary').click();
      await expectWithinWidth(page, page.getByRole('checkbox', { name: /^France Services/ }));
      await expectWithinWidth(page, page.getByRole('link', { name: 'Carte' }));
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);

      await page.goto('/?commune=97113&view=map');
      await expectWithinWidth(page, page.locator('.leaflet-container'));
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);

      await page.goto(placeUrl);
      await expectWithinWidth(page, page.getByRole('heading', { level: 1 }));
      await expectWithinWidth(page, page.locator('main a[href^="tel:"]').first());
      await expectWithinWidth(page, page.getByRole('link', { name: 'Signaler une erreur' }));
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);
    });

    test('text alone at 200 % (browser font size) still fits with no sideways scroll', async ({ page }) => {
      for (const url of ['/', '/?commune=97113', placeUrl]) {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // What a reader's "very large font" setting does: the root font size doubles, rem units follow.
        await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
        await page.waitForLoadState('networkidle');
        expect(await sideScroll(page), url).toBeLessThanOrEqual(0);
        await expectWithinWidth(page, page.getByRole('heading', { level: 1 }));
      }
    });
  });

  test('touch targets are at least 44 px high on the start screen, results with filters, and place page', async ({ page }) => {
    for (const url of ['/', '/?commune=02408', placeUrl]) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (url.includes('commune')) {
        await expect(page.locator('[data-place-id]').first()).toBeVisible();
        await page.locator('summary.filters__summary').click();
      }
      const small = await page.locator('main a, main button, main input, main summary, header a, header button, footer a').evaluateAll((els) =>
        els
          // A checkbox is ticked through its label too: the label is the target that counts.
          .map((e) => ((e as HTMLInputElement).type === 'checkbox' ? ((e as HTMLInputElement).labels?.[0] ?? e) : e))
          .filter((e) => (e as HTMLElement).offsetParent && e.getBoundingClientRect().height < 44)
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(small, url).toEqual([]);
    }
  });
});
