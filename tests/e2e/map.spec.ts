// The map view on the built app (?view=map): markers and clusters, the search's centre, tiles only
// from the local test server, the vector fallback, "Enregistrer cette zone" (count, progress,
// cancel, cap, quota, nothing bad stored), keyboard, reduced motion and axe.
import { expect, test, type Page, type Route } from '@playwright/test';
import { startTileServer } from './offline-server.mjs';
import { expectNoAxeViolations } from './support/axe';

const LAON = '/?near=49.5641,3.6199&view=map';
const TILE_ORIGIN = `http://127.0.0.1:${process.env.TILE_PORT ?? 4180}`;
const SAVED_TILES = 'repere-tiles-saved-v1';
const TILE_PATH = /^\/(\d+)\/(\d+)\/(\d+)\.png$/;

const mapBox = (page: Page) => page.locator('.map-view__map');
const markers = (page: Page) => page.locator('.map-view .leaflet-marker-pane [data-count]');
const resultIds = (page: Page) =>
  page.locator('.result-list [data-place-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
const markerTotal = (page: Page) =>
  markers(page).evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-count')), 0));

async function openMap(page: Page, url = LAON) {
  await page.goto(url);
  await expect(markers(page).first()).toBeVisible();
}

/** The zoom level Leaflet is showing: its current tile level has the highest z-index. */
const shownZoom = (page: Page) =>
  page.locator('.map-view .leaflet-tile-container').evaluateAll((levels) => {
    const top = levels.reduce((a, b) => (Number(b.style.zIndex) > Number(a.style.zIndex) ? b : a));
    const src = top.querySelector('img')?.getAttribute('src') ?? '';
    return Number(/\/(\d+)\/\d+\/\d+\.png$/.exec(src)?.[1]);
  });

/** Tile URLs in the saved-tiles cache, with their type and size. */
const savedTiles = (page: Page) =>
  page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return Promise.all(
      (await cache.keys()).map(async (request) => {
        const response = (await cache.match(request))!;
        return { url: request.url, type: response.headers.get('Content-Type'), bytes: (await response.arrayBuffer()).byteLength };
      }),
    );
  }, SAVED_TILES);

/** Sends the page's tile requests to a private tile server, whose mode this test may change alone. */
async function routeTilesTo(page: Page, origin: string, delayMs = 0) {
  await page.route(`${TILE_ORIGIN}/**`, async (route: Route) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    await route.continue({ url: route.request().url().replace(TILE_ORIGIN, origin) }).catch(() => undefined);
  });
}

test('every result is on the map, alone or in a cluster, around the labelled search centre', async ({ page }) => {
  await openMap(page);
  const ids = await resultIds(page);
  expect(ids.length).toBeGreaterThan(5);
  await expect.poll(() => markerTotal(page)).toBe(ids.length);

  const single = await page.locator('.map-view [data-marker-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-marker-id')!));
  for (const id of single) expect(ids).toContain(id);
  // Each marker is a named button: a place says its name and kind, a cluster how many places.
  for (const marker of await markers(page).all()) {
    await expect(marker).toHaveAttribute('role', 'button');
    await expect(marker).toHaveAttribute('tabindex', '0');
    const count = Number(await marker.getAttribute('data-count'));
    await expect(marker).toHaveAttribute('aria-label', count > 1 ? new RegExp(`^Groupe de ${count} lieux`) : /, (France Services|Lieu de médiation numérique|Tiers-lieu|Médiathèque)(, itinérant)?$/);
  }
  await expect(page.locator('.map-origin__label')).toHaveText('Votre position');
  await expect(page.locator('.map-origin__label')).toBeInViewport();

  // A cluster zooms in when activated, and the places stay all there.
  const cluster = page.locator('.map-view .map-cluster').first();
  if (await cluster.count()) {
    const before = await shownZoom(page);
    await cluster.click();
    await expect.poll(() => shownZoom(page)).toBeGreaterThan(before);
  }
  await page.goto('/?commune=02408&view=map'); // Laon by its INSEE code: the origin is the commune, named
  await expect(page.locator('.map-origin__label')).toHaveText('Laon');
  await expect.poll(() => markerTotal(page)).toBe((await resultIds(page)).length);
});

