// The stops of buses on the real index: a search near Machault (Ardennes) lists the Vouziers bus's
// Tuesday stop at Machault's distance with its next passage (clock fixed), the bus's page lists its
// stops, a stop's page says which bus and hands over where and when; filters, languages, keyboard, axe.
import { expect, test, type Page } from '@playwright/test';
import { gsm7Length, isGsm7 } from '../../src/share/gsm7';
import { expectNoAxeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { haversineKm, placeById } from './support/finder-data';

const BUS = 'fs-47';
const STOP = 'fs-47-08264';
const stop = placeById(STOP)!;
// A point 3 km or so south-east of Machault's centre, where the stop stands (the comment gives no address).
const NEAR = { lat: 49.33, lon: 4.54 };
const SEARCH = `/?near=${NEAR.lat},${NEAR.lon}`;
const SUNDAY = new Date('2026-12-06T10:00:00+01:00');
const TUESDAY_10 = new Date('2026-12-08T10:00:00+01:00');
const HEADING = 'Bus France services de Vouziers — à Machault le mardi, 9 h–12 h et 13 h–16 h 30';

const item = (page: Page, id: string) => page.locator(`[data-place-id="${id}"]`);
/** The words of `text` with any white space between them (line breaks, no-break spaces). */
const spaced = (text: string) => new RegExp(`^${text.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}$`);
/** "2,9 km" as the app writes a distance in French (one decimal under 10 km). */
const frKm = (km: number) => `${km < 10 ? km.toFixed(1).replace('.', ',') : Math.round(km)} km`;

test.describe('stops of buses', () => {
  test('a search near Machault lists the stop at Machault\'s distance, with its next passage', async ({ page }) => {
    await page.clock.setFixedTime(SUNDAY);
    await page.goto(SEARCH);
    const result = item(page, STOP);
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(HEADING);
    await expect(result).toContainText(`à ${frKm(haversineKm(NEAR.lat, NEAR.lon, stop.lat, stop.lon))} à vol d'oiseau · Machault`);
    await expect(result.locator('.status')).toHaveText('Prochain passage : mardi 9 h');
    await expect(result).toContainText('France Services');
    await expect(result).toContainText('Itinérant');
    // Its buttons say which stop they are for: the bus's other stops are results with the same name.
    await expect(result.getByRole('button', { name: /^Garder/ })).toHaveAccessibleName(/Bus France services de Vouziers — à Machault/);
    // The bus itself (its garage in Vouziers) is another result, further away; its other stops are results too.
    await expect(item(page, BUS)).toHaveCount(1);
    await expect(item(page, 'fs-47-08303')).toContainText('à Monthois le lundi');
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  test('the next passage follows the clock, on the stop\'s own time zone whatever the phone\'s', async ({ browser }) => {
    // A phone set to Martinique time: Tuesday 01:30 in Machault is still Monday 20:30 on the phone.
    const context = await browser.newContext({ timezoneId: 'America/Martinique', locale: 'fr-FR' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-12-08T00:30:00Z'));
    await page.goto(SEARCH);
    await expect(item(page, STOP).locator('.status')).toHaveText("Prochain passage : aujourd'hui 9 h");
    await page.clock.setFixedTime(TUESDAY_10);
    await page.reload();
    await expect(item(page, STOP).locator('.status')).toHaveText("Le bus est là en ce moment, jusqu'à 12 h");
    await context.close();
  });

  test('filters keep working on stops: kind, mobile, open now, today, weekend', async ({ page }) => {
    await page.clock.setFixedTime(TUESDAY_10);
    for (const filter of ['kind=france-services', 'mobile=1', 'service=demarches', 'open=1', 'today=1']) {
      await page.goto(`${SEARCH}&${filter}`);
      await expect(item(page, STOP), filter).toBeVisible();
    }
    // On Tuesday at 10:00 the other stops of the bus (Monday, Wednesday…) are not open now, nor today.
    await expect(item(page, 'fs-47-08303')).toHaveCount(0);
    await page.goto(`${SEARCH}&weekend=1`);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    await expect(item(page, STOP)).toHaveCount(0);
    await page.clock.setFixedTime(SUNDAY);
    await page.goto(`${SEARCH}&open=1`);
    await expect(page.locator('.results__count')).not.toBeEmpty();
    await expect(item(page, STOP)).toHaveCount(0);
    // The filter panel counts it among the mobile services around.
    await page.goto(SEARCH);
    await page.locator('summary.filters__summary').click();
    await page.getByRole('checkbox', { name: /^Services itinérants/ }).check();
    await expect(page).toHaveURL(/mobile=1/);
    await expect(item(page, STOP)).toBeVisible();
    await expect(item(page, BUS)).toBeVisible();
  });

  test('the bus\'s page lists its stops with days, hours and next passage; each opens its own page', async ({ page }) => {
    await page.clock.setFixedTime(SUNDAY);
    await page.goto(`${SEARCH}&place=${BUS}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bus France services de Vouziers');
    await expect(page.locator('main')).toContainText('Voici où et quand il passe');
    const section = page.locator('section.bus-stops');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Lieux et jours de passage');
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(['Monthois', 'Machault', 'Buzancy', 'Grandpré', 'Bairon et ses environs']);
    const machault = section.locator(`[data-stop-id="${STOP}"]`);
    await expect(machault).toContainText('Lieu : mairie');
    await expect(machault).toContainText('Le mardi, 9 h–12 h et 13 h–16 h 30');
    await expect(machault).toContainText('Prochain passage : mardi 9 h');
    await expect(section.locator('[data-stop-id="fs-47-08303"]')).toContainText('Prochain passage : demain 9 h');
    await expectNoAxeViolations(page, { bestPractice: true });
    await machault.getByRole('link', { name: 'Machault' }).click();
    await expect(page).toHaveURL(new RegExp(`place=${STOP}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bus France services de Vouziers — à Machault');
  });

  test('a stop\'s page: when, where, next passage, the source\'s words and the way to its bus', async ({ page }) => {
    await page.clock.setFixedTime(SUNDAY);
    await page.goto(`${SEARCH}&place=${STOP}`);
    const main = page.locator('main');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bus France services de Vouziers — à Machault');
    await expect(page.locator('.place__status')).toHaveText('Prochain passage : mardi 9 h');
    const when = page.locator('section.stop-when');
    await expect(when.getByRole('heading', { level: 2 })).toHaveText('Quand venir');
    await expect(when).toContainText('Le mardi, 9 h–12 h et 13 h–16 h 30');
    await expect(when).toContainText('Lieu : mairie');
    await expect(when).toContainText('Texte de la source : « mardis à la mairie de Machault »');
    await expect(main).toContainText("La source ne donne pas l'adresse exacte");
    await expect(main).toContainText('08310 Machault');
    await expect(page.getByRole('link', { name: 'Appeler le 03 24 71 64 65' })).toBeVisible();
    await expect(page.getByRole('table')).toContainText('9 h – 12 h');
    await expectNoAxeViolations(page, { bestPractice: true });
    await page.getByRole('link', { name: 'Toutes les étapes de Bus France services de Vouziers' }).click();
    await expect(page).toHaveURL(new RegExp(`place=${BUS}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bus France services de Vouziers');
    // Back to the results of the search the stop was opened from.
    await page.getByRole('link', { name: 'Retour aux résultats' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?near=${NEAR.lat},${NEAR.lon}$`));
  });

  test('SMS, QR code and print sheet of a stop say where and when the bus comes', async ({ page }) => {
    await page.clock.setFixedTime(SUNDAY);
    await page.goto(`/?place=${STOP}`);
    const sms = page.getByRole('link', { name: 'Envoyer par SMS' });
    const body = decodeURIComponent((await sms.getAttribute('href'))!.slice('sms:?&body='.length));
    expect(isGsm7(body)).toBe(true);
    expect(gsm7Length(body)).toBeLessThanOrEqual(160);
    expect(body.split('\n')).toEqual([
      'Bus France services de Vouziers',
      'A Machault le mardi, 9 h-12 h et 13 h-16 h 30',
      'Mairie',
      'Tél 03 24 71 64 65',
      'Prochain passage : mardi 9 h',
    ]);
    const qr = page.locator('.share__qr svg.qr');
    expect(await decodeQr(page, qr)).toMatch(new RegExp(`[?&]place=${STOP}$`));
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('.print-sheet__title')).toHaveText('Bus France services de Vouziers — à Machault');
    const when = sheet.locator('.print-sheet__key .print-sheet__stop');
    await expect(when).toHaveText('À Machault le mardi, 9 h–12 h et 13 h–16 h 30Prochain passage : mardi 9 h');
    // Folded twice, the top-left A6 quarter still says when, above its QR code.
    const [box, code, paper] = await Promise.all([when.boundingBox(), sheet.locator('.print-sheet__key svg.qr').boundingBox(), sheet.boundingBox()]);
    expect(box!.y + box!.height).toBeLessThanOrEqual(code!.y);
    expect(code!.y + code!.height - paper!.y).toBeLessThanOrEqual((148.5 * 96) / 25.4);
    await expect(sheet).toContainText('mairie');
    await expect(sheet).not.toContainText("l'adresse est celle de sa base");
  });

  test('a bus with a stop at its own commune is one result, saying when it is there', async ({ page }) => {
    // The Talence bus stops at the Talence market on Wednesdays: one result, not the bus and its stop.
    await page.clock.setFixedTime(SUNDAY);
    await page.goto('/?commune=33522');
    const bus = item(page, 'fs-2701');
    await expect(bus).toHaveCount(1);
    await expect(bus).toContainText('à Talence le mercredi, 8 h 30–13 h');
    await expect(bus).toContainText('Prochain passage : mercredi 8 h 30');
    await expect(page.locator('[data-place-id^="fs-2701-"]')).toHaveCount(0);
    await page.goto('/?place=fs-2701');
    const section = page.locator('section.bus-stops');
    await expect(section).toContainText('Talence · sa commune d\'attache');
    await expect(section.getByRole('link', { name: 'Talence' })).toHaveAttribute('href', /\?commune=33522$/);
  });

  test('Martinique: the next passage on Martinique\'s clock, from a phone in Paris', async ({ page }) => {
    // Monday 04:30 in Paris is Sunday 23:30 in Fort-de-France: the Servibus's Monday is tomorrow there.
    await page.clock.setFixedTime(new Date('2026-12-07T03:30:00Z'));
    await page.goto('/?place=fs-3239');
    await expect(page.locator('section.bus-stops')).toContainText('Prochain passage : demain');
  });

  test('on the map, the stop is a marker at Machault that says which stop it is', async ({ page }) => {
    await page.clock.setFixedTime(SUNDAY);
    await page.goto(`${SEARCH}&view=map`);
    const marker = page.locator(`.map-view [data-marker-id="${STOP}"]`);
    // The stop is the nearest result: while it is in a group, open the group nearest the search's centre.
    const centre = (await page.locator('.map-origin-marker').boundingBox())!;
    for (let i = 0; i < 6 && !(await marker.count()); i++) {
      const groups = await page.locator('.map-view .map-cluster').all();
      const boxes = await Promise.all(groups.map((g) => g.boundingBox()));
      const far = (b: { x: number; y: number } | null) => (b ? Math.hypot(b.x - centre.x, b.y - centre.y) : Infinity);
      const nearest = boxes.reduce((best, b, k) => (far(b) < far(boxes[best] ?? null) ? k : best), 0);
      const group = (await groups[nearest]!.elementHandle())!;
      await group.click();
      // The map zoomed in: the group's marker gave way to what it held.
      await expect.poll(() => group.evaluate((e) => e.isConnected)).toBe(false);
    }
    await expect(marker).toHaveAttribute('aria-label', 'Bus France services de Vouziers — à Machault, France Services, itinérant');
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.map-popup');
    await expect(popup.locator('.map-popup__name')).toHaveText(HEADING);
    await popup.getByRole('button', { name: 'Voir la fiche' }).click();
    await expect(page).toHaveURL(new RegExp(`place=${STOP}`));
  });

  test('keyboard only: from the results to the stop, to its bus, and back', async ({ page }) => {
    await page.clock.setFixedTime(SUNDAY);
    await page.goto(SEARCH);
    const link = item(page, STOP).getByRole('link', { name: HEADING });
    await expect(link).toBeVisible();
    for (let i = 0; i < 120 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const busLink = page.getByRole('link', { name: 'Toutes les étapes de Bus France services de Vouziers' });
    for (let i = 0; i < 60 && !(await busLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(busLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`place=${BUS}`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?near=${NEAR.lat},${NEAR.lon}$`));
  });

  test('in English and in easy-read French', async ({ page }) => {
    await page.clock.setFixedTime(SUNDAY);
    await page.goto(`${SEARCH}&lang=en`);
    const result = item(page, STOP);
    await expect(result.getByRole('heading', { level: 2 })).toHaveText('Bus France services de Vouziers — in Machault on Tuesdays, 9:00–12:00 and 13:00–16:30');
    await expect(result.locator('.status')).toHaveText('Next visit: Tuesday 9:00');
    await page.goto(`/?place=${STOP}&lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bus France services de Vouziers — in Machault');
    await expect(page.locator('section.stop-when')).toContainText('On Tuesdays, 9:00–12:00 and 13:00–16:30');
    await expectNoAxeViolations(page, { bestPractice: true });
    await page.goto(`/?place=${BUS}&lang=en`);
    await expect(page.locator('section.bus-stops h2')).toHaveText('Where and when it stops');

    await page.goto(`${SEARCH}&lang=falc`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // Easy-read French puts one idea per line; times keep no-break spaces.
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(spaced('Bus France services de Vouziers — À Machault : le mardi, de 9 heures à 12 heures et de 13 heures à 16 heures 30'));
    await expect(result.locator('.status')).toHaveText(spaced('Le bus vient la prochaine fois : mardi à 9 heures'));
    await page.goto(`/?place=${STOP}&lang=falc`);
    await expect(page.locator('section.stop-when h2')).toHaveText('Quand venir');
    await expect(page.locator('main')).toContainText('Nous ne connaissons pas l\'adresse exacte.');
    await expectNoAxeViolations(page, { bestPractice: true });
  });
});
