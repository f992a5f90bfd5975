// The embeddable finder as a partner uses it: the snippet built on ?page=integrer, pasted into a
// page served by a second loopback server, then used there — results, keyboard, axe, offline after
// one visit — while it sets no cookie and tells the host page nothing. That server is reached as
// `localhost` (another origin and another site than the app's `127.0.0.1`: a real third-party frame,
// whose storage this browser profile blocks) or as `127.0.0.1:<port>` (another origin of the same
// site, where the frame gets storage and a service worker: the offline case).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { cachedPaths } from './offline-helpers';
import { expectNoAxeViolations } from './support/axe';
import { manifest, placeById } from './support/finder-data';
import { readGazetteer } from '../../scripts/read-gazetteer';
import { depFile } from '../../src/shared/gazetteer-pieces';

const HOST_PORT = Number(process.env.EMBED_HOST_PORT ?? 0);
const items = (frame: Frame | Page) => frame.locator('[data-place-id]');
const shownIds = (frame: Frame) => items(frame).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));

/** A partner's page: a heading, a link before the frame (keyboard path), the pasted snippet; it records every message it receives. */
function hostPage(snippet: string) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie de Laon</title>
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(String(e.origin) + ' ' + JSON.stringify(e.data)));</script>
</head><body><main><h1>Mairie de Laon</h1><p><a href="#aide">Aide au numérique</a></p><h2 id="aide">Se faire aider</h2>
${snippet}
</main></body></html>`;
}

let server: Server;
/** Another site: the frame is third-party, with no storage in this profile. */
let host: string;
/** Another origin of the same site: the frame keeps its worker and data. */
let sameSiteHost: string;
let body = '';
/** Every path the host's server was asked for: the embed must never call it. */
let hostRequests: string[] = [];

test.beforeAll(async () => {
  server = createServer((req, res) => {
    hostRequests.push(req.url ?? '');
    if (req.url !== '/') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(HOST_PORT, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  host = `http://localhost:${port}`;
  sameSiteHost = `http://127.0.0.1:${port}`;
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});
test.beforeEach(() => {
  hostRequests = [];
});

const embedFrame = (page: Page) => page.frames().find((f) => f.url().includes('/embed/'))!;

async function openHost(page: Page, snippet: string, origin = host): Promise<Frame> {
  body = hostPage(snippet);
  await page.goto(`${origin}/`);
  await expect.poll(() => embedFrame(page)?.url()).toContain('/embed/');
  const frame = embedFrame(page);
  await expect(items(frame).first()).toBeVisible();
  return frame;
}

/** Nothing about the visitor went to the host: no message reached it, its server saw only its page. */
async function expectNothingSentToHost(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([]);
  expect(hostRequests.filter((path) => path !== '/' && path !== '/favicon.ico')).toEqual([]);
}

const LAON_SNIPPET = (origin: string, query = 'commune=02408&kind=france-services,mediation') =>
  `<iframe src="${origin}/embed/?${query.replace(/&/g, '&amp;')}" title="Repère : lieux d'aide au numérique près de Laon" width="100%" height="600" style="border: 0;" loading="lazy" referrerpolicy="no-referrer"></iframe>`;

