// A hand-picked list (?places=): chosen in a result list or from Mes lieux, handed over by QR code,
// SMS or link, opened as a list on another phone.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/device';
import { placeById } from './support/finder-data';
import { decodeQr } from './support/qr';
import { gsm7Length, isGsm7, smsParts } from '../../src/share/gsm7';

const items = (page: Page) => page.locator('[data-place-id]');
const idsShown = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));

test('choose places in a result list with the keyboard, send them, open them on another phone', async ({ page, browser, baseURL }) => {
  await page.goto('/?commune=02408');
  await expect(items(page).nth(4)).toBeVisible();
  const results = await idsShown(page);
  const chosen = [results[3], results[0], results[4]];

  await tabTo(page, page.getByRole('button', { name: 'Choisir des lieux à envoyer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Garder/ })).toHaveCount(0); // the checkboxes take their place
  for (const id of chosen) {
    await tabTo(page, page.getByRole('checkbox', { name: `Choisir « ${placeById(id)!.name} »` }));
    await page.keyboard.press('Space');
  }
  await expect(page.getByText('3 lieux choisis.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Voir et envoyer ces lieux' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`places=${chosen.join(',')}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('3 lieux choisis pour vous');
  await expect(items(page)).toHaveCount(3);
  expect(await idsShown(page)).toEqual(chosen);
  await expect(page.getByText('Distances à vol d\'oiseau depuis Laon.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The QR code and the SMS carry the list (and the search's town), in the order chosen.
  const url = (await decodeQr(page, page.locator('.share svg.qr')))!;
  expect(url).toBe(`${baseURL}/?commune=02408&places=${chosen.join(',')}`);
  const href = (await page.getByRole('link', { name: 'Envoyer par SMS' }).getAttribute('href'))!;
  const sms = decodeURIComponent(href.slice('sms:?&body='.length));
  expect(isGsm7(sms)).toBe(true);
  const lines = sms.split('\n');
  expect(lines[0]).toBe('Repère : 3 lieux pour vous');
  expect(lines.at(-1)).toBe(url);
  expect(lines.slice(1, 4).map((l) => l.replace(/^\d\. /, '').split(' - ')[0])).toEqual(chosen.map((id) => placeById(id)!.name.replace(/’/g, "'")));
  await page.getByText('Texte du SMS').click();
  await expect(page.locator('.share__sms')).toContainText(`${gsm7Length(sms)} caractères : ${smsParts(sms)} SMS`);

  // A fresh phone: nothing on it yet, the link opens the list.
  const phone = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const other = await phone.newPage();
  try {
    await other.goto(url);
    await expect(items(other)).toHaveCount(3);
    expect(await idsShown(other)).toEqual(chosen);
    for (const id of chosen) {
      const item = other.locator(`[data-place-id="${id}"]`);
      const p = placeById(id)!;
      await expect(item.getByRole('heading', { level: 2 })).toHaveText(p.name);
      await expect(item).toContainText(p.address.commune);
      // Today's hours, in the place's time zone, or what the record says instead.
      const today = p.hours ? /^Aujourd'hui : \d|^Fermé aujourd'hui$/ : p.appointment ? 'Sur rendez-vous' : p.hoursText || 'Horaires non renseignés';
      await expect(item.locator('.place-summary__today')).toHaveText(today);
    }
    // Each opens its place page, and comes back to the list.
    await other.locator(`[data-place-id="${chosen[1]}"]`).getByRole('link', { name: placeById(chosen[1])!.name }).click();
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(placeById(chosen[1])!.name);
    await other.getByRole('link', { name: 'Retour à la liste' }).click();
    await expect(items(other)).toHaveCount(3);
    expect(await idsShown(other)).toEqual(chosen);
  } finally {
    await phone.close();
  }
});

test('from Mes lieux: all the kept places as one list', async ({ page }) => {
  await page.goto('/?commune=02408');
  await expect(items(page).nth(1)).toBeVisible();
  const [a, b] = (await idsShown(page)).slice(0, 2);
  for (const id of [b, a]) await page.getByRole('button', { name: `Garder « ${placeById(id)!.name} » dans Mes lieux` }).click();
  await page.getByRole('link', { name: 'Mes lieux (2)' }).click();
  await page.getByRole('button', { name: 'Envoyer ou imprimer ces lieux' }).click();
  await expect(page).toHaveURL(new RegExp(`commune=02408&places=${b},${a}$`));
  await expect(items(page)).toHaveCount(2);
  expect(await idsShown(page)).toEqual([b, a]);
  await expect(page.getByRole('heading', { level: 2, name: 'Emporter cette liste' })).toBeVisible();
});

test('a list URL with ids the index does not have says so, and shows the rest', async ({ page }) => {
  await page.goto('/?places=fs-2143,zz-does-not-exist');
  await expect(items(page)).toHaveCount(1);
  await expect(page.locator('[data-missing-id="zz-does-not-exist"]')).toHaveText('Lieu n° 2 de la liste : il n\'est plus dans les données de Repère.');
});

test('the new screens in English and in Kreyòl', async ({ page }) => {
  const screens: [string, string, string][] = [
    ['/?page=favoris&lang=en', 'My places', 'You have not kept any place yet.'],
    ['/?page=favoris&lang=gcf', 'Koté an mwen', 'Ou poko gadé pyès koté.'],
    ['/?places=fs-2143&need=imprimer&lang=en', '1 place chosen for you', 'For: Print, scan or send a document'],
    ['/?places=fs-2143&need=imprimer&lang=gcf', '1 koté nou chwazi ba-w', 'Pou : Enprimé, eskanné oben voyé on papyé'],
    ['/?page=fiche&places=fs-2143&need=imprimer&lang=en', 'Referral sheet', 'What to bring'],
    ['/?page=fiche&places=fs-2143&need=imprimer&lang=gcf', 'Fich oryantasyon', 'Sa pou mennen'],
  ];
  for (const [url, title, text] of screens) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
