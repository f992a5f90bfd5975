// Guided orientation (?page=orientation): one question per screen, answers in the URL, Back through
// the questions, an ordinary results URL at the end, and the honest word when the data is thin.
import { expect, test, type Page } from '@playwright/test';
import type { Place } from '../../src/shared/place';
import { expectNoAxeViolations } from './support/axe';
import { placeById } from './support/finder-data';
import { smallTargets } from './support/targets';

const LAON = { latitude: 49.5641, longitude: 3.6199 };
/** A Wednesday morning in Paris: France Services are open, "today" and "now" have answers. */
const WEDNESDAY = new Date('2026-12-02T10:30:00+01:00');

const main = (page: Page) => page.locator('ol.result-list:not(.result-list--fallback) [data-place-id]');
const fallback = (page: Page) => page.locator('.result-list--fallback [data-place-id]');
const ids = (items: ReturnType<typeof main>) => items.evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
const shown = async (items: ReturnType<typeof main>): Promise<Place[]> => (await ids(items)).map((id) => placeById(id)!);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const answer = (page: Page, name: string) => page.getByRole('main').getByRole('button', { name, exact: true });

async function expectQuestion(page: Page, n: number, question: string) {
  await expect(heading(page)).toHaveText(`Question ${n} sur 4 ${question}`);
  await expect(heading(page)).toBeFocused();
}

async function start(page: Page) {
  await page.clock.setFixedTime(WEDNESDAY);
  await page.goto('/');
  await page.getByRole('link', { name: 'Être guidé pas à pas' }).click();
  await expectQuestion(page, 1, 'De quoi avez-vous besoin ?');
}

async function chooseTown(page: Page, typed: string, insee: string) {
  await page.getByRole('combobox', { name: 'Ville ou code postal' }).fill(typed);
  // The town list (the gazetteer) loads on first use: slow on a busy machine.
  await expect(page.getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`commune=${insee}.*step=when`));
}