test('the list view loads no map code; the map view loads it, then the vector basemap', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/?near=49.5641,3.6199');
  await expect(page.locator('.result-list [data-place-id]').first()).toBeVisible();
  expect(scripts.filter((s) => /MapView|basemap/.test(s))).toEqual([]);
  await page.getByRole('link', { name: 'Carte', exact: true }).click();
  await expect(markers(page).first()).toBeVisible();
  await expect.poll(() => scripts.filter((s) => /MapView|basemap/.test(s)).length).toBe(2);
});

test('tiles come only from the configured test server, with its attribution', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openMap(page);
  await expect(page.locator('.map-view .leaflet-tile-loaded').first()).toBeVisible();
  const appOrigin = new URL(page.url()).origin;
  const outside = requests.filter((u) => new URL(u).origin !== appOrigin);
  expect(outside.length).toBeGreaterThan(0);
  for (const url of outside) {
    expect(new URL(url).origin).toBe(TILE_ORIGIN);
    expect(new URL(url).pathname).toMatch(TILE_PATH);
    expect(new URL(url).search).toBe(''); // nothing about the user rides along
  }
  await expect(page.locator('.map-view .leaflet-control-attribution')).toContainText('Tuiles de test');
  await expect(page.locator('.map-view .leaflet-control-attribution')).toBeVisible();
});

