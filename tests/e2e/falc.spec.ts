// Easy-read French ("Facile à lire", lang=falc): on every screen, shown as French (<html lang="fr">),
// pictograms beside key actions, read aloud with a French voice.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const falc = (ns: string) => JSON.parse(readFileSync(`src/i18n/locales/falc/${ns}.json`, 'utf8'));
const fr = (ns: string) => JSON.parse(readFileSync(`src/i18n/locales/fr/${ns}.json`, 'utf8'));
const F = { finder: falc('finder'), place: falc('place'), offline: falc('offline'), about: falc('about'), common: falc('common'), kiosk: falc('kiosk'), orientation: falc('orientation'), needs: falc('needs'), share: falc('share'), map: falc('map') };

const NEAR = '/?near=49.5641,3.6199';
/** France services CIJ de Laon. */
const PLACE = 'fs-2143';
/** Pre-line text in the page: FALC strings put one idea per line. */
const oneLine = (s: string) => s.replace(/\n/g, ' ');

const SCREENS: Record<string, { url: string; h1: string | RegExp; text: string }> = {
  start: { url: '/?lang=falc', h1: F.finder.start.title, text: F.orientation.entry.link },
  results: { url: `${NEAR}&lang=falc`, h1: F.finder.results.titleNear, text: F.finder.filters.title },
  map: { url: `${NEAR}&view=map&lang=falc`, h1: F.finder.results.titleNear, text: F.map.title },
  place: { url: `${NEAR}&place=${PLACE}&lang=falc`, h1: /France services CIJ de Laon/i, text: F.place.page.directions },
  'large view': { url: `${NEAR}&place=${PLACE}&large=1&lang=falc`, h1: /France services CIJ de Laon/i, text: F.share.closeLarge },
  offline: { url: '/?page=offline&lang=falc', h1: F.offline.page.title, text: F.offline.page.saveTitle },
  about: { url: '/?page=about&lang=falc', h1: F.about.title, text: F.about.privacy },
  orientation: { url: '/?page=orientation&lang=falc', h1: `Question 1 sur 4 ${F.orientation.need.question}`, text: F.needs.need.demarches.label },
  'orientation, where': { url: '/?need=emploi&page=orientation&step=where&lang=falc', h1: `Question 2 sur 4 ${F.orientation.where.question}`, text: F.finder.start.aroundMe },
  'orientation, when': { url: '/?commune=02408&need=emploi&page=orientation&step=when&lang=falc', h1: `Question 3 sur 4 ${F.orientation.when.question}`, text: F.orientation.when.anyHint },
  'orientation, how': { url: '/?commune=02408&need=emploi&page=orientation&step=how&lang=falc', h1: `Question 4 sur 4 ${F.orientation.how.question}`, text: F.orientation.how['handicap-moteur'] },
  'orientation results': { url: '/?commune=02408&service=printing&need=imprimer&lang=falc', h1: 'Les lieux près de Laon', text: `Vous cherchez : ${F.needs.need.imprimer.label}` },
  kiosk: { url: `${NEAR}&mode=kiosk&label=Laon&lang=falc`, h1: F.finder.results.titleNear, text: F.kiosk.aroundHere },
  'kiosk orientation': { url: `${NEAR}&mode=kiosk&label=Laon&page=orientation&need=emploi&step=where&lang=falc`, h1: `Question 2 sur 4 ${F.orientation.where.question}`, text: F.kiosk.chooseTown },
};

async function expectFalc(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveClass(/\bfalc\b/);
  await expect(page.getByRole('navigation', { name: 'Langue' }).getByRole('button', { name: 'Facile à lire' })).toHaveAttribute('aria-pressed', 'true');
}

for (const [screen, { url, h1, text }] of Object.entries(SCREENS)) {
  test(`FALC on the ${screen} screen: easy-read text, <html lang="fr">`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('h1').first()).toHaveText(h1);
    await expectFalc(page);
    await expect(page.getByText(oneLine(text), { exact: false }).first()).toBeVisible();
    if (screen !== 'large view') await expect(page.getByRole('contentinfo')).toContainText(F.common.footer.about);
  });
}

test('one tap on "Facile à lire" from French rewrites the screen, keeps lang="fr", and is remembered on a personal phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText(fr('finder').start.title);
  const button = page.getByRole('navigation', { name: 'Langue' }).getByRole('button', { name: 'Facile à lire' });
  await expect(button).toHaveAttribute('lang', 'fr');
  await button.click();
  await expect(page.locator('h1')).toHaveText(F.finder.start.title);
  await expectFalc(page);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(F.finder.start.title);
  await page.getByRole('navigation', { name: 'Langue' }).getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).not.toHaveClass(/\bfalc\b/);
  await expect(page.locator('h1')).toHaveText(fr('finder').start.title);
});

test('pictograms beside key actions in FALC only, hidden from screen readers', async ({ page }) => {
  await page.goto(`${NEAR}&place=${PLACE}&lang=falc`);
  const call = page.getByRole('link', { name: /^Appeler le / });
  await expect(call.locator('.picto')).toHaveAttribute('aria-hidden', 'true');
  await expect(call).toHaveAccessibleName(/^Appeler le \d/);
  await expect(page.getByRole('link', { name: F.place.page.directionsApp })).toHaveCount(1);
  expect(await page.locator('.picto').count()).toBeGreaterThan(5);
  await page.getByRole('navigation', { name: 'Langue' }).getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Itinéraire' })).toBeVisible();
  await expect(page.locator('.picto')).toHaveCount(0);
});

test('FALC distances, hours and sizes spell out their units', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T10:30:00+01:00'));
  await page.goto(`${NEAR}&lang=falc`);
  await expect(page.locator('.result__distance').first()).toHaveText(/^à [\d,]+ (mètres|kilomètres) en ligne droite$/);
  await expect(page.locator('.status--open, .status--closed').first()).toHaveText(/\d+ heures/);
});

test('read aloud says the FALC words with a French voice', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; voice?: string }[] = [];
    const voice = { lang: 'fr-FR', name: 'Français', default: true, localService: true, voiceURI: 'fr-FR' };
    const synth = {
      getVoices: () => [voice],
      addEventListener() {},
      removeEventListener() {},
      cancel() {},
      speak(u: { text: string; lang: string; voice?: { lang: string }; onend?: () => void }) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang });
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        lang = '';
        voice?: unknown;
        constructor(public text: string) {}
      },
      configurable: true,
    });
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
  });
  // A bus France services: FALC says "Ce service se déplace." where French says "Service itinérant."
  await page.goto('/?place=fs-2907&lang=falc');
  await page.getByRole('button', { name: F.share.readAloud }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string; voice?: string }[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0].text).toContain(F.share.readText.mobile);
  expect(spoken[0].text).not.toContain(fr('share').readText.mobile);
  expect(spoken[0]).toMatchObject({ lang: 'fr-FR', voice: 'fr-FR' });
  await expect(page.locator('.read-aloud__note')).toHaveText('');
});

test('usable at 320 px in FALC (larger type): no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/?lang=falc', `${NEAR}&lang=falc`, '/?page=orientation&lang=falc', `${NEAR}&place=${PLACE}&lang=falc`]) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), url).toBeLessThanOrEqual(0);
  }
});

test('axe in FALC: start, orientation, results with a need, place page', async ({ page }) => {
  for (const url of ['/?lang=falc', '/?page=orientation&lang=falc', '/?commune=02408&service=printing&need=imprimer&lang=falc', `${NEAR}&place=${PLACE}&lang=falc`]) {
    await page.goto(url);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, { bestPractice: true });
  }
});
