// Lighthouse mobile (lighthouse@12.2.3, its default mobile settings: simulated 4× CPU, 150 ms /
// 1.6 Mbps) on the start page and on results pages, against Debian's Chromium and a build served
// on loopback by ../shared/tools/throttled-static.mjs (gzip and cache headers as a real host,
// no throttling: Lighthouse simulates it). Nothing beyond loopback is reachable.
// Usage: npm run lighthouse [-- --no-build]   (RUNS=3: the median run by performance per page, as
// Lighthouse advises on noisy machines; CHROMIUM_PATH, LIGHTHOUSE_PORT=4394; writes reports/lighthouse/*.json)
// Exits 1 when a target is missed: performance ≥ 95, TBT ≤ 200 ms, accessibility, best practices and SEO 100.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, LOOPBACK_ONLY } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = resolve(ROOT, process.env.REPERE_SHARED_TOOLS ?? '../shared/tools');
// LIGHTHOUSE_DIR (with --no-build): another build to measure, e.g. an earlier commit's, to compare.
const BUILD = resolve(ROOT, process.env.LIGHTHOUSE_DIR ?? '.cache/lighthouse/repere');
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4394);
const PAGES = [
  ['start page', '/'],
  ['results (?commune=)', '/?commune=02408'],
  ['results (?near=)', '/?near=49.5641,3.6199'],
];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const TBT_MS = 200;
const RUNS = Number(process.env.RUNS ?? 3);

if (!process.argv.includes('--no-build')) {
  const run = (cmd, args) => {
    if (spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  };
  run('node', ['data/ensure-data.mjs']);
  run('npx', ['vite', 'build', '--outDir', BUILD, '--emptyOutDir', '--logLevel', 'warn']);
}

const server = spawn(process.execPath, [join(TOOLS, 'throttled-static.mjs'), BUILD, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, LOOPBACK_ONLY],
});

const rows = [];
let missed = false;
try {
  mkdirSync(join(ROOT, 'reports/lighthouse'), { recursive: true });
  for (const [label, path] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push((await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) })).lhr);
    }
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const lhr = runs[runs.length >> 1];
    writeFileSync(join(ROOT, 'reports/lighthouse', `${label.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
    const score = (id) => Math.round(lhr.categories[id].score * 100);
    const tbt = Math.round(lhr.audits['total-blocking-time'].numericValue);
    const row = { page: label, runs: runs.map((r) => Math.round(r.categories.performance.score * 100)).join('/'), ...Object.fromEntries(Object.keys(TARGETS).map((id) => [id, score(id)])), tbt, fcp: lhr.audits['first-contentful-paint'].displayValue, lcp: lhr.audits['largest-contentful-paint'].displayValue };
    rows.push(row);
    const failed = Object.entries(TARGETS).filter(([id, min]) => row[id] < min).map(([id]) => id);
    if (tbt > TBT_MS) failed.push('tbt');
    if (failed.length) {
      missed = true;
      for (const id of failed.filter((f) => f !== 'tbt')) {
        const audits = lhr.categories[id].auditRefs.map((r) => lhr.audits[r.id]).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
        console.log(`${label}: ${id} — ${audits.map((a) => `${a.id} (${a.displayValue ?? a.score})`).join(', ')}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill('SIGTERM');
}

console.log(`\nLighthouse 12.2.3 mobile, median of ${RUNS} runs (performance of each run in brackets)`);
console.log('| page | performance | TBT | accessibility | best practices | SEO | FCP | LCP |\n|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.page} | ${r.performance} (${r.runs}) | ${r.tbt} ms | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.fcp} | ${r.lcp} |`);
process.exit(missed ? 1 : 0);