test('with no tile at all, the shipped vector map is drawn: land, départements, town names', async ({ page }) => {
  await page.route(`${TILE_ORIGIN}/**`, (route) => route.abort());
  await openMap(page);
  await expect(page.locator('.map-view path.map-departement')).toHaveCount(101);
  expect(await page.locator('.map-view path.map-land').count()).toBeGreaterThan(0);
  // Paths in view have real geometry (Leaflet empties those it clips away).
  const drawn = await page.locator('.map-view path.map-departement').evaluateAll((ps) => ps.filter((p) => (p.getAttribute('d') ?? '').length > 20).length);
  expect(drawn).toBeGreaterThan(0);
  await expect(page.locator('.map-view .map-town', { hasText: /^Laon$/ })).toHaveCount(1);
  expect(await page.locator('.map-view .map-town').count()).toBeGreaterThan(5);
  expect(await page.locator('.map-view .leaflet-tile-loaded').count()).toBe(0);
  // The sea shows where there is no land: Martinique, zoomed out.
  await page.goto('/?near=14.6,-61.07&view=map');
  await expect(markers(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Dézoomer' }).click();
  await expect(page.locator('.map-view .map-town', { hasText: /^Fort-de-France$/ })).toHaveCount(1);
  const landInView = await page.locator('.map-view path.map-departement').evaluateAll((ps) => ps.filter((p) => (p.getAttribute('d') ?? '').length > 20).length);
  expect(landInView).toBeGreaterThan(0);
});

test('a marker opens its popup from the keyboard, and "Voir la fiche" opens the place page', async ({ page }) => {
  await openMap(page);
  const marker = page.locator('.map-view [data-marker-id]').first();
  const id = (await marker.getAttribute('data-marker-id'))!;
  const name = (await marker.getAttribute('aria-label'))!.replace(/(, itinérant)?$/, '').replace(/, [^,]+$/, '');
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.map-popup');
  await expect(popup).toBeVisible();
  await expect(popup.locator('.map-popup__name')).toHaveText(name);
  await expect(popup).toContainText("à vol d'oiseau");
  await expect(popup.getByRole('button', { name: 'Voir la fiche' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(marker).toBeFocused();

  await page.keyboard.press(' ');
  await expect(popup.getByRole('button', { name: 'Voir la fiche' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]place=${id}(&|$)`));
});

test('the map is not a keyboard trap, and its controls are named in French', async ({ page }) => {
  await openMap(page);
  await expect(mapBox(page)).toHaveAttribute('aria-label', 'Carte des lieux trouvés');
  await expect(page.getByRole('button', { name: 'Zoomer', exact: true })).toBeVisible();
  await mapBox(page).focus();
  let left = false;
  for (let i = 0; i < 80 && !left; i++) {
    await page.keyboard.press('Tab');
    left = await page.evaluate(() => !document.activeElement?.closest('.map-view__map'));
  }
  expect(left).toBe(true);
});

/** Whether any zoom or pan animation ran while `act` was done. */
async function animatesDuring(page: Page, act: () => Promise<void>): Promise<boolean> {
  await page.evaluate(() => {
    (window as unknown as { __animated: boolean }).__animated = false;
    new MutationObserver((records) => {
      for (const r of records) {
        const cls = (r.target as Element).getAttribute('class') ?? '';
        if (/leaflet-(zoom|pan)-anim\b/.test(cls)) (window as unknown as { __animated: boolean }).__animated = true;
      }
    }).observe(document.querySelector('.map-view__map')!, { attributes: true, attributeFilter: ['class'], subtree: true });
  });
  await act();
  await page.waitForTimeout(600);
  return page.evaluate(() => (window as unknown as { __animated: boolean }).__animated);
}

const zoomAndPan = (page: Page) => async () => {
  await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
  await page.waitForTimeout(400);
  await mapBox(page).focus();
  await page.keyboard.press('ArrowRight');
};

test('reduced motion: no animated zoom, fade or pan', async ({ page }) => {
  await openMap(page);
  expect(await animatesDuring(page, zoomAndPan(page))).toBe(true); // the check can fail
  await expect(mapBox(page)).toHaveClass(/leaflet-fade-anim/);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);
  expect(await animatesDuring(page, zoomAndPan(page))).toBe(false);
  await expect(mapBox(page)).not.toHaveClass(/leaflet-fade-anim/);
  expect(await page.locator('.map-view .leaflet-proxy').count()).toBe(0); // Leaflet's zoom-animation proxy
});

test('"Enregistrer cette zone": count first, then progress, then every tile of the plan in the cache', async ({ page }) => {
  await routeTilesTo(page, TILE_ORIGIN, 15); // slowed a little, so progress can be seen
  await openMap(page);
  await expect(page.locator('.map-view .leaflet-tile-loaded').first()).toBeVisible();
  const zoom = await shownZoom(page);
  await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
  const estimate = page.locator('[data-tiles]');
  await expect(estimate).toBeFocused();
  const total = Number(await estimate.getAttribute('data-tiles'));
  expect(total).toBeGreaterThan(0);
  await expect(estimate).toContainText(`${total} images de carte (niveaux de zoom ${zoom} à ${zoom + 2}), environ`);
  await expect(estimate).toContainText('Mo');
  expect(await savedTiles(page)).toEqual([]); // nothing before the user confirms

  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.locator('.save-area__count')).toHaveText(new RegExp(`^\\d+ / ${total}$`));
  await expect(page.locator('.save-area progress')).toHaveAttribute('max', String(total));
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'complete', { timeout: 30_000 });
  await expect(page.locator('[data-status]')).toContainText(`${total} images de carte sont disponibles sans réseau`);

  const saved = await savedTiles(page);
  expect(saved.length).toBe(total);
  const byZoom = new Map<number, Array<[number, number]>>();
  for (const tile of saved) {
    expect(tile.url.startsWith(`${TILE_ORIGIN}/`)).toBe(true);
    expect(tile.type).toBe('image/png');
    expect(tile.bytes).toBeGreaterThan(60);
    const [, z, x, y] = TILE_PATH.exec(new URL(tile.url).pathname)!.map(Number);
    byZoom.set(z, [...(byZoom.get(z) ?? []), [x, y]]);
  }
  // Three levels from the one on screen; each level is a full rectangle of tiles, inside the one above.
  expect([...byZoom.keys()].sort((a, b) => a - b)).toEqual([zoom, zoom + 1, zoom + 2]);
  const rect = (tiles: Array<[number, number]>) => {
    const xs = tiles.map((t) => t[0]);
    const ys = tiles.map((t) => t[1]);
    return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
  };
  for (const [z, tiles] of byZoom) {
    const r = rect(tiles);
    expect(tiles.length).toBe((r.maxX - r.minX + 1) * (r.maxY - r.minY + 1));
    const parent = byZoom.get(z - 1);
    if (parent) {
      const p = rect(parent);
      expect(r.minX >= 2 * p.minX && r.maxX <= 2 * p.maxX + 1 && r.minY >= 2 * p.minY && r.maxY <= 2 * p.maxY + 1).toBe(true);
    }
  }
});

test('"Arrêter" stops the download and keeps what was saved', async ({ page }) => {
  await routeTilesTo(page, TILE_ORIGIN, 250);
  await openMap(page);
  await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
  const total = Number(await page.locator('[data-tiles]').getAttribute('data-tiles'));
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect.poll(async () => Number(await page.locator('.save-area__count').getAttribute('data-done'))).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: 'Arrêter' }).click();
  const status = page.locator('[data-status]');
  await expect(status).toHaveAttribute('data-status', 'cancelled');
  await expect(status).toBeFocused();
  const kept = (await savedTiles(page)).length;
  expect(kept).toBeGreaterThanOrEqual(4);
  expect(kept).toBeLessThan(total);
  await expect(status).toContainText(`${kept} images déjà enregistrées sont conservées`);
  await page.waitForTimeout(1500); // requests under way when stopped must not land later
  expect((await savedTiles(page)).length).toBe(kept);
});

test('the cap: a very large map saves fewer levels, never more than 1 500 tiles', async ({ page }) => {
  // A 4K screen with a very large default font: the page column (in rem) lets the map fill it.
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '100px')));
  await openMap(page);
  expect((await mapBox(page).boundingBox())!.width).toBeGreaterThan(3000);
  const zoom = await shownZoom(page);
  await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
  const total = Number(await page.locator('[data-tiles]').getAttribute('data-tiles'));
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(1500);
  await expect(page.locator('.save-area')).toContainText('au maximum 1500 images par enregistrement');
  await expect(page.locator('[data-tiles]')).toContainText(`niveaux de zoom ${zoom} à ${zoom + 1}`);
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('button', { name: 'Enregistrer cette zone' })).toBeVisible();
});

test('a failing or cut tile server: nothing is stored, and the user is told', async ({ page }) => {
  const server = await startTileServer();
  try {
    await routeTilesTo(page, server.origin);
    await server.mode('fail');
    await openMap(page);
    await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.locator('[data-status]')).toContainText("Aucune image n'a pu être téléchargée", { timeout: 30_000 });
    expect(await savedTiles(page)).toEqual([]);

    await server.mode('truncate');
    await page.getByRole('button', { name: 'Enregistrer la zone affichée' }).click();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.locator('[data-status]')).toContainText("Aucune image n'a pu être téléchargée", { timeout: 30_000 });
    expect(await savedTiles(page)).toEqual([]);
    expect((await server.stats()).hits).toBeGreaterThan(10); // the requests did reach the server
  } finally {
    await server.stop();
  }
});

test('a full disk stops the save with a clear message and keeps what was saved', async ({ page }) => {
  await page.addInitScript((name) => {
    // The saved-tiles cache takes 5 tiles, then fails as a full disk would.
    const open = CacheStorage.prototype.open;
    let writes = 0;
    CacheStorage.prototype.open = async function (cacheName: string) {
      const cache = await open.call(this, cacheName);
      if (cacheName !== name) return cache;
      const put = cache.put.bind(cache);
      cache.put = (request, response) =>
        ++writes > 5 ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : put(request, response);
      return cache;
    };
  }, SAVED_TILES);
  await openMap(page);
  await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  const status = page.locator('[data-status]');
  await expect(status).toHaveAttribute('data-status', 'quota');
  await expect(status).toContainText("L'appareil est plein");
  await expect(status).toContainText('5 images déjà enregistrées sont conservées');
  expect((await savedTiles(page)).length).toBe(5);
});

test('axe: no violation on the map, with a popup open, and while saving', async ({ page }) => {
  await openMap(page);
  await expect(page.locator('.map-view .leaflet-tile-loaded').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('.map-view [data-marker-id]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.map-popup')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Enregistrer cette zone' }).click();
  await expectNoAxeViolations(page);
});

test('in English, the map speaks English', async ({ page }) => {
  await openMap(page, `${LAON}&lang=en`);
  await expect(mapBox(page)).toHaveAttribute('aria-label', 'Map of the places found');
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save this area' })).toBeVisible();
});
