// Size budgets of the built app (dist/), checked in CI. Prints figures; exits 1 when one is exceeded.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
const BUDGETS = {
  // JavaScript + CSS needed before the first results (map code loads after).
  initial: 80 * KB,
  // The whole of France as one offline pack.
  francePack: 3 * 1024 * KB,
};

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const initialAssets = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const initial = initialAssets.reduce((sum, asset) => sum + gz(join(DIST, asset)), 0);

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
process.exit(over ? 1 : 0);
