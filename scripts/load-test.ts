// Load test of the production nginx configuration on loopback (deploy/local.ts): the app shell and
// a département file, each under 1 000 concurrent connections, as browsers ask for them (gzip, br).
// Bounded: a fixed number of requests per target and a time limit. Passes only with 0 errors,
// 0 timeouts and 0 non-2xx answers; prints the figures and writes reports/load-test.json.
// Run by scripts/test-all.sh after the build; alone: `npx tsx scripts/load-test.ts`.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startNginx } from '../deploy/local';

const DIST = 'dist';
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 1000);
const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 20_000);
/** A run that has not finished by then is stopped and fails. */
const TIME_LIMIT_S = 60;

interface Figures {
  target: string;
  /** Headers included, body compressed as the client asked (gzip, br). */
  bytesPerResponse: number;
  connections: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSecond: number;
  megabytesPerSecond: number;
  seconds: number;
}

function run(url: string): Promise<autocannon.Result & { stopped: boolean }> {
  return new Promise((resolve, reject) => {
    let stopped = false;
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        amount: REQUESTS,
        timeout: 10,
        headers: { 'Accept-Encoding': 'gzip, deflate, br' },
      },
      (error, result) => (error ? reject(error) : resolve({ ...result, stopped })),
    );
    const limit = setTimeout(() => {
      stopped = true;
      instance.stop();
    }, TIME_LIMIT_S * 1000);
    instance.on('done', () => clearTimeout(limit));
  });
}

/** The largest département file: the heaviest a search downloads. */
function departementFile(): string {
  const manifest = JSON.parse(readFileSync(join(DIST, 'data/manifest.json'), 'utf8')) as { files: { type: string; path: string; bytes: number }[] };
  const deps = manifest.files.filter((f) => f.type === 'departement').sort((a, b) => b.bytes - a.bytes);
  return `/data/${deps[0].path}`;
}

const nginx = await startNginx({ root: DIST, port: process.env.NGINX_PORT ? Number(process.env.NGINX_PORT) : undefined });
const figures: Figures[] = [];
let failed = false;
try {
  for (const path of ['/', departementFile()]) {
    const result = await run(`${nginx.origin}${path}`);
    const f: Figures = {
      target: path,
      bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
      connections: result.connections,
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      requestsPerSecond: Math.round(result.requests.total / result.duration),
      megabytesPerSecond: Number((result.throughput.total / result.duration / 1e6).toFixed(1)),
      seconds: Number(result.duration.toFixed(1)),
    };
    figures.push(f);
    const ok = !result.stopped && f.errors === 0 && f.timeouts === 0 && f.non2xx === 0 && f.requests >= REQUESTS;
    if (!ok) failed = true;
    const raw = path === '/' ? statSync(join(DIST, 'index.html')).size : statSync(join(DIST, path)).size;
    console.log(
      `load: ${path} (${raw} B on disk, ${f.bytesPerResponse} B per response with headers, compressed): ${f.requests} requests, ${f.connections} connections, ` +
        `${f.errors} errors, ${f.timeouts} timeouts, ${f.non2xx} non-2xx, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms, ` +
        `${f.requestsPerSecond} req/s, ${f.megabytesPerSecond} MB/s, ${f.seconds} s${ok ? '' : result.stopped ? '  FAILED (time limit)' : '  FAILED'}`,
    );
  }
} finally {
  await nginx.stop();
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/load-test.json', JSON.stringify({ brotli: nginx.brotli, figures }, null, 2));
process.exit(failed ? 1 : 0);
