// "Mes lieux": places kept on a personal device (IndexedDB), never on a kiosk.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { deviceStorage, tabTo } from './support/device';
import { placeById } from './support/finder-data';

const PLACE = 'fs-2143'; // France services CIJ de Laon
const NAME = 'France services CIJ de Laon';
const LIST_URL = '/?commune=02408';
const items = (page: Page) => page.locator('[data-place-id]');
const keep = (page: Page, name: string) => page.getByRole('button', { name: `Garder « ${name} » dans Mes lieux`, exact: true });
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

test.describe('Mes lieux', () => {
  test('keep a result and a place page, find both with their record after a reload', async ({ page }) => {
    await page.goto(LIST_URL);
    const first = items(page).first();
    await expect(first).toBeVisible();
    // Searching alone stores nothing: no database until a place is kept.
    expect(await databases(page)).not.toContain('repere-favourites');
    const firstId = (await first.getAttribute('data-place-id'))!;
    const firstName = placeById(firstId)!.name;
    await keep(page, firstName).click();
    await expect(keep(page, firstName)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('link', { name: 'Mes lieux (1)' })).toBeVisible();

    await page.goto(`/?near=49.5641,3.6199&place=${PLACE}`);
    await expect(keep(page, NAME)).toHaveAttribute('aria-pressed', 'false');
    await keep(page, NAME).click();
    await expect(keep(page, NAME)).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(keep(page, NAME)).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('link', { name: 'Mes lieux (2)' }).click();
    await expect(page).toHaveURL(/page=favoris/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes lieux');
    await expect(items(page)).toHaveCount(2);
    expect(await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')))).toEqual([firstId, PLACE]);
    const cij = page.locator(`[data-place-id="${PLACE}"]`);
    await expect(cij.getByRole('heading', { level: 2 })).toHaveText(NAME);
    await expect(cij).toContainText('France Services');
    await expect(cij).toContainText('56 Boulevard Gras-Brancourt, 02000 Laon');
    await expect(cij).toContainText('03 23 23 70 09');
    await expect(cij.locator('.place-summary__today')).toHaveText(/^Aujourd'hui : \d|^Fermé aujourd'hui$/);
    // Distances from the last search (Laon), written once a place was kept.
    await expect(page.getByText('Distances à vol d\'oiseau depuis votre dernière recherche : Laon.')).toBeVisible();
    await expect(cij.locator('.result__distance')).toHaveText(/^à [\d,]+ (m|km) à vol d'oiseau$/);
    await expectNoAxeViolations(page);

    // The name opens the full place page.
    await cij.getByRole('link', { name: NAME }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
    await expect(page.getByRole('heading', { name: 'Horaires' })).toBeVisible();
  });

  test('keyboard only: keep, remove with undo, remove all after a confirmation', async ({ page }) => {
    await page.goto(LIST_URL);
    await expect(items(page).nth(1)).toBeVisible();
    const ids = await items(page).evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-place-id')!));
    const names = ids.map((id) => placeById(id)!.name);
    for (const name of names) {
      await tabTo(page, keep(page, name));
      await page.keyboard.press('Enter');
      await expect(keep(page, name)).toHaveAttribute('aria-pressed', 'true');
    }
    await page.keyboard.press('Space'); // a toggle: pressed again, the place leaves
    await expect(keep(page, names[1])).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Space');
    await expect(keep(page, names[1])).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/?page=favoris');
    await expect(items(page)).toHaveCount(2);
    await tabTo(page, page.getByRole('button', { name: `Retirer « ${names[0]} » de Mes lieux` }));
    await page.keyboard.press('Enter');
    await expect(items(page)).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: `« ${names[0]} » a été retiré de Mes lieux.` })).toBeVisible();
    // Focus is on "Annuler": one key brings the place back where it was.
    await expect(page.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(items(page)).toHaveCount(2);
    expect(await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')))).toEqual(ids);

    await tabTo(page, page.getByRole('button', { name: 'Tout retirer' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Retirer les 2 lieux de Mes lieux ? Ils seront effacés de cet appareil.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Non, les garder' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(items(page)).toHaveCount(2);
    await tabTo(page, page.getByRole('button', { name: 'Tout retirer' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Non, les garder' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Oui, tout retirer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Mes lieux est vide : tout a été effacé de cet appareil.')).toBeVisible();
    await expect(items(page)).toHaveCount(0);
    await expect(page.getByText('Vous n\'avez gardé aucun lieu pour l\'instant.')).toBeVisible();
    // "Tout retirer" leaves nothing behind: the database itself is gone.
    expect(await databases(page)).not.toContain('repere-favourites');
    await expectNoAxeViolations(page);
  });

  test('kiosk: no keep button, no Mes lieux, nothing stored or read', async ({ page }) => {
    await page.goto('/?mode=kiosk&near=49.5641,3.6199&label=M%C3%A9diath%C3%A8que');
    await expect(items(page).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Garder/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Mes lieux/ })).toHaveCount(0);
    await items(page).first().getByRole('link').first().click();
    await expect(page).toHaveURL(/place=/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Garder/ })).toHaveCount(0);
    await page.goto('/?mode=kiosk&near=49.5641,3.6199&page=favoris');
    await expect(page.getByText('Mes lieux n\'existe pas sur une borne partagée')).toBeVisible();
    await expectNoAxeViolations(page);
    const device = await deviceStorage(page);
    expect(device.databases.map((d) => d.name)).not.toContain('repere-favourites');
  });

  test('a kiosk never reads the places kept by the same browser in personal use', async ({ page }) => {
    await page.goto(`/?place=${PLACE}`);
    await keep(page, NAME).click();
    await expect(keep(page, NAME)).toHaveAttribute('aria-pressed', 'true');
    // Reads of IndexedDB are counted from the first script on.
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      (window as unknown as { opened: string[] }).opened = [];
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        (window as unknown as { opened: string[] }).opened.push(name);
        return open.call(this, name, version);
      };
    });
    await page.goto(`/?mode=kiosk&near=49.5641,3.6199&place=${PLACE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
    await page.goto('/?mode=kiosk&near=49.5641,3.6199&page=favoris');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes lieux');
    await expect(items(page)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { opened: string[] }).opened)).not.toContain('repere-favourites');
  });
});
