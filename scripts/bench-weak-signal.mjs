// First visit on a weak signal, side by side with the national cartography's v5 client (issue 9).
// Builds Repère into .cache/bench/repere, unpacks the v5 client into .cache/bench/anct-v5
// (../shared/tools/anct-v5.sh), serves each behind ../shared/tools/throttled-static.mjs (one shared
// link per server: page and service worker alike) and drives Debian's Chromium with a 4× CPU
// slowdown (CDP Emulation.setCPUThrottlingRate), a cold first visit each time (a fresh context:
// empty HTTP cache, no worker, no storage), then prints the table of the issue.
//
// Usage: npm run bench:weak-signal [-- --no-build]
//   RUNS=3 (median of N runs per path, default 1)  PROFILES=mobile,weak  OFFLINE_AFTER_S=10
//   BENCH_PORT=4390 (first of four ports)  CHROMIUM_PATH=/usr/bin/chromium
// Times are from the start of the navigation to the element in the DOM (performance.now() in the
// page, from a MutationObserver); bytes are what the server had sent at that moment (GET /__bytes),
// in kB of 1000 bytes. Timings are for comparing in one run, never for CI (budgets are on bytes).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, LOOPBACK_ONLY } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = resolve(ROOT, process.env.REPERE_SHARED_TOOLS ?? '../shared/tools');
const OUT = join(ROOT, '.cache/bench');
const REPERE_DIR = join(OUT, 'repere');
const V5_DIR = join(OUT, 'anct-v5');
const RUNS = Number(process.env.RUNS ?? 1);
const OFFLINE_AFTER_S = Number(process.env.OFFLINE_AFTER_S ?? 10);
const BASE_PORT = Number(process.env.BENCH_PORT ?? 4390);
const PROFILES = {
  mobile: { label: '1.6 Mbps / 150 ms', rateKbps: 1600, rttMs: 150 },
  weak: { label: '250 kbps / 400 ms', rateKbps: 250, rttMs: 400 },
};
const chosen = (process.env.PROFILES ?? 'mobile,weak').split(',').map((p) => [p, PROFILES[p]]);
const NEAR = '49.5641,3.6199'; // Laon
const TOWN = 'Laon';
const INSEE = '02408';

