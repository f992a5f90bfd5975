import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { smallTargets } from './support/targets';

const LABEL = 'Médiathèque de Laon';
const START = `/?mode=kiosk&near=49.5641,3.6199&label=${encodeURIComponent(LABEL)}`;
/** France services CIJ de Laon: phone and e-mail in the index. */
const PLACE = 'fs-2143';

/** Every link on screen must stay inside the app: no http(s) elsewhere, tel, mailto, sms, geo, and no new tab. */
async function outboundLinks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a')]
      .filter((a) => {
        const url = new URL(a.href, location.href);
        return url.origin !== location.origin || a.target === '_blank' || !/^https?:$/.test(url.protocol);
      })
      .map((a) => a.outerHTML.slice(0, 120)),
  );
}

test.describe('kiosk mode', () => {
  test('start URL: "Vous êtes ici", large type and touch targets', async ({ page }) => {
    await page.goto(START);
    await expect(page.getByText('Vous êtes ici :')).toBeVisible();
    await expect(page.locator('.kiosk-bar strong')).toHaveText(LABEL);
    await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('town picker: nearest towns, letter pad, no keyboard', async ({ page }) => {
    await page.goto(START);
    await page.getByRole('button', { name: 'Choisir une ville' }).click();
    const towns = page.locator('.kiosk-town');
    await expect(towns.first()).toHaveText(/^Laon/);
    await expect(towns).toHaveCount(12);
    await expectNoAxeViolations(page);
    for (const letter of 'SOIS') await page.getByRole('button', { name: `Lettre ${letter}`, exact: true }).click();
    await expect(page.locator('.kiosk-picker__prefix')).toHaveText('SOIS');
    await expect(towns.first()).toHaveText(/^Soissons/);
    await towns.first().click();
    await expect(page).toHaveURL(/commune=02722/);
    await expect(page).not.toHaveURL(/near=/);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    await page.getByRole('button', { name: "Autour d'ici" }).click();
    await expect(page).toHaveURL(/near=49\.5641,3\.6199/);
    await expect(page).not.toHaveURL(/commune=/);
  });

  test('works at 320 px wide: bar, place page and town picker without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${START}&place=${PLACE}`);
    await expect(page.locator('.kiosk-link').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: 'Choisir une ville' }).click();
    const picker = page.locator('.kiosk-picker');
    await expect(picker.locator('.kiosk-town').first()).toBeVisible();
    expect(await picker.evaluate((d) => d.scrollWidth - d.clientWidth)).toBe(0);
  });

  test('a new search comes back to the list around the kiosk, never to a keyboard', async ({ page }) => {
    await page.goto(START);
    await page.getByRole('link', { name: 'Nouvelle recherche' }).click();
    await expect(page).toHaveURL(/near=49\.5641,3\.6199/);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    await expect(page.locator('input[type=text], input[type=search], input:not([type])')).toHaveCount(0);
  });

  test('nothing leaves the kiosk: links become QR codes with the text written out', async ({ page }) => {
    await page.goto(START);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    expect(await outboundLinks(page)).toEqual([]);

    await page.goto(`${START}&place=${PLACE}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('France services');
    await expect(page.locator('.kiosk-link').first()).toBeVisible();
    expect(await outboundLinks(page)).toEqual([]);
    // No SMS, copy or share buttons on a shared screen; print stays.
    await expect(page.getByText('Envoyer par SMS')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copier le texte' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();

    const tel = page.locator('.kiosk-link[data-kind="tel"]');
    await expect(tel.locator('.kiosk-link__text')).toHaveText(/^0\d( \d\d){4}$/);
    const telQr = await decodeQr(page, tel.locator('svg.qr'));
    expect(telQr).toMatch(/^tel:\+33\d{9}$/);
    await expectNoAxeViolations(page);

    // Other screens reached from the kiosk: about, town picker, map.
    await page.goto(`${START}&page=about`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await outboundLinks(page)).toEqual([]);
    await page.goto(`${START}&view=map`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(1_000); // the map and its attribution load after the list
    expect(await outboundLinks(page)).toEqual([]);
  });

  test('the QR code hands over the place as a personal link (no kiosk settings)', async ({ page, baseURL }) => {
    await page.goto(`${START}&place=${PLACE}`);
    const qr = page.locator('.share svg.qr');
    await expect(qr).toBeVisible();
    const url = await decodeQr(page, qr);
    expect(url).not.toBeNull();
    const decoded = new URL(url!);
    expect(decoded.origin).toBe(new URL(baseURL!).origin);
    expect(decoded.searchParams.get('place')).toBe(PLACE);
    for (const key of ['mode', 'label', 'idle']) expect(decoded.searchParams.has(key)).toBe(false);
    // The decoded link opens the same place on a phone.
    await page.goto(url!);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('France services');
    await expect(page.locator('html')).not.toHaveClass(/\bkiosk\b/);
  });

  test('idle: countdown, then a full reset to the kiosk home', async ({ page }) => {
    await page.goto(`${START}&idle=5`);
    await page.locator('[data-place-id] a').first().click();
    await expect(page).toHaveURL(/place=/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.evaluate(() => sessionStorage.setItem('repere.test', 'left by the previous person'));

    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible({ timeout: 8_000 });
    await expect(dialog).toContainText('Are you still there?');
    await expect(dialog.getByRole('button', { name: 'Continue' })).toBeFocused();
    await expect(page.locator('[aria-live="assertive"]')).toContainText('Are you still there?');

    await page.waitForURL((url) => !url.searchParams.has('place'), { timeout: 15_000 });
    await expect(page.locator('.kiosk-bar strong')).toHaveText(LABEL);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByText('Vous êtes ici :')).toBeVisible();
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].sort()).toEqual(['idle', 'label', 'mode', 'near']);
    // Emptied; only the kiosk's own start address is kept for the tab (so Back can come home too).
    expect(await page.evaluate(() => [localStorage.length, Object.keys(sessionStorage)])).toEqual([0, ['repere.kiosk.home']]);
    expect(await page.evaluate(() => sessionStorage.getItem('repere.kiosk.home'))).toBe(`${url.pathname}${url.search}`);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });

  test('idle: "Continuer" keeps the person where they are; a filter counts as activity', async ({ page }) => {
    // idle=24: an 8 s countdown, so the axe run inside it does not race the reset on a loaded machine.
    await page.goto(`${START}&idle=24`);
    await page.getByText('Filtrer').click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toContainText('Vous êtes toujours là ?');
    await expectNoAxeViolations(page);
    // A finger on the button: any touch means "I am here", so the dialog goes at the pointerdown
    // (locator.click() would then report the page under it as intercepting the rest of the click).
    const button = (await dialog.getByRole('button', { name: 'Continuer' }).boundingBox())!;
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('details[open]')).toHaveCount(1);
  });

  test('the start URL language comes back after a reset, and a language is never stored', async ({ page }) => {
    await page.goto(`${START}&idle=5&lang=en`);
    await expect(page.getByText('You are here:')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // One tap from every screen: fr → gcf → en, the text and <html lang> follow.
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByText('Vous êtes ici :')).toBeVisible();
    await page.getByRole('button', { name: 'Kréyòl' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'gcf');
    await expect(page.getByText('Ou isi :')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chwazi an komin' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await expect(page.getByRole('alertdialog')).toContainText('Ou toujou la ?', { timeout: 8_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en', { timeout: 15_000 });
    await expect(page.getByText('You are here:')).toBeVisible();
  });

  test('by contrast, a personal phone remembers the language (fr → gcf → en)', async ({ page }) => {
    await page.goto('/?near=49.5641,3.6199');
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText('Lieux les plus proches de vous');
    await page.getByRole('button', { name: 'Kréyòl' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'gcf');
    await expect(title).toHaveText('Koté ki pli pré ou');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(title).not.toHaveText('Koté ki pli pré ou');
    await page.goto('/?near=49.5641,3.6199');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).not.toHaveClass(/\bkiosk\b/);
  });

  test('back after a reset never shows the previous person', async ({ page }) => {
    await page.goto(`${START}&idle=5`);
    // Two steps of the previous person in the history: a town, then a place in it.
    await page.getByRole('button', { name: 'Choisir une ville' }).click();
    await page.locator('.kiosk-town').first().click();
    await expect(page).toHaveURL(/commune=/);
    await page.locator('[data-place-id] a').first().click();
    await expect(page).toHaveURL(/place=/);
    await page.waitForURL((url) => !url.searchParams.has('place'), { timeout: 20_000 });
    await expect(page.getByText('Vous êtes ici :')).toBeVisible();
    // Back lands on the town's list of the previous person: the kiosk resets again instead.
    await page.goBack();
    await expect.poll(() => [...new URL(page.url()).searchParams.keys()].sort(), { timeout: 10_000 }).toEqual(['idle', 'label', 'mode', 'near']);
    await expect(page.getByText('Vous êtes ici :')).toBeVisible();
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
  });
});

test.describe('kiosk offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('keeps working and resets when the connection drops', async ({ page, context }) => {
    await page.goto(`${START}&idle=12`);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    await page.waitForFunction(async () => Boolean(await navigator.serviceWorker?.ready), null, { timeout: 20_000 });
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 20_000 });
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    // Once loaded, the town list is held by the kiosk: the picker does not need the network again.
    await page.getByRole('button', { name: 'Choisir une ville' }).click();
    await expect(page.locator('.kiosk-town').first()).toHaveText(/^Laon/);
    await page.getByRole('button', { name: 'Fermer' }).click();

    await context.setOffline(true);
    await page.locator('[data-place-id] a').first().click();
    await expect(page).toHaveURL(/place=/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Choisir une ville' }).click();
    await expect(page.locator('.kiosk-town').first()).toHaveText(/^Laon/);
    await page.getByRole('button', { name: 'Fermer' }).click();
    // The reset (12 s idle + 5 s countdown) is a page load of the start address: the service worker must serve it.
    await page.waitForURL((url) => !url.searchParams.has('place'), { timeout: 25_000 });
    await expect(page.getByText('Vous êtes ici :')).toBeVisible();
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
  });

  test('after a reset, nothing on the device records the previous person (storage, caches, IndexedDB)', async ({ page }) => {
    await page.goto(`${START}&idle=8`);
    await page.waitForFunction(async () => Boolean(await navigator.serviceWorker?.ready), null, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Choisir une ville' }).click();
    for (const letter of 'SOIS') await page.getByRole('button', { name: `Lettre ${letter}`, exact: true }).click();
    await page.locator('.kiosk-town').first().click();
    await expect(page).toHaveURL(/commune=02722/);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    await page.locator('[data-place-id] a').first().click();
    await expect(page).toHaveURL(/place=/);
    const place = new URL(page.url()).searchParams.get('place')!;
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL((url) => !url.searchParams.has('place'), { timeout: 25_000 });
    await expect(page.getByText('Vous êtes ici :')).toBeVisible();

    const device = await page.evaluate(async () => {
      const cacheKeys: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) cacheKeys.push(r.url);
      const records: unknown[] = [];
      for (const { name } of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((ok, ko) => Object.assign(indexedDB.open(name!), { onsuccess: (e: Event) => ok((e.target as IDBOpenDBRequest).result), onerror: ko }));
        for (const store of db.objectStoreNames) {
          const all = db.transaction(store).objectStore(store).getAll();
          records.push(await new Promise((ok) => (all.onsuccess = () => ok(all.result))));
        }
        db.close();
      }
      const storage = [...Object.entries(localStorage), ...Object.entries(sessionStorage)];
      return { cacheKeys, records: JSON.stringify(records), storage, cookie: document.cookie };
    });
    expect(device.cacheKeys.length).toBeGreaterThan(0); // the app and its data are kept (not personal)
    for (const url of device.cacheKeys) expect(url).not.toMatch(/[?&](commune|place|near|lang)=|02722|Soissons/);
    for (const trace of [place, '02722', 'Soissons', 'commune=', 'place=']) expect(device.records).not.toContain(trace);
    // Only the kiosk's own start address, where the reset has just landed.
    const home = new URL(page.url());
    expect(device.storage).toEqual([['repere.kiosk.home', home.pathname + home.search]]);
    expect([...home.searchParams.keys()].sort()).toEqual(['idle', 'label', 'mode', 'near']);
    expect(device.cookie).toBe('');
  });
});
