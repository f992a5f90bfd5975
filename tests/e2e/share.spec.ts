import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { gsm7Length, isGsm7 } from '../../src/share/gsm7';

/** France services CIJ de Laon: phone, e-mail and weekly hours in the index. */
const PLACE = 'fs-2143';
const PLACE_URL = `/?near=49.5641,3.6199&place=${PLACE}`;
const LIST_URL = '/?commune=02408';

const MM = 96 / 25.4; // CSS pixels per millimetre

/**
 * Folded twice, an A4 sheet shows its top-left A6 quarter (105 × 148.5 mm): every `selector` of
 * that quarter must be drawn inside it, above the QR code (not cut by it), in text of 12 pt
 * (16 px) or more; the QR code at 25 mm or more, so a phone reads it from the folded paper.
 */
async function expectKeyFactsInA6(page: Page, selectors: string[]) {
  const sheet = (await page.locator('.print-sheet').boundingBox())!;
  const qr = (await page.locator('.print-sheet__key svg.qr').boundingBox())!;
  expect(qr.width).toBeGreaterThanOrEqual(25 * MM);
  for (const b of [qr, ...(await Promise.all((await page.locator(`.print-sheet__key :is(${selectors.join(', ')})`).all()).map((l) => l.boundingBox())))]) {
    expect(b!.x - sheet.x).toBeGreaterThanOrEqual(0);
    expect(b!.y - sheet.y).toBeGreaterThanOrEqual(0);
    expect(b!.x + b!.width - sheet.x).toBeLessThanOrEqual(105 * MM);
    expect(b!.y + b!.height - sheet.y).toBeLessThanOrEqual(148.5 * MM);
  }
  for (const selector of selectors) {
    const facts = page.locator(`.print-sheet__key ${selector}`);
    expect(await facts.count(), selector).toBeGreaterThan(0);
    for (const fact of await facts.all()) {
      const b = (await fact.boundingBox())!;
      expect(b.y + b.height, `${selector} above the QR code`).toBeLessThanOrEqual(qr.y);
      expect(await fact.evaluate((e) => parseFloat(getComputedStyle(e).fontSize)), selector).toBeGreaterThanOrEqual(16);
    }
  }
}