const kB = (bytes) => `${Math.round(bytes / 1000).toLocaleString('en')} KB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

function build() {
  run('node', ['data/ensure-data.mjs']);
  // Its own folder: dist/ stays the test build (VITE_TILE_URL of the test tile server).
  run('npx', ['vite', 'build', '--outDir', REPERE_DIR, '--emptyOutDir', '--logLevel', 'warn']);
}

async function serve(dir, port, profile) {
  const child = spawn(process.execPath, [join(TOOLS, 'throttled-static.mjs'), dir, String(port)], {
    env: { ...process.env, RATE_KBPS: String(profile.rateKbps), RTT_MS: String(profile.rttMs) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    child.stdout.once('data', ok);
    child.once('exit', () => fail(new Error(`server on ${port} exited`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    bytes: async () => Number(await (await fetch(`${origin}/__bytes`)).text()),
    stop: () => new Promise((ok) => (child.once('exit', ok), child.kill('SIGTERM'))),
  };
}

/** Records in the page when each watched element first appears (ms since navigation start). */
function watch(marks) {
  window.__marks = {};
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    for (const { name, selector, text } of marks) {
      if (window.__marks[name] !== undefined) continue;
      const el = document.querySelector(selector);
      if (el && (!text || el.textContent.includes(text))) window.__marks[name] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

const MARKS = [
  { name: 'start', selector: '[role="combobox"]' },
  { name: 'suggestion', selector: '[role="option"]' },
  { name: 'result', selector: '[data-place-id]' },
  { name: 'v5list', selector: 'app-regions-list', text: 'résultats' },
];

// Loopback only: the v5 client asks a CDN for fonts and map styles; they fail at once, as they
// would for anyone whose link cannot reach them.
const ARGS = [...CHROMIUM_ARGS, LOOPBACK_ONLY];

async function coldPage(browser) {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 412, height: 823 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.addInitScript(watch, MARKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

/**
 * The longest main-thread task of the page so far, and the longest piece of the app's own work on
 * data ("repere:…" User Timing measures: parsing, decoding, indexing, searching).
 */
const longest = (page) =>
  page.evaluate(() => {
    const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('repere:')).sort((a, b) => b.duration - a.duration);
    return { task: Math.round(window.__longest), data: Math.round(measures[0]?.duration ?? 0), dataName: measures[0]?.name };
  });

/** Bytes sent when the app would work offline: the worker controls the page and the search's data is kept. */
async function offlineReady(page, server) {
  await page.waitForFunction(
    async () => {
      if (!navigator.serviceWorker?.controller) return false;
      const data = await caches.open('repere-data-v1');
      return (await data.keys()).some((r) => /\/data\/dep\//.test(r.url)) && (await data.match('/data/__repere__/current.json')) !== undefined;
    },
    undefined,
    { timeout: 180_000, polling: 100 },
  );
  return server.bytes();
}

/** Waits until OFFLINE_AFTER_S have passed since the mark (page clock). */
async function waitAfter(page, mark) {
  const left = await page.evaluate(([at, s]) => at + s * 1000 - performance.now(), [mark.ms, OFFLINE_AFTER_S]);
  if (left > 0) await page.waitForTimeout(left);
}

/** Waits for a mark and reads the bytes the server has sent by then. */
async function mark(page, server, name, timeout = 180_000) {
  await page.waitForFunction((n) => window.__marks?.[n] !== undefined, name, { timeout, polling: 50 });
  const bytes = await server.bytes();
  return { ms: await page.evaluate((n) => window.__marks[n], name), bytes };
}

async function v5Home(browser, server) {
  const { context, page } = await coldPage(browser);
  const before = await server.bytes();
  await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
  const m = await mark(page, server, 'v5list');
  await context.close();
  return { ms: m.ms, bytes: m.bytes - before };
}

/** The shortest visit: a shared link, the first result, then OFFLINE_AFTER_S later no network. */
async function sharedLink(browser, server) {
  const { context, page } = await coldPage(browser);
  const before = await server.bytes();
  const url = `${server.origin}/?near=${NEAR}`;
  await page.goto(url, { waitUntil: 'commit' });
  const m = await mark(page, server, 'result');
  const ids = await shownIds(page);
  const ready = (await offlineReady(page, server)) - before;
  await waitAfter(page, m);
  const work = await longest(page);
  await context.setOffline(true);
  const offline = await offlineChecks(page, server.origin, url, ids);
  await context.close();
  return { ms: m.ms, bytes: m.bytes - before, offlineReady: ready, offline, work };
}

const shownIds = (page) => page.locator('[data-place-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')));

/**
 * Types the town as soon as the field is there, picks it, waits for the first result; then,
 * OFFLINE_AFTER_S later, cuts the network and checks what a person would: a reload shows the
 * same results, the start screen opens, and every place page of the list opens.
 */
async function townThenOffline(browser, server) {
  const { context, page } = await coldPage(browser);
  const before = await server.bytes();
  await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
  const start = await mark(page, server, 'start');
  const box = page.getByRole('combobox');
  await box.click();
  await box.pressSequentially(TOWN, { delay: 120 });
  const suggestion = await mark(page, server, 'suggestion');
  const option = page.getByRole('option', { name: new RegExp(`^${TOWN}\\b`) }).first();
  await option.waitFor({ timeout: 180_000 });
  await option.click();
  const result = await mark(page, server, 'result');
  const ids = await shownIds(page);
  const ready = (await offlineReady(page, server)) - before;
  await waitAfter(page, result);
  const work = await longest(page);
  await context.setOffline(true);
  const offline = await offlineChecks(page, server.origin, `${server.origin}/?commune=${INSEE}`, ids);
  // Another town, offline: answered by the whole gazetteer when the background fetch kept it.
  offline.otherTown = await offlineTownSearch(page, server.origin);
  const offlineWork = await longest(page);
  await context.close();
  return {
    ms: result.ms,
    bytes: result.bytes - before,
    shell: start.bytes - before,
    startMs: start.ms,
    suggestionMs: suggestion.ms,
    suggestionBytes: suggestion.bytes - start.bytes,
    offlineReady: ready,
    offline,
    work,
    offlineWork,
  };
}

/** Offline, from the start screen: "Soissons" typed, suggested, picked, its results shown. */
async function offlineTownSearch(page, origin) {
  try {
    await page.goto(`${origin}/`);
    await page.getByRole('combobox').fill('Soissons');
    await page.getByRole('option', { name: /^Soissons\b/ }).first().click({ timeout: 15_000 });
    await page.locator('[data-place-id]').first().waitFor({ timeout: 15_000 });
    return true;
  } catch {
    return false;
  }
}

async function offlineChecks(page, origin, listUrl, ids) {
  const problems = [];
  const shows = async (url, locator, timeout = 15_000) => {
    try {
      await page.goto(url, { timeout });
      await locator().first().waitFor({ timeout });
      return true;
    } catch {
      return false;
    }
  };
  if (!(await shows(listUrl, () => page.locator('[data-place-id]')))) problems.push('results');
  else {
    const again = await shownIds(page);
    if (JSON.stringify(again) !== JSON.stringify(ids)) problems.push('other results');
  }
  if (!(await shows(`${origin}/`, () => page.getByRole('combobox')))) problems.push('start screen');
  let placesOk = 0;
  for (const id of ids) {
    if (await shows(`${listUrl}&place=${id}`, () => page.locator('article.place h1'), 8_000)) placesOk++;
  }
  if (placesOk < ids.length) problems.push(`place pages ${placesOk}/${ids.length}`);
  return { works: problems.length === 0, problems, placesOk, places: ids.length };
}

/** One line for the runs of a path: "works" once when every run worked. */
function offlineSummary(list) {
  const texts = list.map(offlineText);
  return texts.every((t) => t === texts[0]) ? `${texts[0]}${list.length > 1 ? ` (${list.length}/${list.length} runs)` : ''}` : texts.join('; ');
}

function offlineText(o) {
  if (o.works) return `works (results, start screen, ${o.places}/${o.places} place pages)`;
  if (o.problems.includes('results') && o.problems.includes('start screen') && o.placesOk === 0) return 'blank';
  return `broken: ${o.problems.join(', ')}`;
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  if (!existsSync(join(V5_DIR, 'mediation-numerique.js'))) run('bash', [join(TOOLS, 'anct-v5.sh'), V5_DIR]);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  const table = {};
  let port = BASE_PORT;
  try {
    for (const [key, profile] of chosen) {
      const repere = await serve(REPERE_DIR, port++, profile);
      const v5 = await serve(V5_DIR, port++, profile);
      const runs = { v5: [], near: [], town: [] };
      try {
        for (let i = 0; i < RUNS; i++) {
          runs.v5.push(await v5Home(browser, v5));
          runs.near.push(await sharedLink(browser, repere));
          runs.town.push(await townThenOffline(browser, repere));
          const t = runs.town.at(-1);
          console.error(
            `[${profile.label}] run ${i + 1}: v5 ${s(runs.v5.at(-1).ms)}, near ${s(runs.near.at(-1).ms)}, town ${s(t.ms)} ` +
              `(shell ${kB(t.shell)} at ${s(t.startMs)}, first suggestion +${kB(t.suggestionBytes)} at ${s(t.suggestionMs)}); ` +
              `offline after the link: ${offlineText(runs.near.at(-1).offline)}, after the town: ${offlineText(t.offline)}`,
          );
        }
      } finally {
        await repere.stop();
        await v5.stop();
      }
      const pick = (list, field) => median(list.map((r) => r[field]));
      table[key] = {
        profile: profile.label,
        v5: { ms: pick(runs.v5, 'ms'), bytes: pick(runs.v5, 'bytes') },
        near: { ms: pick(runs.near, 'ms'), bytes: pick(runs.near, 'bytes') },
        town: { ms: pick(runs.town, 'ms'), bytes: pick(runs.town, 'bytes') },
        suggestion: { ms: pick(runs.town, 'suggestionMs'), bytes: pick(runs.town, 'suggestionBytes'), shell: pick(runs.town, 'shell') },
        offlineReady: { near: pick(runs.near, 'offlineReady'), town: pick(runs.town, 'offlineReady') },
        longest: Math.max(...[...runs.near, ...runs.town].flatMap((r) => [r.work.task, r.offlineWork?.task ?? 0])),
        longestData: [...runs.near, ...runs.town].flatMap((r) => [r.work, r.offlineWork].filter(Boolean)).sort((a, b) => b.data - a.data)[0],
        offlineNear: runs.near.map((r) => r.offline),
        offlineTown: runs.town.map((r) => r.offline),
        runs,
      };
    }
  } finally {
    await browser.close();
  }
  print(table);
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/bench-weak-signal.json'), `${JSON.stringify({ runs: RUNS, offlineAfterS: OFFLINE_AFTER_S, table }, null, 1)}\n`);
}

function print(table) {
  const cols = Object.values(table);
  const row = (label, cell) => `| ${label} | ${cols.map(cell).join(' | ')} |`;
  const lines = [
    `| path | ${cols.map((c) => c.profile).join(' | ')} |`,
    `|---|${cols.map(() => '---').join('|')}|`,
    row('national cartography v5: home → first list', (c) => `${s(c.v5.ms)}, ${kB(c.v5.bytes)}`),
    row('Repère: shared link `?near=` → first result', (c) => `${s(c.near.ms)}, ${kB(c.near.bytes)}`),
    row(`Repère: type "${TOWN}", pick it → first result`, (c) => `${s(c.town.ms)}, ${kB(c.town.bytes)}`),
    row('Repère: first suggestion (bytes beyond the shell)', (c) => `${s(c.suggestion.ms)}, +${kB(c.suggestion.bytes)} (shell ${kB(c.suggestion.shell)})`),
    row('Repère: bytes until the app works offline (link / town)', (c) => `${kB(c.offlineReady.near)} / ${kB(c.offlineReady.town)}`),
    row(`Repère: offline reload ${OFFLINE_AFTER_S} s after the shared link's first result`, (c) => offlineSummary(c.offlineNear)),
    row(`Repère: offline reload ${OFFLINE_AFTER_S} s after the town search's first result`, (c) => offlineSummary(c.offlineTown)),
    row('Repère: then, offline, another town ("Soissons") searched', (c) => c.runs.town.map((r) => (r.offline.otherTown ? 'works' : 'fails')).join(', ')),
    row('Repère: longest main-thread task / longest work on data (4× CPU)', (c) => `${c.longest} ms / ${c.longestData?.data ?? 0} ms (${c.longestData?.dataName ?? '-'})`),
  ];
  console.log(`\n${RUNS > 1 ? `median of ${RUNS} runs, ` : ''}4× CPU slowdown, cold first visit, Debian Chromium; KB = 1000 bytes\n`);
  console.log(lines.join('\n'));
}

await main();