test.describe('guided orientation', () => {
  test('print a document, in Laon, today: printing places, and France Services where the data says nothing', async ({ page }) => {
    await start(page);
    const print = answer(page, 'Imprimer, scanner ou envoyer un document');
    await expect(print).toHaveAccessibleDescription('Une attestation, un formulaire, une photo de papier');
    await print.click();
    await expectQuestion(page, 2, 'Où cherchez-vous ?');
    await expect(page).toHaveURL(/\?need=imprimer&page=orientation&step=where$/);
    await chooseTown(page, 'laon', '02408');
    await expectQuestion(page, 3, 'Quand voulez-vous y aller ?');
    await answer(page, "Aujourd'hui").click();
    await expectQuestion(page, 4, "Avez-vous besoin d'autre chose ?");
    await page.getByRole('link', { name: 'Voir les lieux' }).click();

    await expect(page).toHaveURL(/\/\?commune=02408&service=printing&today=1&need=imprimer$/);
    await expect(page.getByTestId('need-banner')).toHaveText(/Vous cherchez : Imprimer, scanner ou envoyer un document/);
    await expect(main(page).first()).toBeVisible();
    expect((await shown(main(page))).every((p) => p.services.includes('printing'))).toBe(true);
    // No place around Laon records a printer: said in plain words, with France Services offered instead.
    await expect(page.getByTestId('need-gaps')).toContainText('Les données disent rarement si un lieu a une imprimante');
    await expect(page.getByTestId('need-gaps')).toContainText('aucun');
    const fs = page.getByTestId('need-fallback');
    await expect(fs).toContainText('Les France Services ont un ordinateur, une imprimante et un scanner');
    await expect(fallback(page).first()).toBeVisible();
    const offered = await shown(fallback(page));
    expect(offered.every((p) => p.kind === 'france-services')).toBe(true);
    expect(offered.some((p) => p.address.commune === 'Laon')).toBe(true);
    await expect(fallback(page).first().locator('.status')).toHaveText(/^Ouvert/);
    await expectNoAxeViolations(page, { bestPractice: true });
  });

  test('a procedure online, around me, open now: démarches places that are open', async ({ page, context }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(LAON);
    await start(page);
    await answer(page, 'Faire une démarche en ligne').click();
    await answer(page, 'Autour de moi').click();
    await expectQuestion(page, 3, 'Quand voulez-vous y aller ?');
    await answer(page, 'Maintenant').click();
    await page.getByRole('link', { name: 'Voir les lieux' }).click();
    await expect(page).toHaveURL(/\/\?near=49\.5641,3\.6199&service=demarches&open=1&need=demarches$/);
    await expect(main(page).first()).toBeVisible();
    const places = await shown(main(page));
    expect(places.every((p) => p.services.includes('demarches'))).toBe(true);
    expect(places[0].name).toMatch(/Laon/);
    const count = await main(page).count();
    for (let i = 0; i < count; i++) await expect(main(page).nth(i).locator('.status')).toHaveText(/^Ouvert/);
  });

  test('use a computer, in Nantes, any time, free: libraries, EPN and France Services that are free', async ({ page }) => {
    await start(page);
    await answer(page, 'Utiliser un ordinateur ou Internet').click();
    await chooseTown(page, 'nantes', '44109');
    await answer(page, 'Peu importe').click();
    await page.getByText('Gratuit', { exact: true }).click();
    await expect(page).toHaveURL(/free=1.*step=how/);
    await page.getByRole('link', { name: 'Voir les lieux' }).click();
    await expect(page).toHaveURL(/\/\?commune=44109&kind=mediatheque,mediation,france-services&free=1&need=ordinateur$/);
    await expect(main(page).first()).toBeVisible();
    const places = await shown(main(page));
    expect(places).toHaveLength(20);
    expect(places.every((p) => ['mediatheque', 'mediation', 'france-services'].includes(p.kind) && p.fees === 'gratuit')).toBe(true);
    // Plenty around: no warning, no fallback list.
    await expect(page.getByTestId('need-gaps')).toHaveCount(0);
    await expect(page.getByTestId('need-fallback')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /^Gratuit/ })).toBeChecked();
  });

  test('scams: a need the data cannot answer says so and offers places that can advise', async ({ page }) => {
    await start(page);
    await answer(page, 'Éviter les arnaques et protéger mes données').click();
    await chooseTown(page, 'laon', '02408');
    await answer(page, 'Peu importe').click();
    await page.getByRole('link', { name: 'Voir les lieux' }).click();
    await expect(page).toHaveURL(/\/\?commune=02408&service=numerique-securise&need=arnaques$/);
    await expect(page.getByTestId('need-gaps')).toContainText('Les données ne disent presque jamais quels lieux aident à se protéger des arnaques');
    await expect(page.getByText('Aucun lieu ne correspond à ces filtres')).toBeVisible();
    await expect(fallback(page).first()).toBeVisible();
    expect((await shown(fallback(page))).every((p) => ['mediation', 'france-services'].includes(p.kind))).toBe(true);
    await expect(page.getByTestId('need-fallback')).toContainText('Ces lieux peuvent vous conseiller');
    // "Voir plus" opens the fallback as an ordinary search, still saying what it was for.
    await page.getByRole('link', { name: 'Voir plus de lieux comme ceux-ci' }).click();
    await expect(page).toHaveURL(/\/\?commune=02408&kind=mediation,france-services&need=arnaques$/);
    await expect(page.getByTestId('need-banner')).toContainText('Éviter les arnaques');
    await expect(main(page).first()).toBeVisible();
  });

  test('"no appointment" and a specific support: the count and the results say how few records tell', async ({ page }) => {
    await start(page);
    await answer(page, 'Chercher un emploi').click();
    await chooseTown(page, 'laon', '02408');
    await answer(page, 'Peu importe').click();
    await page.getByText('Venir sans rendez-vous').click();
    await page.getByText('Je me déplace difficilement').click();
    await expect(page.getByRole('checkbox', { name: 'Venir sans rendez-vous' })).toBeChecked();
    await expect(page).toHaveURL(/access=handicap-moteur&walkin=1&need=emploi&page=orientation&step=how/);
    await page.getByRole('link', { name: 'Voir les lieux' }).click();
    await expect(page).toHaveURL(/\/\?commune=02408&service=insertion-pro&access=handicap-moteur&walkin=1&need=emploi$/);
    const gaps = page.getByTestId('need-gaps');
    await expect(gaps).toContainText("Les données disent rarement si l'on peut venir sans rendez-vous");
    await expect(gaps).toContainText('Peu de lieux disent s\'ils proposent un accompagnement adapté : Handicap moteur.');
    // The filters panel shows the same honest count.
    await expect(page.locator('label[for="f-walkin"] .count')).toHaveText('(0)');
    await expect(page.getByRole('checkbox', { name: /^Sans rendez-vous/ })).toHaveAccessibleDescription('Peu de lieux disent si l\'on peut venir sans rendez-vous.');
    // The fallback keeps the need's kind of help (France Services for jobs) without the thin filters.
    await expect(fallback(page).first()).toBeVisible();
    expect((await shown(fallback(page))).every((p) => p.kind === 'france-services')).toBe(true);
  });

  test('Back returns through the questions with their answers, and "Question précédente" too', async ({ page }) => {
    await start(page);
    await answer(page, 'Imprimer, scanner ou envoyer un document').click();
    await chooseTown(page, 'laon', '02408');
    await answer(page, "Aujourd'hui").click();
    await page.getByText('Gratuit', { exact: true }).click();
    await page.getByRole('link', { name: 'Voir les lieux' }).click();
    await expect(page).toHaveURL(/need=imprimer$/);

    await page.goBack();
    await expectQuestion(page, 4, "Avez-vous besoin d'autre chose ?");
    await expect(page.getByRole('checkbox', { name: 'Gratuit' })).toBeChecked();
    await page.goBack();
    await expectQuestion(page, 3, 'Quand voulez-vous y aller ?');
    await expect(answer(page, "Aujourd'hui")).toHaveAttribute('aria-pressed', 'true');
    await expect(answer(page, 'Maintenant')).toHaveAttribute('aria-pressed', 'false');
    await page.goBack();
    await expectQuestion(page, 2, 'Où cherchez-vous ?');
    await page.goBack();
    await expectQuestion(page, 1, 'De quoi avez-vous besoin ?');
    await expect(answer(page, 'Imprimer, scanner ou envoyer un document')).toHaveAttribute('aria-pressed', 'true');
    await page.goBack();
    await expect(heading(page)).toHaveText("Trouver de l'aide avec le numérique");

    // Forward again, then the in-page link (a kiosk has no Back button).
    await page.goForward();
    await page.goForward();
    await expectQuestion(page, 2, 'Où cherchez-vous ?');
    await page.getByRole('link', { name: 'Question précédente' }).click();
    await expectQuestion(page, 1, 'De quoi avez-vous besoin ?');
    await expect(answer(page, 'Imprimer, scanner ou envoyer un document')).toHaveAttribute('aria-pressed', 'true');
  });

  test('each step can be shared: a link to a question opens it with its answers; one that skips ahead asks what is missing', async ({ page }) => {
    await page.goto('/?commune=02408&today=1&need=imprimer&page=orientation&step=when');
    await expect(heading(page)).toHaveText('Question 3 sur 4 Quand voulez-vous y aller ?');
    await expect(answer(page, "Aujourd'hui")).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/?page=orientation&step=how&need=imprimer');
    await expect(heading(page)).toHaveText('Question 2 sur 4 Où cherchez-vous ?');
    // From the results, "Modifier mes réponses" goes back to the last question.
    await page.goto('/?commune=02408&service=printing&today=1&need=imprimer');
    await page.getByRole('link', { name: 'Modifier mes réponses' }).click();
    await expect(page).toHaveURL(/\?commune=02408&today=1&need=imprimer&page=orientation&step=how$/);
    await expect(heading(page)).toHaveText("Question 4 sur 4 Avez-vous besoin d'autre chose ?");
  });

  test('keyboard only: from the start screen to the results', async ({ page }) => {
    await page.clock.setFixedTime(WEDNESDAY);
    await page.goto('/');
    const entry = page.getByRole('link', { name: 'Être guidé pas à pas' });
    for (let i = 0; i < 30 && !(await entry.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(entry).toBeFocused();
    await page.keyboard.press('Enter');
    await expectQuestion(page, 1, 'De quoi avez-vous besoin ?');
    // From the question, Tab reaches the answers in order.
    await page.keyboard.press('Tab');
    await expect(answer(page, 'Faire une démarche en ligne')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(answer(page, 'Imprimer, scanner ou envoyer un document')).toBeFocused();
    await page.keyboard.press('Enter');
    await expectQuestion(page, 2, 'Où cherchez-vous ?');
    await page.keyboard.press('Tab');
    await expect(answer(page, 'Autour de moi')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Ville ou code postal' })).toBeFocused();
    await page.keyboard.type('laon');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectQuestion(page, 3, 'Quand voulez-vous y aller ?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(answer(page, "Aujourd'hui")).toBeFocused();
    await page.keyboard.press('Enter');
    await expectQuestion(page, 4, "Avez-vous besoin d'autre chose ?");
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Venir sans rendez-vous' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Gratuit' })).toBeChecked();
    // Ticking keeps focus on the box (the URL is replaced, the question stays).
    await expect(page.getByRole('checkbox', { name: 'Gratuit' })).toBeFocused();
    const submit = page.getByRole('link', { name: 'Voir les lieux' });
    for (let i = 0; i < 10 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/\?commune=02408&service=printing&free=1&today=1&need=imprimer$/);
    await expect(heading(page)).toBeFocused();
  });

  test('axe: every question, best practices included, and the start screen with its way in', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Être guidé pas à pas' })).toBeVisible();
    await expectNoAxeViolations(page, { bestPractice: true });
    for (const url of [
      '/?page=orientation',
      '/?need=emploi&page=orientation&step=where',
      '/?commune=02408&need=emploi&page=orientation&step=when',
      '/?commune=02408&walkin=1&need=emploi&page=orientation&step=how',
    ]) {
      await page.goto(url);
      await expect(heading(page)).toContainText('Question');
      await expectNoAxeViolations(page, { bestPractice: true });
    }
  });

  test('usable at 320 px: no sideways scrolling on any question', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const step of ['need', 'where', 'when', 'how']) {
      await page.goto(`/?commune=02408&need=emploi&page=orientation&step=${step}`);
      await expect(heading(page)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), step).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('guided orientation on a kiosk', () => {
  const HOME = `/?mode=kiosk&near=49.5641,3.6199&label=${encodeURIComponent('Médiathèque de Laon')}`;

  test('from the list around the kiosk: big answers, "Autour d\'ici", the results keep the kiosk', async ({ page }) => {
    await page.clock.setFixedTime(WEDNESDAY);
    await page.goto(HOME);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    await page.getByRole('link', { name: 'Être guidé pas à pas' }).click();
    await expectQuestion(page, 1, 'De quoi avez-vous besoin ?');
    expect(await smallTargets(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await answer(page, 'Chercher un emploi').click();
    await expectQuestion(page, 2, 'Où cherchez-vous ?');
    // No geolocation and no keyboard on a shared screen: its own place, or the town picker.
    await expect(page.getByRole('main').locator('input[type=text], input:not([type])')).toHaveCount(0);
    expect(await smallTargets(page)).toEqual([]);
    await answer(page, "Autour d'ici").click();
    await expectQuestion(page, 3, 'Quand voulez-vous y aller ?');
    await answer(page, 'Maintenant').click();
    await page.getByText("J'entends mal ou je suis sourd").click();
    expect(await smallTargets(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Voir les lieux' }).click();
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      mode: 'kiosk',
      label: 'Médiathèque de Laon',
      near: '49.5641,3.6199',
      service: 'insertion-pro',
      access: 'surdite',
      open: '1',
      need: 'emploi',
    });
    await expect(page.getByTestId('need-banner')).toContainText('Chercher un emploi');
    await expect(page.locator('.kiosk-bar strong')).toHaveText('Médiathèque de Laon');
  });

  test('a town from the picker, then "Recommencer" forgets the answers', async ({ page }) => {
    await page.goto(`${HOME}&page=orientation`);
    await answer(page, 'Imprimer, scanner ou envoyer un document').click();
    await answer(page, 'Choisir une ville').click();
    const towns = page.locator('.kiosk-picker .kiosk-town');
    await expect(towns.first()).toHaveText(/^Laon/);
    for (const letter of 'SOIS') await page.getByRole('button', { name: `Lettre ${letter}`, exact: true }).click();
    await towns.first().click();
    await expect(page).toHaveURL(/commune=02722.*step=when/);
    await expectQuestion(page, 3, 'Quand voulez-vous y aller ?');
    await page.getByRole('button', { name: 'Recommencer' }).click();
    await expect(page).toHaveURL(/\?mode=kiosk&near=49\.5641,3\.6199&label=/);
    await expect(page).not.toHaveURL(/need=|page=|commune=/);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
  });

  test('left on a question, the kiosk resets itself to its home', async ({ page }) => {
    await page.goto(`${HOME}&idle=6&page=orientation`);
    await answer(page, 'Chercher un emploi').click();
    await expectQuestion(page, 2, 'Où cherchez-vous ?');
    await expect(page.getByRole('alertdialog', { name: 'Vous êtes toujours là ?' })).toBeVisible({ timeout: 15_000 });
    await expect(page).not.toHaveURL(/page=orientation/, { timeout: 20_000 });
    await expect(page).not.toHaveURL(/need=/);
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
  });
});
