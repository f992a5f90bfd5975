// Search speed figures (tsx scripts/bench-search.ts): nearest-20 over the whole France pack and
// town suggestions per keystroke. Budgets: median < 2 ms and < 5 ms. Exits 1 when one is exceeded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCommuneIndex } from '../src/shared/commune-index';
import { indexPlaces, nearestIn } from '../src/search/nearest';
import type { Place } from '../src/shared/place';
import { readGazetteer } from './read-gazetteer';

const DATA = 'public/data';
const read = <T>(prefix: string): T => JSON.parse(readFileSync(join(DATA, readdirSync(DATA).find((f) => f.startsWith(prefix))!), 'utf8'));
const places = read<Place[]>('france.');
const { communes } = readGazetteer(DATA);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

// Deterministic pseudo-random numbers so runs compare.
let seed = 42;
const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);

let t0 = performance.now();
const set = indexPlaces(places);
const buildMs = performance.now() - t0;

// 1000 points in France: around random communes (mainland and overseas), jittered by up to ~10 km.
const inhabited = communes.filter((c) => c.population && c.postcodes.length);
const points = Array.from({ length: 1000 }, () => {
  const c = inhabited[Math.floor(rand() * inhabited.length)];
  return [c.lat + (rand() - 0.5) * 0.2, c.lon + (rand() - 0.5) * 0.2] as const;
});
for (const [lat, lon] of points.slice(0, 100)) nearestIn([set], lat, lon, 20); // warm-up
const nearestMs = points.map(([lat, lon]) => {
  const start = performance.now();
  nearestIn([set], lat, lon, 20);
  return performance.now() - start;
});

t0 = performance.now();
const towns = buildCommuneIndex(communes);
const communeBuildMs = performance.now() - t0;
const typed = ['st nazaire', 'gosier', 'Melun', 'Pointe-à-Pitre', 'le havre', '97100', '02000', 'Fort-de-France', 'aulnay sous bois', 'Marie-Galante'];
const keystrokes = typed.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
for (const q of keystrokes) towns.suggest(q); // warm-up
const suggestMs = keystrokes.flatMap((q) => {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    towns.suggest(q);
    runs.push(performance.now() - start);
  }
  return runs;
});

const fmt = (ms: number) => ms.toFixed(3);
console.log(`bench: ${places.length} places, index built in ${fmt(buildMs)} ms`);
console.log(`bench: nearest-20 over France, 1000 points: median ${fmt(median(nearestMs))} ms, p95 ${fmt(p95(nearestMs))} ms (budget 2 ms)`);
console.log(`bench: ${communes.length} communes, index built in ${fmt(communeBuildMs)} ms`);
console.log(`bench: town suggestions, ${keystrokes.length} keystrokes ×5: median ${fmt(median(suggestMs))} ms, p95 ${fmt(p95(suggestMs))} ms (budget 5 ms)`);
process.exit(median(nearestMs) < 2 && median(suggestMs) < 5 ? 0 : 1);