test('a partner builds the snippet on « Intégrer Repère sur votre site », previews it, copies it, and it works in a page of another site', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?page=about');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Intégrer Repère sur votre site' }).click();
  await expect(page).toHaveURL(/[?&]page=integrer/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intégrer Repère sur votre site');
  await expect(page.getByText("Choisissez d'abord une commune ou un point")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copier le code' })).toBeDisabled();

  await page.getByRole('combobox', { name: 'Ville ou code postal' }).fill('Laon');
  await page.getByRole('option', { name: /^Laon\b/ }).first().click();
  await expect(page.getByTestId('embed-commune')).toHaveText('Commune choisie : Laon');
  await page.getByRole('checkbox', { name: 'France Services' }).check();
  await page.getByLabel('Langue du cadre').selectOption('en');
  await page.getByLabel('Hauteur du cadre, en pixels').fill('500');
  await page.getByRole('radio', { name: 'La carte, puis la liste' }).check();
  await page.getByLabel('Zoom de la carte').selectOption('12');

  // The live preview is the embed route itself, with these choices.
  const preview = page.frameLocator('iframe.embed-builder__preview');
  await expect(page.locator('iframe.embed-builder__preview')).toHaveAttribute('src', `${baseURL}/embed/?lang=en&commune=02408&kind=france-services&view=map&zoom=12`);
  await expect(page.locator('iframe.embed-builder__preview')).toHaveAttribute('height', '500');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Digital help near Laon');
  await expect(preview.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expect(preview.locator('[data-place-id]').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Copier le code' }).click();
  await expect(page.getByText('Code copié.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByLabel('Code à copier').inputValue());
  expect(copied).toContain(`src="${baseURL}/embed/?lang=en&amp;commune=02408&amp;kind=france-services&amp;view=map&amp;zoom=12"`);
  expect(copied).toContain('height="500"');
  expect(copied).toContain('referrerpolicy="no-referrer"');

  // Pasted into the partner's page, on another site.
  const frame = await openHost(page, copied);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Digital help near Laon');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(frame.locator('.leaflet-marker-icon').first()).toBeVisible();
  for (const id of await shownIds(frame)) expect(placeById(id)?.kind, id).toBe('france-services');
  // No header, no footer of the app: the finder alone, and the way out.
  await expect(frame.locator('header, .footer, .filters, .skip-link')).toHaveCount(0);
  await expectNothingSentToHost(page);
});

test('from another site: results in the frame, « Ouvrir dans Repère » opens the same search in a new tab; no cookie, nothing sent to the host page', async ({ page, context, baseURL }) => {
  const frame = await openHost(page, LAON_SNIPPET(baseURL!));
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText("Lieux d'aide au numérique près de Laon");
  const ids = await shownIds(frame);
  expect(ids.length).toBe(20);
  for (const id of ids) expect(['france-services', 'mediation']).toContain(placeById(id)?.kind);

  // A result's name opens its page in the full app, in a new tab.
  const first = items(frame).first().getByRole('link').first();
  await expect(first).toHaveAttribute('target', '_blank');
  await expect(first).toHaveAttribute('href', `${baseURL}/?commune=02408&kind=france-services,mediation&place=${ids[0]}`);

  const open = frame.getByRole('link', { name: /Ouvrir dans Repère/ });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', 'noopener');
  const [app] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await expect(app).toHaveURL(`${baseURL}/?commune=02408&kind=france-services,mediation`);
  await expect(items(app).first()).toBeVisible();
  expect(await items(app).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')))).toEqual(ids);
  await app.close();

  // A third-party frame whose storage the browser blocks (no worker, no Cache API) still works, online.
  expect(await frame.evaluate(() => caches.keys().then(() => 'storage', () => 'blocked'))).toBe('blocked');

  // The map view too, then: no cookie anywhere, no message, no request to the host's server.
  await frame.getByRole('link', { name: 'Carte' }).click();
  await expect(frame.locator('.leaflet-marker-icon').first()).toBeVisible();
  expect(await frame.evaluate(() => document.cookie)).toBe('');
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
  await expectNothingSentToHost(page);
});

test('keyboard only inside the frame, and no axe violation there', async ({ page, baseURL }) => {
  const frame = await openHost(page, LAON_SNIPPET(baseURL!));
  await expectNoAxeViolations(frame, { bestPractice: true });
  // From the host's link, Tab enters the frame: the view switch, then the first result.
  await page.getByRole('link', { name: 'Aide au numérique' }).focus();
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('link', { name: 'Liste' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('link', { name: 'Carte' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(frame.locator('.leaflet-marker-icon').first()).toBeVisible();
  expect(new URL(frame.url()).searchParams.get('view')).toBe('map');
  await expectNoAxeViolations(frame);
  // The page around the frame never moved its focus or its scroll on its own.
  await openHost(page, LAON_SNIPPET(baseURL!));
  expect(await page.evaluate(() => [document.activeElement?.tagName, scrollY])).toEqual(['BODY', 0]);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a visitor who saw the frame once sees it again with no network', async ({ page, context, baseURL }) => {
    const frame = await openHost(page, LAON_SNIPPET(baseURL!), sameSiteHost);
    const online = await shownIds(frame);
    await frame.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await frame.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The frame's search area and its towns (commune=) are kept, in the frame's own storage, and so
    // are the embed's page and every file it names.
    const aisne = `/data/${manifest().files.find((f) => f.dep === '02')!.path}`;
    const aisneTowns = `/data/${depFile(readGazetteer().directory, '02')!.path}`;
    await expect.poll(() => cachedPaths(frame, 'repere-data-v1'), { timeout: 20_000 }).toEqual(expect.arrayContaining([aisne, aisneTowns]));
    const named = [...readFileSync('dist/embed/index.html', 'utf8').matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    await expect
      .poll(async () => cachedPaths(frame, (await frame.evaluate(async () => (await caches.keys()).find((n) => n.startsWith('repere-shell-'))))!), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['/embed/index.html', '/index.html', ...named]));

    await context.setOffline(true);
    // The host page is the partner's, online only; the frame itself loads again from the worker.
    await frame.evaluate(() => {
      (window as unknown as { __before: boolean }).__before = true;
      location.reload();
    });
    await expect.poll(() => frame.evaluate(() => document.readyState === 'complete' && !('__before' in window)).catch(() => false)).toBe(true);
    await expect(items(frame).first()).toBeVisible();
    expect(await shownIds(frame)).toEqual(online);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText("Lieux d'aide au numérique près de Laon");
    // Served by the worker: the network is really cut (the app's own origin does not answer).
    expect(await frame.evaluate(() => fetch('/data/manifest.json', { cache: 'no-store' }).then(() => 'answered', () => 'offline'))).toBe('offline');
  });
});
