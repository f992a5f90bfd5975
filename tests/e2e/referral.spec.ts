// The mediator's referral sheet (?page=fiche): places, need, what to bring, first name and notes;
// printed (A4, or A4 folded into A6), sent by SMS, handed over by QR code. Nothing personal is
// ever in a URL, a QR code or any storage.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { deviceStorage, tabTo } from './support/device';
import { placeById } from './support/finder-data';
import { decodeQr } from './support/qr';
import { gsm7Length, isGsm7, smsParts } from '../../src/share/gsm7';

const PLACE = 'fs-2143';
const NEAR = 'near=49.5641,3.6199';
const FIRST_NAME = 'Zéphyrine';
const NOTES = 'Demander Sophie à l’accueil, mardi 14h';
const MM = 96 / 25.4;

const smsBody = async (page: Page) => {
  const href = (await page.getByRole('link', { name: 'Envoyer par SMS' }).getAttribute('href'))!;
  return decodeURIComponent(href.slice('sms:?&body='.length));
};
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** Nothing typed about the person anywhere: URL, storage of every kind, Cache Storage. */
async function expectNoPersonalTrace(page: Page) {
  expect(page.url()).not.toContain(encodeURIComponent(FIRST_NAME));
  const device = JSON.stringify(await deviceStorage(page));
  for (const trace of [FIRST_NAME, 'Zephyrine', 'Sophie']) expect(device).not.toContain(trace);
}

async function fillPerson(page: Page) {
  // Keyboard only: Tab to each field.
  await tabTo(page, page.getByLabel('Prénom (facultatif)'));
  await page.keyboard.type(FIRST_NAME);
  await tabTo(page, page.getByLabel('Notes', { exact: true }));
  await page.keyboard.type(NOTES);
}

