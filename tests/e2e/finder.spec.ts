import { expect, test, type Page } from '@playwright/test';
import { haversineKm, nearestDistances, placeById } from './support/finder-data';

const POINTS = {
  'Pointe-à-Pitre': [16.2411, -61.5331],
  'Fort-de-France': [14.6161, -61.0588],
  Laon: [49.5641, 3.6199],
  Melun: [48.5421, 2.6554],
  Nantes: [47.2184, -1.5536],
  'Grand-Bourg (Marie-Galante)': [15.8845, -61.3136],
} as const;

const items = (page: Page) => page.locator('[data-place-id]');
const shownIds = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));

test.describe('Autour de moi', () => {
  for (const [name, [lat, lon]] of Object.entries(POINTS)) {
    test(`nearest places at ${name} match an independent distance computation`, async ({ page, context }) => {
      await context.grantPermissions(['geolocation']);
      await context.setGeolocation({ latitude: lat, longitude: lon });
      await page.goto('/');
      await page.getByRole('button', { name: 'Autour de moi' }).click();
      await expect(items(page).first()).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`near=${lat},${lon}`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lieux les plus proches de vous');
      await expect(page.getByText("Distances à vol d'oiseau")).toBeVisible();

      const ids = await shownIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(20);
      // Ties allowed: the k-th shown place is at the k-th smallest distance of the whole index.
      const expected = nearestDistances(lat, lon, 5);
      const shown = ids.slice(0, 5).map((id) => {
        const p = placeById(id)!;
        return haversineKm(lat, lon, p.lat, p.lon);
      });
      shown.forEach((km, k) => expect(km).toBeCloseTo(expected[k], 6));
      // And the whole list is in order of distance.
      const all = ids.map((id) => haversineKm(lat, lon, placeById(id)!.lat, placeById(id)!.lon));
      expect([...all].sort((a, b) => a - b)).toEqual(all);
      // The first item shows its distance and kind in words.
      await expect(items(page).first()).toContainText("à vol d'oiseau");
      await expect(items(page).first()).toContainText(/France Services|Lieu de médiation numérique|Tiers-lieu|Médiathèque/);
    });
  }

  test('a refused position gives a clear message and the town field still works', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect(page.getByRole('alert')).toContainText('Vous avez refusé');
    await expect(page.getByRole('combobox', { name: 'Ville ou code postal' })).toBeVisible();
    await expect(items(page)).toHaveCount(0);
  });

  test('a position the device cannot give says so and points to the town field', async ({ page }) => {
    await page.addInitScript(() => {
      const error = { code: 2, message: 'no fix', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 };
      navigator.geolocation.getCurrentPosition = (_ok, fail) => setTimeout(() => fail?.(error as GeolocationPositionError), 0);
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect(page.getByRole('alert')).toContainText("Votre position n'est pas disponible");
    await expect(items(page)).toHaveCount(0);
  });

  test('neither the position nor what is typed leaves the device', async ({ page, context }) => {
    const [lat, lon] = POINTS.Laon;
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: lat, longitude: lon });
    const requests: { url: string; body: string }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
    await page.goto('/');
    const appOrigin = new URL(page.url()).origin;
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect(items(page).first()).toBeVisible();
    await page.getByRole('link', { name: 'Nouvelle recherche' }).click();
    await page.getByRole('combobox', { name: 'Ville ou code postal' }).fill('Saint-Nazaire');
    await page.getByRole('option', { name: /^Saint-Nazaire/ }).first().click();
    await expect(items(page).first()).toBeVisible();
    await items(page).first().getByRole('link').click();
    await expect(page).toHaveURL(/place=/);
    await page.waitForLoadState('networkidle');

    expect(requests.length).toBeGreaterThan(0);
    for (const { url, body } of requests) {
      expect(new URL(url).origin, url).toBe(appOrigin);
      expect(new URL(url).search, url).toBe('');
      for (const secret of [String(lat), String(lon), 'nazaire', '44184']) expect(`${url} ${body}`.toLowerCase()).not.toContain(secret);
    }
  });
});

