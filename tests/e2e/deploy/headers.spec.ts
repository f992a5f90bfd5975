// The production nginx configuration, response by response: type, caching, compression, security
// headers per kind of file, the SPA fallback and the 404s, the kiosk's /reset.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { APIResponse } from '@playwright/test';
import { DIST, expect, test } from './nginx-fixture';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const TILE_ORIGIN = `http://127.0.0.1:${process.env.TILE_PORT ?? 4180}`;
// Read from the build when the file is loaded (test titles name the files); without a build the
// fixture fails every test with "run npm run build first".
const built = existsSync(join(DIST, 'index.html'));
const html = built ? readFileSync(join(DIST, 'index.html'), 'utf8') : '';
const asset = (ext: string) => html.match(new RegExp(`/assets/[^"]+\\.${ext}`))?.[0] ?? `/assets/(no build).${ext}`;
const manifest = (built ? JSON.parse(readFileSync(join(DIST, 'data/manifest.json'), 'utf8')) : { files: [] }) as { files: { type: string; dep?: string; path: string; bytes: number }[] };
const aisne = `/data/${manifest.files.find((f) => f.type === 'departement' && f.dep === '02')?.path ?? '(no build)'}`;

function expectSecurityHeaders(response: APIResponse) {
  const h = response.headers();
  const csp = h['content-security-policy'];
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("style-src 'self';");
  expect(csp).not.toMatch(/unsafe-|data:|\*/);
  expect(csp).toContain(`img-src 'self' ${TILE_ORIGIN};`);
  expect(csp).toContain(`connect-src 'self' ${TILE_ORIGIN};`);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).toMatch(/frame-ancestors 'none'$/);
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['permissions-policy']).toMatch(/^geolocation=\(self\), /);
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['server']).toBe('nginx'); // no version
  expect(h['strict-transport-security']).toBeUndefined(); // plain HTTP: HSTS only with --hsts behind TLS
}

/** [path, content type, Cache-Control] for each kind of file the build holds. */
const FILES: [string, string, string][] = [
  ['/', 'text/html; charset=utf-8', 'no-cache'],
  ['/index.html', 'text/html; charset=utf-8', 'no-cache'],
  [asset('js'), 'text/javascript; charset=utf-8', IMMUTABLE],
  [asset('css'), 'text/css; charset=utf-8', IMMUTABLE],
  [aisne, 'application/json; charset=utf-8', IMMUTABLE],
  ['/data/manifest.json', 'application/json; charset=utf-8', 'no-cache'],
  ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
  ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
  ['/icons/icon-192.png', 'image/png', 'no-cache'],
  ['/icons/icon.svg', 'image/svg+xml; charset=utf-8', 'no-cache'],
  [`/assets/${built ? readdirSync(join(DIST, 'assets')).find((f) => f.endsWith('.png')) : '(no build).png'}`, 'image/png', IMMUTABLE],
];

