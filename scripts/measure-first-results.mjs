// Time from a tap on "Autour de moi" to the first result in the list, as a cheap phone on a weak
// network sees it: Chromium (Debian's) with 4× CPU slowdown and a slow-3G profile (~400 kbps, 400 ms RTT).
// Needs the built app served: `npx vite preview --port 4173` (or BASE_URL=…). Prints the figures in ms.
import { chromium } from 'playwright-core';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const RUNS = Number(process.env.RUNS ?? 3);
const POINT = { latitude: 49.5641, longitude: 3.6199 }; // Laon

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const results = [];
for (let run = 0; run < RUNS; run++) {
  // A fresh context each run: nothing cached, as on a first visit.
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR', viewport: { width: 360, height: 740 } });
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(POINT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  const loadStart = Date.now();
  await page.goto(BASE, { waitUntil: 'domcontentloaded' });
  const button = page.getByRole('button', { name: 'Autour de moi' });
  await button.waitFor();
  const startScreenMs = Date.now() - loadStart;

  const tap = Date.now();
  await button.click();
  await page.locator('[data-place-id]').first().waitFor({ timeout: 120_000 });
  const firstResultsMs = Date.now() - tap;
  results.push(firstResultsMs);
  console.log(`run ${run + 1}: start screen usable after ${startScreenMs} ms; "Autour de moi" → first result ${firstResultsMs} ms`);
  await context.close();
}
await browser.close();
const sorted = [...results].sort((a, b) => a - b);
console.log(`first results (4× CPU, slow 3G): median ${sorted[Math.floor(sorted.length / 2)]} ms over ${RUNS} runs`);
