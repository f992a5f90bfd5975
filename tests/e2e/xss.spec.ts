// The XSS corpus (support/xss/corpus.ts) in every text field of every source of a generated data
// folder, built by the pipeline's CLI (`npm run data -- --data-dir …`), served with the built app
// under the production Content-Security-Policy in report-only mode (an injected script would run and
// be caught, and be reported too). Every screen: the text shows literally, no script runs (no flag,
// no dialog, no page error, no console error, no CSP report), no element or attribute comes from data,
// every link is http(s)/tel:/mailto: (or the app's own sms:/geo:), SMS, QR and print stay sane.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { TILE_PORT } from '../../playwright.config';
import { contentSecurityPolicy } from '../../deploy/policy';
import { clean, tidyName } from '../../data/normalise/text';
import type { Report } from '../../data/report';
import type { Place } from '../../src/shared/place';
import { isGsm7, gsm7Length } from '../../src/share/gsm7';
import { serveBuild } from './offline-server.mjs';
import { TEXT_PAYLOADS } from './support/xss/corpus';
import { writeXssDataFolder, type XssFolder } from './support/xss/data-folder';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

type Site = Awaited<ReturnType<typeof serveBuild>>;
let site: Site;
let folder: XssFolder;
let places: Place[];
/** The buses with a readable stop in their payload comment (data-folder.ts) and their stop records. */
let buses: Place[];
let report: Report;
let work: string;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'repere-xss-'));
  folder = writeXssDataFolder(join(work, 'data'));
  const out = join(work, 'out');
  execFileSync('npx', ['tsx', 'data/cli.ts', 'build', '--data-dir', join(work, 'data'), '--out', out, '--cache', join(work, 'cache'), '--report', join(work, 'report.json'), '--diff', join(work, 'diff.json')], { stdio: 'pipe' });
  const pack = readdirSync(out).find((f) => /^france\..*\.json$/.test(f))!;
  const all = JSON.parse(readFileSync(join(out, pack), 'utf8')) as Place[];
  const isBus = (p: Place) => p.id.startsWith('fs-bus-');
  buses = all.filter(isBus);
  places = all.filter((p) => !isBus(p));
  report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as Report;
  const csp = contentSecurityPolicy({ tileUrl: `http://127.0.0.1:${TILE_PORT}/{z}/{x}/{y}.png` });
  site = await serveBuild('dist', { dataDir: out, headers: { 'Content-Security-Policy-Report-Only': csp } });
});
test.afterAll(async () => {
  await site?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** What a payload becomes on screen: the pipeline's tidying (invisible characters out), nothing else. */
const shown = (n: number) => tidyName(clean(TEXT_PAYLOADS[n])!);
const ofSource = (id: string) => places.filter((p) => p.sources[0]!.id === id);
const placeOf = (source: string, n: number) => ofSource(source).find((p) => p.name === shown(n))!;
const url = (path: string) => `${site.origin}${path}`;
const NEAR = 'near=49.5641,3.6199';

declare global {
  interface Window {
    __xss?: number;
    __csp?: string[];
  }
}

/** Everything that would betray a script run from data, collected from the page's first script on. */
async function guard(page: Page) {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp!.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`));
  });
  return seen;
}

/** What the page holds besides text: flag, CSP reports, scripts, frames, handlers, links and sources. */
const inspect = (page: Page) =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      xss: window.__xss,
      csp: window.__csp ?? [],
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      foreignScripts: [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src).filter((src) => new URL(src).origin !== location.origin),
      frames: document.querySelectorAll('iframe, object, embed, frame, base, meta[http-equiv]').length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
      hrefs: [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')].flatMap((el) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
      ),
    };
  });

/** The page holds nothing made from data but text: no script, frame or handler; links of safe schemes only. */
async function expectNothingRan(page: Page, seen: string[], screen: string) {
  const dom = await inspect(page);
  expect(seen, `${screen}: dialogs, page errors, console errors`).toEqual([]);
  expect(dom.xss, `${screen}: window.__xss`).toBeUndefined();
  expect(dom.csp, `${screen}: CSP reports`).toEqual([]);
  expect(dom.inlineScripts + dom.frames + dom.foreignScripts.length, `${screen}: scripts, frames`).toBe(0);
  expect(dom.handlers, `${screen}: event handler attributes`).toEqual([]);
  for (const href of dom.hrefs) expect(href, `${screen}: link or source`).toMatch(/^(https?:\/\/[^\s"<>]+|tel:\+?\d+|mailto:[^\s<>"]+|sms:\?&body=[^\s<>"]*|geo:[-\d.,]+|\/[^\s<>"]*|\?[^\s<>"]*|#[\w-]*|[\w-]+\.(css|js|png|svg|webmanifest))$/);
  for (const href of dom.hrefs) expect(href.toLowerCase(), screen).not.toMatch(/^\s*(javascript|data|vbscript|file):/);
}

/** An SVG QR code of the page, read back in a blank page (no policy there to report jsQR). */
async function readQr(page: Page, selector: string): Promise<string | null> {
  const svg = await page.locator(selector).first().evaluate((el) => new XMLSerializer().serializeToString(el));
  const blank = await page.context().newPage();
  try {
    await blank.setContent('<canvas id="c" width="480" height="480"></canvas>');
    await blank.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
    return await blank.evaluate(async (markup) => {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
      await img.decode();
      const ctx = (document.getElementById('c') as HTMLCanvasElement).getContext('2d')!;
      ctx.drawImage(img, 0, 0, 480, 480);
      const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
      return jsQR(ctx.getImageData(0, 0, 480, 480).data, 480, 480)?.data ?? null;
    }, svg);
  } finally {
    await blank.close();
  }
}

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
let tried = 0;
const count = (n: number) => (tried += n);

test.describe('XSS corpus in every field of every source', () => {
  test('the index: every payload row of every source kept as text, every all-payload row rejected with its reason', () => {
    const sources = [...new Set(folder.rows.map((r) => r.dataset))];
    expect(sources.length).toBe(17);
    for (const r of folder.rows) {
      const p = placeOf(r.dataset, r.payload);
      expect(p, `${r.dataset} payload ${r.payload}`).toBeDefined();
      expect(p.address.street).toBeTruthy();
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const link of [p.website, typeof p.appointment === 'string' ? p.appointment : undefined].filter(Boolean)) expect(link).toMatch(/^https?:\/\//);
      for (const text of [p.name, p.address.street, p.hoursText]) if (text) expect(text).not.toMatch(CONTROL);
    }
    expect(places).toHaveLength(folder.rows.length);
    expect(report.rejected).toHaveLength(folder.broken);
    for (const r of report.rejected) expect(r.reason).toMatch(/^(position-missing|duplicate-id)$/);
    test.info().annotations.push({ type: 'xss', description: `${TEXT_PAYLOADS.length} payloads × ${sources.length} sources: ${folder.cells} payload × field cells written, ${folder.rows.length} rows kept, ${report.rejected.length} rejected` });
  });

  test('the guards catch what an unescaped render would do: handler, flag, dialog, CSP report, javascript: link', async ({ page }) => {
    const seen = await guard(page);
    await page.goto(url('/?page=about'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // As if a component had put a name into innerHTML.
    await page.evaluate((html) => document.querySelector('main')!.insertAdjacentHTML('beforeend', html), `<a href="javascript:void 0">x</a>${TEXT_PAYLOADS[1]}`);
    await expect.poll(() => seen.some((s) => s.startsWith('dialog: 2'))).toBe(true);
    const dom = await inspect(page);
    expect(dom.xss).toBe(2);
    expect(dom.csp.some((c) => c.startsWith('script-src'))).toBe(true);
    expect(dom.handlers).toContain('IMG[onerror]');
    expect(dom.hrefs).toContain('javascript:void 0');
    await expect(expectNothingRan(page, seen, 'self-test')).rejects.toThrow();
  });

  test('start, town search suggestions, about', async ({ page }) => {
    const seen = await guard(page);
    await page.goto(url('/'));
    const search = page.getByRole('combobox', { name: 'Ville ou code postal' });
    await search.fill('Laon');
    await expect(page.getByRole('option').first()).toBeVisible({ timeout: 30_000 });
    await expectNothingRan(page, seen, 'start + suggestions');
    await page.goto(url('/?page=about'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNothingRan(page, seen, 'about');
  });

  test('result lists of every source show each payload as text', async ({ page }) => {
    const seen = await guard(page);
    for (const source of [...new Set(folder.rows.map((r) => r.dataset))]) {
      const list = ofSource(source);
      await page.goto(url(`/?${NEAR}&places=${list.map((p) => p.id).join(',')}`));
      await expect(page.locator('[data-place-id]')).toHaveCount(list.length);
      for (const p of list) await expect(page.locator(`[data-place-id="${p.id}"]`)).toContainText(p.name.slice(0, 300));
      count(list.length);
      await expectNothingRan(page, seen, `list of ${source}`);
    }
  });

  test('map popups show each name as text', async ({ page }) => {
    const seen = await guard(page);
    // Centred on each place, zoomed in until its neighbours (1.5 km away) are no longer one cluster.
    for (const n of [0, 1, 2, 3, 12, 13, 14]) {
      const p = placeOf('cnfs', n);
      await page.goto(url(`/?near=${p.lat},${p.lon}&view=map`));
      await expect(page.locator('.map-view .leaflet-marker-icon').first()).toBeVisible({ timeout: 20_000 });
      const marker = page.locator(`.map-view [data-marker-id="${p.id}"]`);
      for (let i = 0; i < 4 && !(await marker.isVisible()); i++) {
        await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
        await page.waitForTimeout(400);
      }
      await expect(marker).toBeVisible({ timeout: 20_000 });
      await expect(marker).toHaveAttribute('aria-label', new RegExp(`^${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await marker.click();
      await expect(page.locator('.map-popup .map-popup__name')).toHaveText(p.name);
      await expectNothingRan(page, seen, `map popup ${n}`);
      count(1);
    }
  });

  for (const [from, to] of [[0, 9], [9, TEXT_PAYLOADS.length]] as const) {
    test(`place page, large view, print sheet, SMS, QR and share text: payloads ${from}–${to - 1}`, async ({ page }) => {
      const seen = await guard(page);
      for (let n = from; n < to; n++) {
        const p = placeOf('cnfs', n);
        await page.goto(url(`/?${NEAR}&place=${p.id}`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
        await expect(page.locator('.place')).toContainText(p.address.street!.slice(0, 300));
        if (p.hoursText) await expect(page.locator('.hours-text')).toHaveText(p.hoursText);
        await expect(page.locator('.share svg.qr')).toBeVisible();
        // SMS: one GSM-7 SMS, no control character.
        const href = (await page.getByRole('link', { name: 'Envoyer par SMS' }).getAttribute('href'))!;
        const body = decodeURIComponent(href.slice('sms:?&body='.length));
        expect(isGsm7(body) && gsm7Length(body) <= 160, `SMS of payload ${n}: ${body}`).toBe(true);
        expect(body.replace(/\n/g, ' ')).not.toMatch(CONTROL);
        // QR: the place's own address, nothing from data but its id.
        expect(await readQr(page, '.share svg.qr')).toBe(`${site.origin}/?place=${p.id}`);
        // Share text, as copied.
        await page.getByRole('button', { name: 'Copier le texte' }).click();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toContain(`place=${p.id}`);
        expect(copied.replace(/\n/g, ' ')).not.toMatch(CONTROL);
        await expectNothingRan(page, seen, `place page ${n}`);
        // Print sheet (print media): the name as text, QR readable.
        await page.emulateMedia({ media: 'print' });
        const sheet = page.locator('.print-sheet');
        await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(p.name);
        expect((await sheet.textContent())!.replace(/\s/g, ' ')).not.toMatch(CONTROL);
        expect(await readQr(page, '.print-sheet svg.qr')).toBe(`${site.origin}/?place=${p.id}`);
        await page.emulateMedia({ media: 'screen' });
        // Large view.
        await page.goto(url(`/?${NEAR}&place=${p.id}&large=1`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
        await expectNothingRan(page, seen, `print + large view ${n}`);
        count(6);
      }
    });
  }

  test('Mes lieux and the referral sheet', async ({ page }) => {
    const seen = await guard(page);
    const kept = [0, 2, 12].map((n) => placeOf('france-services', n));
    for (const p of kept) {
      await page.goto(url(`/?${NEAR}&place=${p.id}`));
      const keep = page.getByRole('button', { name: `Garder « ${p.name} » dans Mes lieux`, exact: true });
      await keep.click();
      await expect(keep).toHaveAttribute('aria-pressed', 'true');
    }
    await page.goto(url('/?page=favoris'));
    for (const p of kept) await expect(page.getByRole('main')).toContainText(p.name);
    await expectNothingRan(page, seen, 'Mes lieux');
    await page.goto(url(`/?${NEAR}&page=fiche&places=${kept.map((p) => p.id).join(',')}&need=demarches`));
    for (const p of kept) await expect(page.locator('.referral__chosen')).toContainText(p.name);
    const href = (await page.getByRole('link', { name: 'Envoyer par SMS' }).getAttribute('href'))!;
    expect(decodeURIComponent(href).replace(/\n/g, ' ')).not.toMatch(CONTROL);
    await expectNothingRan(page, seen, 'referral sheet');
    count(kept.length * 2);
  });

  test('buses with a payload comment: their stop records and bus pages open and run nothing', async ({ page }) => {
    const seen = await guard(page);
    const stops = buses.filter((p) => p.stop);
    const services = buses.filter((p) => !p.stop);
    expect(services).toHaveLength(6);
    expect(stops.length, 'stop records read from the payload comments').toBeGreaterThan(0);
    for (const p of [...stops, ...services]) {
      await page.goto(url(`/?${NEAR}&place=${p.id}`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNothingRan(page, seen, `${p.stop ? 'stop' : 'bus'} page ${p.id}`);
    }
    count(stops.length + services.length);
  });

  test('orientation results and the export (CSV, JSON) keep each payload as a value', async ({ page }) => {
    const seen = await guard(page);
    await page.goto(url(`/?${NEAR}&need=demarches`));
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    await expectNothingRan(page, seen, 'orientation results');
    await page.goto(url(`/?${NEAR}`));
    await expect(page.locator('[data-place-id]').first()).toBeVisible();
    const shownIds = await page.locator('[data-place-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
    const list = places.filter((p) => shownIds.includes(p.id));
    await page.getByText('Exporter cette liste (CSV ou JSON)').click();
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en CSV' }).click()]);
    const rows = Papa.parse<Record<string, string>>(readFileSync((await csvFile.path())!, 'utf8'), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    const [jsonFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en JSON' }).click()]);
    const json = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8')) as { data?: Record<string, string>[] } | Record<string, string>[];
    const jsonRows = Array.isArray(json) ? json : (json.data ?? []);
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) {
      expect(rows.data.find((r) => r.id === p.id)?.nom, p.id).toBe(p.name);
      expect(jsonRows.find((r) => r.id === p.id)?.nom, p.id).toBe(p.name);
    }
    count(list.length * 2);
    await expectNothingRan(page, seen, 'export');
  });

  test('kiosk: the list and a place page, every link turned into a QR code of an http(s) address', async ({ page }) => {
    const seen = await guard(page);
    const list = ofSource('cnfs');
    await page.goto(url(`/?mode=kiosk&label=M%C3%A9diath%C3%A8que&${NEAR}&places=${list.map((p) => p.id).join(',')}`));
    await expect(page.locator('.kiosk-bar')).toBeVisible();
    for (const p of list) await expect(page.locator(`[data-place-id="${p.id}"]`)).toContainText(p.name.slice(0, 300));
    const withSite = list.find((p) => p.website)!;
    await page.goto(url(`/?mode=kiosk&${NEAR}&place=${withSite.id}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(withSite.name);
    expect(await readQr(page, '.kiosk-link[data-kind="web"] svg.qr')).toBe(withSite.website);
    await expectNothingRan(page, seen, 'kiosk');
    count(list.length + 1);
    test.info().annotations.push({ type: 'xss', description: `screens: ${tried} payload × screen checks in this worker` });
  });
});