for (const [path, type, cache] of FILES) {
  test(`headers: ${path.replace(/-[\w-]{8}\./, '-<hash>.').replace(/\.[0-9a-f]{10}\./, '.<hash>.')} is ${type}, ${cache}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(type);
    expect(response.headers()['cache-control']).toBe(cache);
    expectSecurityHeaders(response);
  });
}

test('headers: robots.txt is text/plain once the build has one, else a 404 (never the shell)', async ({ request }) => {
  const response = await request.get('/robots.txt');
  if (existsSync(join(DIST, 'robots.txt'))) {
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers()['cache-control']).toBe('no-cache');
  } else {
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain('<div id="app">');
  }
  expectSecurityHeaders(response);
});

test('compression: brotli where nginx has it, else gzip; precompressed files sent as they are', async ({ request, nginx }) => {
  const encoding = nginx.brotli ? 'br' : 'gzip';
  for (const path of [aisne, asset('js'), asset('css'), '/', '/sw.js', '/data/manifest.json']) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(response.headers()['content-encoding'], path).toBe(encoding);
    expect(response.headers()['vary'], path).toContain('Accept-Encoding');
  }
  // The département file: the precompressed copy itself (its exact length), decoded to the same JSON.
  const raw = await request.get(aisne, { headers: { 'Accept-Encoding': encoding } });
  expect(Number(raw.headers()['content-length'])).toBe(readFileSync(join(DIST, `${aisne}.${nginx.brotli ? 'br' : 'gz'}`)).length);
  const plain = await request.get(aisne, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).length).toBe(manifest.files.find((f) => `/data/${f.path}` === aisne)!.bytes);
});

test('revalidation: ETag and Last-Modified answer 304 for the shell and the manifest', async ({ request }) => {
  for (const path of ['/', '/data/manifest.json', '/sw.js']) {
    const first = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
    const etag = first.headers()['etag'];
    expect(etag, path).toBeTruthy();
    const again = await request.get(path, { headers: { 'If-None-Match': etag, 'Accept-Encoding': 'identity' } });
    expect(again.status(), path).toBe(304);
  }
});

test('SPA fallback: app routes get the shell; missing files are 404, never the shell', async ({ request }) => {
  for (const path of ['/?near=49.5641,3.6199&view=map', '/lieux', '/aide/demarches', '/embed/?commune=02408', '/embed/anything']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain('<div id="app">');
    expect(response.headers()['cache-control']).toBe('no-cache');
  }
  // The embed route answers its own page, never the app's.
  expect(await (await request.get('/embed/anything')).text()).toContain('/assets/embed-');
  for (const path of ['/data/dep/99.0123456789.json', '/data/communes.json', '/data/dep/', '/data/missing', '/assets/index-missing.js', '/assets/nothing', '/icons/missing.png', '/favicon.ico', '/embed/missing.js', '/_headers', '/.git/config']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('<div id="app">');
    // A 404 is never cached for a year, not even under /assets/.
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    expectSecurityHeaders(response);
  }
});

test('kiosk reset: /reset clears the site data and sends the kiosk to its start address', async ({ request }) => {
  const response = await request.get('/reset?mode=kiosk&near=49.5641,3.6199&label=M%C3%A9diath%C3%A8que', { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toMatch(/\/\?mode=kiosk&near=49\.5641,3\.6199&label=M%C3%A9diath%C3%A8que$/);
  expect(response.headers()['clear-site-data']).toBe('"cache", "storage"');
  expect((await request.get('/?mode=kiosk')).headers()['clear-site-data']).toBeUndefined();
});

test('embed: the embed route, framed by another origin, shows its results under the production policy; the app refuses to be framed', async ({ page, request, baseURL, cspViolations }) => {
  const embed = await request.get('/embed/?commune=02408');
  expect(embed.status()).toBe(200);
  expect(await embed.text()).toContain('/assets/embed-');
  expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['cache-control']).toBe('no-cache');
  // A partner's page on another origin frames both.
  const partner = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<iframe id="embed" title="Repère" src="${baseURL}/embed/?commune=02408&amp;view=map"></iframe><iframe id="app" title="Repère" src="${baseURL}/"></iframe>`);
  });
  await new Promise<void>((done) => partner.listen(0, '127.0.0.1', done));
  try {
    await page.goto(`http://127.0.0.1:${(partner.address() as { port: number }).port}/`);
    const embedFrame = page.frameLocator('#embed');
    await expect(embedFrame.locator('[data-place-id]').first()).toBeVisible();
    await expect(embedFrame.locator('.leaflet-marker-icon').first()).toBeVisible();
    await expect(embedFrame.locator('.leaflet-tile-loaded').first()).toBeVisible({ timeout: 20_000 });
    // The app refuses to be framed: Chromium shows its error page in that frame instead.
    const appFrame = () => page.frames().find((f) => f !== page.mainFrame() && !f.url().includes('/embed/'))?.url();
    await expect.poll(appFrame).toMatch(/^chrome-error:/);
    await page.waitForTimeout(1000);
    const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
    const inFrame = await frame.evaluate(() => window.__csp ?? []);
    expect([...inFrame, ...(await cspViolations.all())].filter((v) => !/frame-ancestors/.test(v))).toEqual([]);
  } finally {
    partner.closeAllConnections();
    await new Promise((done) => partner.close(done));
  }
});
