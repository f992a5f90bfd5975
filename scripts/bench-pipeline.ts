// Benchmark, not a test: full pipeline on the real files, N runs. Prints the median wall time and
// the peak resident memory of this process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CACHE_DIR, DEFAULT_DATA_DIR } from '../data/paths';
import { runPipeline } from '../data/pipeline';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const dataDir = process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR;
const times: number[] = [];
let places = 0;
for (let i = 0; i < RUNS; i++) {
  const out = mkdtempSync(join(tmpdir(), 'repere-bench-'));
  const started = performance.now();
  places = runPipeline({ dataDir, cacheDir: DEFAULT_CACHE_DIR, outDir: out }).places.length;
  times.push(performance.now() - started);
  rmSync(out, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`pipeline runs: ${RUNS}`);
console.log(`places: ${places}`);
console.log(`wall time median ms: ${Math.round(median)}`);
console.log(`wall time runs ms: ${times.map(Math.round).join(' ')}`);
// maxRSS is in kilobytes.
console.log(`peak RSS MB: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)}`);
