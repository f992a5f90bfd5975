// Size budgets of the built app (dist/), checked in CI: bytes, never times (the bench measures
// those). Prints figures; exits 1 when one is exceeded. Sizes are gzip -9 (what a phone
// receives, give or take the server's level); KB = 1000 bytes.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1000;
const BUDGETS = {
  // JavaScript + CSS needed before the first results (map code loads after): 80 KiB.
  initial: 80 * 1024,
  // The same for the embed route partners frame (/embed/); the map loads after, when it is the first view.
  embed: 64 * KB,
  // What the service worker keeps at install: index.html and every file it names (src/sw/shell.ts).
  // 60 KB when the staged shell landed; orientation, FALC, favourites, stops and the freshness
  // notes brought it to 77 KB. The embed route (a second entry) took it to 81.4 KB: its page (0.5 KB),
  // its French text (1.2 KB) and ~2.5 KB of gzip lost to the chunk the two entries now share.
  shell: 84 * KB,
  // Beyond the shell, before the first suggestion of a two- or three-letter query: the manifest,
  // the gazetteer's directory and the largest name piece (issue 9: 40 KB).
  firstSuggestion: 40 * KB,
  // The shell and the data of a town search in the largest département (its places file grows with
  // new sources): what the next offline visit needs.
  offlineReady: 180 * KB,
  // The whole gazetteer, fetched in the background so town search works offline for any town (issue 9: 300 KB).
  gazetteer: 300 * KB,
  // The whole of France as one offline pack.
  francePack: 3 * 1024 * 1024,
};

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const largest = (dir) => (existsSync(dir) ? Math.max(0, ...readdirSync(dir).map((f) => gz(join(dir, f)))) : NaN);

/** The JS and CSS a page names (its script, preloaded chunks, styles): what arrives before its first results. */
const initialOf = (page) => [...readFileSync(join(DIST, page), 'utf8').matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const initialAssets = initialOf('index.html');
const initial = sum(initialAssets.map((asset) => gz(join(DIST, asset))));
// The embed route (embed/index.html): the finder's list without the app around it.
const embedAssets = initialOf('embed/index.html');
const embed = sum(embedAssets.map((asset) => gz(join(DIST, asset))));
// Every local file index.html names (script, styles, icons, web manifest), as the worker's install does.
const named = [...new Set([...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]))].filter((p) => !p.startsWith('data/') && existsSync(join(DIST, p)));
// The install also keeps the embed's page (not what it names: src/sw/shell.ts).
const shell = gz(join(DIST, 'index.html')) + gz(join(DIST, 'embed/index.html')) + sum(named.map((p) => gz(join(DIST, p))));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const allJs = walk(join(DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f));
const allAppGz = sum(allJs.map(gz));

const data = join(DIST, 'data');
const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8'));
const fileOf = (type) => manifest.files.find((f) => f.type === type);
const manifestGz = gz(join(data, 'manifest.json'));
const directoryGz = gz(join(data, fileOf('gazetteer').path));
const directory = JSON.parse(readFileSync(join(data, fileOf('gazetteer').path), 'utf8'));
const gazetteerGz = gz(join(data, 'gazetteer', `all.${directory.all[0]}.json`));
const leafGz = largest(join(data, 'gazetteer/name'));
const depTownsGz = largest(join(data, 'gazetteer/dep'));
const depPlacesGz = Math.max(...manifest.files.filter((f) => f.type === 'departement').map((f) => f.gzipBytes));
const firstSuggestion = manifestGz + directoryGz + leafGz;
const offlineReady = shell + firstSuggestion + depTownsGz + depPlacesGz;
const packGz = fileOf('france').gzipBytes;

const rows = [
  ['initial JS+CSS', initial, BUDGETS.initial],
  ['embed initial JS+CSS', embed, BUDGETS.embed],
  ['shell (index.html and what it names, embed/index.html)', shell, BUDGETS.shell],
  ['first suggestion beyond the shell (manifest + directory + largest name piece)', firstSuggestion, BUDGETS.firstSuggestion],
  ['offline-ready, largest département (shell + the above + its towns + its places)', offlineReady, BUDGETS.offlineReady],
  ['whole gazetteer', gazetteerGz, BUDGETS.gazetteer],
  ['France pack', packGz, BUDGETS.francePack],
  ['all JS+CSS', allAppGz, undefined],
];
let over = false;
for (const [label, bytes, budget] of rows) {
  const ok = budget === undefined || bytes <= budget;
  if (!ok || Number.isNaN(bytes)) over = true;
  console.log(`budget: ${label}: ${(bytes / KB).toFixed(1)} KB${budget ? ` / ${(budget / KB).toFixed(0)} KB` : ''}${ok ? '' : '  OVER'}`);
}
console.log(`budget: (manifest ${(manifestGz / KB).toFixed(1)}, directory ${(directoryGz / KB).toFixed(1)}, largest name piece ${(leafGz / KB).toFixed(1)}, département towns ${(depTownsGz / KB).toFixed(1)}, département places ${(depPlacesGz / KB).toFixed(1)} KB)`);
console.log(`budget: initial assets: ${initialAssets.join(', ')}; shell: index.html, embed/index.html, ${named.join(', ')}`);
console.log(`budget: embed initial assets: ${embedAssets.join(', ')}`);
process.exit(over ? 1 : 0);