test.describe('town and postcode search', () => {
  const cases: [string, string, RegExp][] = [
    ['st nazaire', 'Saint-Nazaire', /commune=44184/],
    ['gosier', 'Le Gosier', /commune=97113/],
    ['Melun', 'Melun', /commune=77288/],
    ['97100', 'Basse-Terre', /commune=97105/],
    ['02000', 'Laon', /commune=02408/],
  ];
  for (const [typed, commune, url] of cases) {
    test(`"${typed}" suggests ${commune} and shows places around it`, async ({ page }) => {
      await page.goto('/');
      const box = page.getByRole('combobox', { name: 'Ville ou code postal' });
      await box.fill(typed);
      const option = page.getByRole('option', { name: new RegExp(`^${commune}\\b`) }).first();
      await expect(option).toBeVisible();
      await expect(box).toHaveAttribute('aria-expanded', 'true');
      await option.click();
      await expect(page).toHaveURL(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Lieux les plus proches de ${commune}`);
      await expect(items(page).first()).toBeVisible();
    });
  }

  test('a postcode shared by several communes lists them all', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox').fill('02000');
    await expect(page.getByRole('option')).not.toHaveCount(0);
    const names = await page.getByRole('option').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) expect(n).toContain('02000');
    expect(names.some((n) => n.startsWith('Laon'))).toBe(true);
  });

  test('an unknown town says so', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox').fill('zzzzqx');
    await expect(page.getByRole('status').filter({ hasText: 'Aucune commune trouvée' })).toBeAttached();
  });
});

test.describe('URL contract and history', () => {
  test('a shared URL reopens the same search, filters included', async ({ page }) => {
    await page.goto('/?commune=02408&kind=mediatheque&service=wifi');
    await expect(items(page).first()).toBeVisible();
    for (const id of await shownIds(page)) {
      const p = placeById(id)!;
      expect(p.kind).toBe('mediatheque');
      expect(p.services).toContain('wifi');
    }
    await expect(page.getByRole('checkbox', { name: /Médiathèque/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Wi-Fi/ })).toBeChecked();
  });

  test('back and forward move between start, results and place', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox').fill('Melun');
    await page.getByRole('option', { name: /^Melun/ }).first().click();
    await expect(items(page).first()).toBeVisible();
    const firstId = (await shownIds(page))[0];
    await items(page).first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`place=${firstId}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(placeById(firstId)!.name);

    await page.goBack();
    await expect(page).toHaveURL(/\?commune=77288$/);
    await expect(items(page).first()).toHaveAttribute('data-place-id', firstId);
    await page.goBack();
    await expect(page.getByRole('button', { name: 'Autour de moi' })).toBeVisible();
    await page.goForward();
    await expect(items(page).first()).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(placeById(firstId)!.name);
  });

  test('map view loads on demand and the list stays', async ({ page }) => {
    await page.goto('/?commune=77288');
    await expect(items(page).first()).toBeVisible();
    await page.getByRole('link', { name: 'Carte' }).click();
    await expect(page).toHaveURL(/view=map/);
    await expect(page.getByRole('link', { name: 'Carte' })).toHaveAttribute('aria-current', 'page');
    await expect(items(page).first()).toBeVisible();
  });
});

test.describe('result items', () => {
  test('a mobile service carries the "Itinérant" badge in words', async ({ page }) => {
    await page.goto('/?near=47.2184,-1.5536&mobile=1');
    await expect(items(page).first()).toBeVisible();
    const first = (await shownIds(page))[0]!;
    expect(placeById(first)!.mobile).toBe(true);
    await expect(items(page).first().locator('.badge')).toHaveText('Itinérant');
  });
});

test.describe('islands and far places', () => {
  test('Martinique north (Grand-Rivière) gets results on the island first', async ({ page }) => {
    await page.goto('/?near=14.8726,-61.1767');
    await expect(items(page)).toHaveCount(20);
    const ids = await shownIds(page);
    expect(placeById(ids[0])!.dep).toBe('972');
  });
});

test.describe('language', () => {
  test('English is complete on the start screen, follows on <html lang> and is remembered', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Near me' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Town or postcode' })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find help with digital life');
  });
});
