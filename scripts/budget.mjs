// Size budgets of the built app (dist/), checked in CI. Prints figures; exits 1 when one is exceeded.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
const BUDGETS = {
  // JavaScript + CSS needed before the first results (map code loads after).
  initial: 80 * KB,
  // The same for the embed route (/embed/); the map loads after, when it is the first view.
  embed: 60 * KB,
  // The whole of France as one offline pack.
  francePack: 3 * 1024 * KB,
};

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The JS and CSS a page names (its script, preloaded chunks, styles): what arrives before its first results. */
function initialOf(page) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return { assets, bytes: assets.reduce((sum, asset) => sum + gz(join(DIST, asset)), 0) };
}
const { assets: initialAssets, bytes: initial } = initialOf('index.html');
// The embed route partners frame (embed/index.html): the finder's list without the app around it.
const embed = initialOf('embed/index.html');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const allJs = walk(join(DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f));
const allAppGz = allJs.reduce((sum, f) => sum + gz(f), 0);

const dataDir = join(DIST, 'data');
const pack = existsSync(dataDir) ? readdirSync(dataDir).find((f) => /^france\..*\.json$/.test(f)) : undefined;
const packGz = pack ? gz(join(dataDir, pack)) : NaN;

const rows = [
  ['initial JS+CSS (gzip)', initial, BUDGETS.initial],
  ['embed initial JS+CSS (gzip)', embed.bytes, BUDGETS.embed],
  ['all JS+CSS (gzip)', allAppGz, undefined],
  ['France pack (gzip)', packGz, BUDGETS.francePack],
];
let over = false;
for (const [label, bytes, budget] of rows) {
  const ok = budget === undefined || bytes <= budget;
  if (!ok || Number.isNaN(bytes)) over = true;
  console.log(`budget: ${label}: ${(bytes / KB).toFixed(1)} KB${budget ? ` / ${(budget / KB).toFixed(0)} KB` : ''}${ok ? '' : '  OVER'}`);
}
console.log(`budget: initial assets: ${initialAssets.join(', ')}`);
console.log(`budget: embed initial assets: ${embed.assets.join(', ')}`);
process.exit(over ? 1 : 0);
