// Offline figures, measured on the built app (run `vite build` first):
//  1. reload-to-first-results with no network and a 4× CPU slowdown (Chromium's
//     Emulation.setCPUThrottlingRate), after one online visit: from navigation start to the
//     first result in the DOM (performance.now() in the page), median of 7 reloads;
//  2. the precache: every entry of the worker's precache list, bytes on disk and gzip;
//  3. the France pack as a phone downloads it (gzip), and the whole gazetteer kept after a first visit.
// Usage: node scripts/measure-offline.mjs   (writes reports/offline.json too)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveBuild } from '../tests/e2e/offline-server.mjs';

const DIST = 'dist';
const RUNS = 7;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function precacheSize() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]))];
  let bytes = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = readFileSync(join(DIST, url));
    bytes += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { entries: urls.length, bytes, gzip };
}

function dataSizes() {
  const readJson = (path) => JSON.parse(readFileSync(join(DIST, 'data', path), 'utf8'));
  const manifest = readJson('manifest.json');
  const of = (type) => manifest.files.find((f) => f.type === type);
  const france = of('france');
  // The whole gazetteer, named by its directory (docs/data.md).
  const [, bytes, gzip] = readJson(of('gazetteer').path).all;
  return {
    france: { bytes: france.bytes, gzip: france.gzipBytes },
    communes: { bytes, gzip },
  };
}

async function reloadToResults() {
  const server = await serveBuild(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'fr-FR' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-place-id]')) {
          window.__firstResults = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.origin}/?near=49.5641,3.6199`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForSelector('[data-place-id]');
    // The first visit keeps the whole gazetteer in the background: wait for it before going offline.
    await page.waitForFunction(
      async () => (await (await caches.open('repere-data-v1')).keys()).some((r) => /gazetteer\/all\./.test(r.url)),
      undefined,
      { timeout: 30_000, polling: 250 },
    );
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      await page.waitForFunction(() => window.__firstResults !== undefined, undefined, { timeout: 30_000 });
      times.push(await page.evaluate(() => window.__firstResults));
    }
    return times;
  } finally {
    await browser.close();
    await server.stop();
  }
}

const precache = precacheSize();
const data = dataSizes();
const times = await reloadToResults();
const result = {
  reloadToFirstResultsOfflineMs: { median: Math.round(median(times)), runs: times.map(Math.round), cpuSlowdown: 4 },
  precache,
  francePack: data.france,
  gazetteer: data.communes,
};
console.log(`offline reload → first results (4× CPU, no network): median ${result.reloadToFirstResultsOfflineMs.median} ms over ${RUNS} reloads [${result.reloadToFirstResultsOfflineMs.runs.join(', ')}]`);
console.log(`precache: ${precache.entries} entries, ${kb(precache.bytes)} on disk, ${kb(precache.gzip)} gzip`);
console.log(`France pack: ${kb(data.france.gzip)} gzip (${kb(data.france.bytes)} on disk), limit 3072 KB gzip`);
console.log(`whole gazetteer kept after a first visit: ${kb(data.communes.gzip)} gzip (${kb(data.communes.bytes)} on disk)`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/offline.json', `${JSON.stringify(result, null, 2)}\n`);
