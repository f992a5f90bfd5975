import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { allPlaces, manifest } from './support/finder-data';

const full = allPlaces().find((p) => p.phone && p.email && p.website && p.hours && p.services.length && p.labels?.length && p.dep === '77')!;
const textOnly = allPlaces().find((p) => p.hoursText && !p.hours)!;
const withPublics = allPlaces().find((p) => p.appointment === true && p.publics?.length && p.support?.length && p.services.length)!;
const fr = JSON.parse(readFileSync('src/i18n/locales/fr/place.json', 'utf8')) as Record<string, Record<string, string>>;

test.describe('place page', () => {
  test('shows every field of the record with working links', async ({ page }) => {
    await page.goto(`/?place=${full.id}`);
    const main = page.locator('main');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(full.name);
    await expect(main).toContainText(full.address.street!);
    await expect(main).toContainText(`${full.address.postcode} ${full.address.commune}`);
    await expect(main).toContainText('Lieu de médiation numérique');
    for (const label of full.labels!) await expect(main).toContainText(label);
    await expect(main).toContainText('Gratuit');

    await expect(main.locator(`a[href="tel:${full.phone}"]`)).toBeVisible();
    await expect(main.locator(`a[href="mailto:${full.email}"]`)).toBeVisible();
    await expect(main.locator(`a[href="${full.website}"]`)).toBeVisible();
    await expect(main.locator(`a[href="geo:${full.lat},${full.lon}"]`)).toBeVisible();
    await expect(main.locator(`a[href="https://www.openstreetmap.org/directions?to=${full.lat}%2C${full.lon}"]`)).toBeVisible();
    const correction = manifest().sources.find((s) => s.id === full.sources[0].id)!.correctionUrl!;
    await expect(page.getByRole('link', { name: 'Signaler une erreur' })).toHaveAttribute('href', correction);

    // Hours: a week table with today named in words, and the status line.
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(8);
    await expect(table.locator('tr[aria-current="date"]')).toContainText("aujourd'hui");
    await expect(page.locator('.place__status .status')).toHaveText(/^(Ouvert|Fermé)/);

    // Sources with their dates.
    await expect(main).toContainText(manifest().sources.find((s) => s.id === full.sources[0].id)!.title);

    // Every href is the app's own, http(s), tel:, mailto: or geo: — no Google. (sms: is the hand-off's own text, not data.)
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      expect(href).toMatch(/^(https?:|tel:|mailto:|geo:|sms:)/);
      expect(href).not.toMatch(/google\./);
    }
  });

  test('services, publics, accessibility support and "Sur rendez-vous" are listed in words', async ({ page }) => {
    await page.goto(`/?place=${withPublics.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(withPublics.name);
    const section = (title: string) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title }) });
    for (const s of withPublics.services) await expect(section('Services proposés')).toContainText(fr.service![s]!);
    for (const p of withPublics.publics!) await expect(section('Publics accueillis')).toContainText(fr.public![p]!);
    for (const s of withPublics.support!) await expect(section('Accompagnement adapté')).toContainText(fr.support![s]!);
    await expect(section('Contact')).toContainText('Sur rendez-vous');
  });

  test('free-text hours are shown as text, with "Voir les horaires"', async ({ page }) => {
    await page.goto(`/?place=${textOnly.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(textOnly.name);
    await expect(page.locator('.hours-text')).toHaveText(textOnly.hoursText!);
    await expect(page.locator('.place__status')).toHaveText('Voir les horaires');
  });

  test('a link naming a record merged since into another still finds the place', async ({ page }) => {
    const merged = allPlaces().find((p) => p.aliases?.some((a) => a.startsWith('bib-')))!;
    const alias = merged.aliases!.find((a) => a.startsWith('bib-'))!;
    await page.goto(`/?place=${alias}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(merged.name);
  });

  test('an unknown id says the place cannot be found', async ({ page }) => {
    await page.goto('/?place=does-not-exist');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('introuvable');
  });

  test('axe: place page', async ({ page }) => {
    await page.goto(`/?place=${full.id}`);
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page, { bestPractice: true });
  });
});

test.describe('about', () => {
  test('every source is credited with its date and licence, reachable from the footer', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Sources et crédits' }).click();
    await expect(page).toHaveURL(/page=about/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources et crédits');
    for (const s of manifest().sources) await expect(page.locator('main')).toContainText(s.title);
    await expect(page.locator('main')).toContainText('Licence Ouverte');
    await expect(page.locator('main')).toContainText('Fond de carte');
    // Dates as the offline strip writes them: "1er août 2024"; a month-only source date stays month-only.
    const range = manifest().dateRange!;
    await expect(page.locator('footer')).toContainText(`Données de ${range.from.slice(0, 4)} à ${range.to.slice(0, 4)}`);
    await expect(page.locator('main')).toContainText('Index construit le 1er août 2024');
    await expect(page.locator('main')).toContainText('juillet 2022');
    await expect(page.locator('main')).not.toContainText('1er juillet 2022');
    await expectNoAxeViolations(page, { bestPractice: true });
  });
});
