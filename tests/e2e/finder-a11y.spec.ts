import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test.describe('accessibility', () => {
  test('the start page opens in French, with no axe violation', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Données du');
    await expectNoAxeViolations(page);
  });

  test('results list has no axe violation', async ({ page }) => {
    await page.goto('/?commune=02408');
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    await expectNoAxeViolations(page);
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
    for (const url of ['/', '/?commune=97113']) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });

  test('touch targets are at least 44 px high on the start screen', async ({ page }) => {
    await page.goto('/');
    const small = await page.locator('main a, main button, main input, header a, header button, footer a').evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).offsetParent && e.getBoundingClientRect().height < 44).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
  });
});