test.describe('hand-off', () => {
  test('SMS link: one GSM-7 SMS with name, address, phone and hours', async ({ page }) => {
    await page.goto(PLACE_URL);
    const sms = page.getByRole('link', { name: 'Envoyer par SMS' });
    await expect(sms).toBeVisible();
    const href = (await sms.getAttribute('href'))!;
    expect(href.startsWith('sms:?&body=')).toBe(true);
    const body = decodeURIComponent(href.slice('sms:?&body='.length));
    expect(isGsm7(body)).toBe(true);
    expect(gsm7Length(body)).toBeLessThanOrEqual(160);
    expect(body).toContain('France services CIJ de Laon');
    expect(body).toContain('02000 Laon');
    expect(body).toMatch(/Tél 0\d( \d\d){4}/);
    expect(body).toMatch(/Auj\. |Fermé auj\./);
    await page.getByText('Texte du SMS').click();
    await expect(page.locator('.share__sms-text')).toHaveText(body);
  });

  test('copy to clipboard shows "Copié"', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(PLACE_URL);
    await page.getByRole('button', { name: 'Copier le texte' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copié' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('France services CIJ de Laon');
    expect(copied).toContain(`place=${PLACE}`);
  });

  test('Web Share sheet where the browser has it', async ({ page }) => {
    await page.addInitScript(() => {
      (navigator as unknown as { share: (d: ShareData) => Promise<void> }).share = async (data) => {
        (window as unknown as { shared: ShareData }).shared = data;
      };
    });
    await page.goto(PLACE_URL);
    await page.getByRole('button', { name: 'Partager…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.url).toContain(`place=${PLACE}`);
    expect(shared.text).toContain('France services CIJ de Laon');
  });

  test('no share button where the browser has no share sheet', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto(PLACE_URL);
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Partager…' })).toHaveCount(0);
  });

  test('the QR code opens the same place on another phone', async ({ page, baseURL }) => {
    await page.goto(PLACE_URL);
    const url = await decodeQr(page, page.locator('.share svg.qr'));
    expect(url).toBe(`${baseURL}/?place=${PLACE}`);
  });

  test('the QR code of a result list opens the same list on another phone', async ({ page, baseURL, browser }) => {
    await page.goto(LIST_URL);
    const items = page.locator('[data-place-id]');
    await expect(items.first()).toBeVisible();
    const url = await decodeQr(page, page.locator('.share svg.qr'));
    expect(url).toBe(`${baseURL}${LIST_URL}`);
    const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')));
    const phone = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    try {
      await phone.goto(url!);
      await expect(phone.locator('[data-place-id]').first()).toBeVisible();
      expect(await phone.locator('[data-place-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')))).toEqual(ids);
    } finally {
      await phone.close();
    }
  });

  test('print: a sheet with QR, address and hours, no app chrome; PDF', async ({ page, baseURL }) => {
    await page.goto(PLACE_URL);
    await expect(page.locator('.share svg.qr')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    await expect(sheet).toBeVisible();
    await expect(page.locator('#app')).toBeHidden();
    for (const chrome of ['header', 'nav', 'footer', '.share', '.kiosk-bar', 'button']) await expect(page.locator(chrome).first()).toBeHidden();
    await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('France services CIJ de Laon');
    await expect(sheet).toContainText('02000 Laon');
    await expect(sheet.locator('.print-sheet__phone')).toHaveText(/^0\d( \d\d){4}$/);
    await expect(sheet.locator('.print-sheet__today')).toHaveText(/Aujourd'hui : \d|Fermé aujourd'hui/);
    await expect(sheet.locator('.print-sheet__week tr')).toHaveCount(7);
    await expectKeyFactsInA6(page, ['.print-sheet__title', '.print-sheet__facts dd', '.print-sheet__phone', '.print-sheet__today']);
    const qr = sheet.locator('svg.qr');
    await expect(qr).toBeVisible();
    expect(await decodeQr(page, qr)).toBe(`${baseURL}/?place=${PLACE}`);
    await expectNoAxeViolations(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  test('print: the longest entry of the index still fits its folded quarter, QR code included', async ({ page, baseURL }) => {
    // A travelling France services: a three-line name, a street of a paragraph, the mobile note, e-mail.
    await page.goto('/?place=fs-1938');
    await expect(page.locator('.share svg.qr')).toBeVisible();
    await expect(page.locator('.print-sheet__today')).toHaveText(/Aujourd'hui : \d|Fermé aujourd'hui/);
    await page.emulateMedia({ media: 'print' });
    await expectKeyFactsInA6(page, ['.print-sheet__title', '.print-sheet__facts dd', '.print-sheet__phone', '.print-sheet__today']);
    expect(await decodeQr(page, page.locator('.print-sheet svg.qr'))).toBe(`${baseURL}/?place=fs-1938`);
    // The e-mail moved to the second quarter, with the week's hours.
    await expect(page.locator('.print-sheet__week')).toContainText('@france-services.gouv.fr');
  });

  test('print a result list', async ({ page }) => {
    await page.goto(LIST_URL);
    const items = page.locator('[data-place-id]');
    await expect(items.first()).toBeVisible();
    await expect(page.locator('.share svg.qr')).toBeVisible();
    const count = await items.count();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet[data-print-sheet="list"]');
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('.print-sheet__list > li')).toHaveCount(count);
    await expect(sheet.locator('svg.qr')).toBeVisible();
    await expectKeyFactsInA6(page, ['.print-sheet__title', '.print-sheet__title + p']);
    await expect(page.locator('#app')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });

  test('large view for a mediator', async ({ page }) => {
    await page.goto(PLACE_URL);
    await page.getByRole('button', { name: 'Grand affichage' }).click();
    await expect(page).toHaveURL(/large=1/);
    const view = page.locator('.large-view');
    await expect(view.getByRole('heading', { level: 1 })).toHaveText('France services CIJ de Laon');
    const size = await view.getByRole('heading', { level: 1 }).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    await expect(view).toContainText('02000 Laon');
    await expect(view.locator('svg.qr')).toBeVisible();
    await expect(page.locator('.share')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Fermer le grand affichage' }).click();
    await expect(page).not.toHaveURL(/large=1/);
    await expect(page.locator('.share')).toBeVisible();
  });

  test('read aloud: hidden without voices', async ({ page }) => {
    await page.addInitScript(() => {
      speechSynthesis.getVoices = () => [];
    });
    await page.goto(PLACE_URL);
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lire à voix haute' })).toHaveCount(0);
  });

  test('read aloud: page language, Kreyòl falls back to a French voice, stop button', async ({ page }) => {
    await page.addInitScript(() => {
      const voices = [{ lang: 'fr-FR', name: 'Français', default: true, localService: true, voiceURI: 'fr' }];
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      speechSynthesis.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        spoken.push({ text: u.text, lang: u.lang });
      };
      speechSynthesis.cancel = () => {};
      // A fake voice is not a SpeechSynthesisVoice: the utterance is faked along with it.
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        lang = '';
        voice: unknown = null;
        rate = 1;
        onend: unknown = null;
        onerror: unknown = null;
        constructor(public text: string) {}
      };
    });
    await page.goto(`${PLACE_URL}&lang=gcf`);
    await page.getByRole('button', { name: 'Li fò' }).click();
    await expect(page.getByRole('button', { name: 'Arété li' })).toBeVisible();
    await expect(page.getByText('Pa ni vwa kréyòl')).toBeVisible();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0].lang).toBe('fr-FR');
    expect(spoken[0].text).toContain('France services CIJ de Laon');
    expect(spoken[0].text).toContain('Adrès');
    await page.getByRole('button', { name: 'Arété li' }).click();
    await expect(page.getByRole('button', { name: 'Li fò' })).toBeVisible();
  });
});