test('from a place page: need, what to bring, the person; the SMS and the QR code carry nothing personal', async ({ page, baseURL }) => {
  await page.goto(`/?${NEAR}&place=${PLACE}`);
  await tabTo(page, page.getByRole('button', { name: 'Préparer une fiche d\'orientation' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`page=fiche`));
  await expect(page).toHaveURL(new RegExp(`places=${PLACE}(&|$)`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiche d\'orientation');
  const chosen = page.locator('.referral__chosen > li');
  await expect(chosen).toHaveCount(1);
  await expect(chosen.first()).toContainText(placeById(PLACE)!.name);

  // Two more from the places near the search, with the keyboard; then the sheet is full.
  const add = page.locator('.referral__add').last().getByRole('button');
  await tabTo(page, page.getByText('Ajouter un lieu', { exact: true }));
  await page.keyboard.press('Enter');
  const names: string[] = [placeById(PLACE)!.name];
  for (let i = 0; i < 2; i++) {
    const button = add.first();
    names.push((await button.textContent())!.replace(/^Ajouter « (.*) »$/, '$1'));
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    // The button went away with the change: focus is on the places, not lost at the top of the page.
    await expect(page.getByRole('heading', { name: 'Lieux (3 au plus)' })).toBeFocused();
  }
  await expect(chosen).toHaveCount(3);
  await expect(page.getByText('La fiche a déjà 3 lieux : retirez-en un pour en ajouter un autre.')).toBeVisible();
  const ids = await chosen.evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
  expect(ids[0]).toBe(PLACE);

  // The need pre-ticks what to bring; the list stays editable.
  await tabTo(page, page.getByLabel('Ce que la personne vient faire'));
  await page.getByLabel('Ce que la personne vient faire').selectOption('demarches');
  await expect(page).toHaveURL(/need=demarches/);
  for (const item of ['Une pièce d\'identité', 'Votre numéro fiscal (sur l\'avis d\'impôt)', 'Votre carte Vitale', 'Votre téléphone, chargé']) await expect(page.getByRole('checkbox', { name: item })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Votre carte Vitale' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Votre carte Vitale' })).not.toBeChecked();
  await page.getByText('Autres documents').click();
  await page.getByRole('checkbox', { name: 'Une clé USB', exact: true }).check();

  await fillPerson(page);
  await expect(page.getByLabel('Prénom (facultatif)')).toHaveValue(FIRST_NAME);
  await expectNoAxeViolations(page);

  // The list link: places and need (and the search's point), nothing else.
  const link = `${baseURL}/?${NEAR}&need=demarches&places=${ids.join(',')}`;
  expect(await decodeQr(page, page.locator('.share svg.qr'))).toBe(link);
  let sms = await smsBody(page);
  expect(isGsm7(sms)).toBe(true);
  expect(sms.split('\n')[0]).toBe('Fiche Repère : Faire une démarche en ligne');
  for (const [i, name] of names.entries()) expect(sms).toContain(`${i + 1}. ${name}`);
  expect(sms).toContain("Apportez : pièce d'identité, identifiants FranceConnect, numéro fiscal, numéro CAF, justificatif de domicile, téléphone chargé, e-mail et mot de passe, clé USB");
  expect(sms).not.toContain('carte Vitale');
  expect(sms.endsWith(`Tous les détails : ${link}`)).toBe(true);
  expect(sms).not.toContain(FIRST_NAME);
  expect(sms).not.toContain('Sophie');
  await page.getByText('Texte du SMS').click();
  await expect(page.locator('.share__sms')).toContainText(`${gsm7Length(sms)} caractères : ${smsParts(sms)} SMS`);
  expect(smsParts(sms)).toBeGreaterThan(1);

  // The notes go into the SMS only when asked; the first name never.
  await page.getByRole('checkbox', { name: 'Mettre aussi les notes dans le SMS' }).check();
  sms = await smsBody(page);
  expect(sms).toContain("Note : Demander Sophie à l'accueil, mardi 14h\nTous les détails");
  expect(sms).not.toContain(FIRST_NAME);
  expect(isGsm7(sms)).toBe(true);
  expect(await decodeQr(page, page.locator('.share svg.qr'))).toBe(link);
  await expectNoPersonalTrace(page);

  // Closing the sheet goes back to the place page, and forgets everything typed.
  await page.getByRole('button', { name: 'Fermer la fiche' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(placeById(PLACE)!.name);
  await page.getByRole('button', { name: 'Préparer une fiche d\'orientation' }).click();
  await expect(page.getByLabel('Prénom (facultatif)')).toHaveValue('');
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('');
  await expectNoPersonalTrace(page);
});

test('print: one A4 page, or an A4 folded into four A6 quarters with the QR code; no app chrome', async ({ page, baseURL }) => {
  await page.goto('/?commune=02408');
  await expect(page.locator('[data-place-id]').nth(2)).toBeVisible();
  // Opened from the result list: the three nearest places.
  await page.getByRole('button', { name: 'Préparer une fiche d\'orientation' }).click();
  await expect(page.locator('.referral__chosen > li')).toHaveCount(3);
  const ids = await page.locator('.referral__chosen > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
  await page.getByLabel('Ce que la personne vient faire').selectOption('demarches');
  await page.getByLabel('Prénom (facultatif)').fill(FIRST_NAME);
  await page.getByLabel('Notes', { exact: true }).fill(NOTES);
  await expect(page.locator('.share svg.qr')).toBeVisible();
  const link = `${baseURL}/?commune=02408&need=demarches&places=${ids.join(',')}`;

  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.referral-sheet');
  await expect(sheet).toHaveAttribute('data-format', 'a4');
  await expect(sheet).toBeVisible();
  await expect(page.locator('#app')).toBeHidden();
  for (const chrome of ['header', 'footer', '.share', 'button', 'select', 'textarea']) await expect(page.locator(chrome).first()).toBeHidden();
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Fiche d\'orientation');
  await expect(sheet.locator('.referral-sheet__for')).toHaveText(`Pour ${FIRST_NAME}`);
  await expect(sheet.locator('.referral-sheet__need')).toContainText('Faire une démarche en ligne');
  await expect(sheet.locator('.referral-sheet__place h3')).toHaveText(ids.map((id) => placeById(id)!.name));
  await expect(sheet.locator('.referral-sheet__bring li')).toHaveCount(8);
  await expect(sheet.locator('.referral-sheet__notes-text')).toHaveText(NOTES);
  expect(await decodeQr(page, sheet.locator('svg.qr'))).toBe(link);
  // Everything on the page, nothing cut.
  const a4 = (await sheet.boundingBox())!;
  expect(a4.height).toBeLessThanOrEqual(297 * MM + 1);
  for (const part of ['key', 'places', 'bring', 'notes']) {
    const box = (await sheet.locator(`.referral-sheet__${part}`).boundingBox())!;
    expect(box.y + box.height - a4.y, part).toBeLessThanOrEqual(297 * MM - 12 * MM + 1);
  }
  await expectNoAxeViolations(page);
  const pdfA4 = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdfA4.subarray(0, 4).toString()).toBe('%PDF');
  expect(pdfPages(pdfA4)).toBe(1);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: 'A4 plié en 4 (format A6)' }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toHaveAttribute('data-format', 'a6');
  const origin = (await sheet.boundingBox())!;
  const quarters: [string, number, number][] = [['key', 0, 0], ['places', 1, 0], ['bring', 0, 1], ['notes', 1, 1]];
  for (const [part, col, row] of quarters) {
    const quarter = sheet.locator(`.referral-sheet__${part}`);
    const box = (await quarter.boundingBox())!;
    expect(Math.round(box.x - origin.x), part).toBe(Math.round(col * 105 * MM));
    expect(Math.round(box.y - origin.y), part).toBe(Math.round(row * 148.5 * MM));
    expect(box.width, part).toBeLessThanOrEqual(105 * MM + 1);
    expect(box.height, part).toBeLessThanOrEqual(148.5 * MM + 1);
    // Nothing of the quarter is cut off.
    expect(await quarter.evaluate((e) => e.scrollHeight - e.clientHeight), part).toBeLessThanOrEqual(1);
  }
  // Folded, the first quarter alone: the need, the places and their phone numbers above the QR code, in 12 pt or more.
  const qr = (await sheet.locator('.referral-sheet__key svg.qr').boundingBox())!;
  expect(qr.width).toBeGreaterThanOrEqual(25 * MM);
  expect(qr.y + qr.height - origin.y).toBeLessThanOrEqual(148.5 * MM);
  const facts = sheet.locator('.referral-sheet__key :is(.referral-sheet__for, .referral-sheet__need, .referral-sheet__name, .referral-sheet__phone)');
  expect(await facts.count()).toBeGreaterThanOrEqual(3 + 2);
  for (const fact of await facts.all()) {
    const b = (await fact.boundingBox())!;
    expect(b.y + b.height).toBeLessThanOrEqual(qr.y);
    expect(await fact.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(16);
  }
  await expect(sheet.locator('.referral-sheet__key .referral-sheet__name')).toHaveText(ids.map((id) => placeById(id)!.name));
  expect(await decodeQr(page, sheet.locator('svg.qr'))).toBe(link);
  const pdfA6 = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdfPages(pdfA6)).toBe(1);
  await expectNoPersonalTrace(page);
});

test('kiosk: the sheet prints and shows its QR code, sends nothing, and the reset forgets it', async ({ page }) => {
  const start = `/?mode=kiosk&${NEAR}&label=M%C3%A9diath%C3%A8que`;
  await page.goto(`${start}&place=${PLACE}`);
  await page.getByRole('button', { name: 'Préparer une fiche d\'orientation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiche d\'orientation');
  await page.getByLabel('Prénom (facultatif)').fill(FIRST_NAME);
  await page.getByLabel('Notes', { exact: true }).fill(NOTES);
  await expect(page.locator('.share svg.qr')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Envoyer par SMS' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copier le texte' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Mettre aussi les notes dans le SMS' })).toHaveCount(0);
  await expect(page.getByText('Mes lieux', { exact: true })).toHaveCount(0); // no kept places offered
  await expectNoAxeViolations(page);
  await expectNoPersonalTrace(page);
  const fiche = page.url();

  await page.getByRole('button', { name: 'Recommencer' }).click();
  await page.waitForURL((url) => !url.searchParams.has('page'));
  await page.goto(fiche);
  await expect(page.getByLabel('Prénom (facultatif)')).toHaveValue('');
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('');
  await expectNoPersonalTrace(page);
});
