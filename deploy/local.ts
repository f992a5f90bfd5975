// Runs the production nginx configuration on a loopback port, for the browser checks
// (tests/e2e/deploy/), the load test (scripts/load-test.ts) and `npm run deploy:serve`.
// The configuration is rendered from the build's own `_headers` (its tile host), in a private
// prefix (pid, temp files, error log); stop() ends nginx and removes the prefix.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { tileUrlOfBuild } from './cdn';
import { renderMain } from './nginx';

export const NGINX_INSTALL = 'apt-get install -y nginx';
export const BROTLI_INSTALL = 'apt-get install -y libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static';
const MODULES_DIR = '/usr/lib/nginx/modules';
const BROTLI_MODULES = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'];

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** NGINX_PATH, else `nginx` on PATH or in /usr/sbin (root's PATH has it, a user's may not). */
export function findNginx(): string | undefined {
  if (process.env.NGINX_PATH) return isExecutable(process.env.NGINX_PATH) ? process.env.NGINX_PATH : undefined;
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  return dirs.map((dir) => join(dir, 'nginx')).find(isExecutable);
}

/** The brotli modules Debian installed, or none (nginx then compresses with gzip only). */
export function brotliModules(): string[] {
  const paths = BROTLI_MODULES.map((name) => join(MODULES_DIR, name));
  return paths.every((path) => existsSync(path)) ? paths : [];
}

/** The tile URL the build in `root` was made with (its `_headers`), so the policy lets its map load. */
export function buildTileUrl(root: string): string {
  const headers = join(root, '_headers');
  const url = existsSync(headers) ? tileUrlOfBuild(readFileSync(headers, 'utf8')) : undefined;
  if (!url) throw new Error(`${headers} is missing or names no tile host: build again (npm run build)`);
  return url;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

export interface LocalNginx {
  origin: string;
  port: number;
  brotli: boolean;
  config: string;
  stop(): Promise<void>;
}

async function waitUntilServing(origin: string, child: ChildProcess, errorLog: string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
  child.kill('SIGKILL');
  throw new Error(`nginx did not start on ${origin}:\n${log}`);
}

export async function startNginx({ root, port, workerConnections }: { root: string; port?: number; workerConnections?: number }): Promise<LocalNginx> {
  const nginx = findNginx();
  if (!nginx) throw new Error(`nginx is not installed: ${NGINX_INSTALL}`);
  const dist = resolve(root);
  const listenPort = port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'repere-nginx-'));
  for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'tmp', kind), { recursive: true });
  const modules = brotliModules();
  const config = renderMain({
    tileUrl: buildTileUrl(dist),
    root: dist,
    listen: [`127.0.0.1:${listenPort}`],
    brotli: modules.length > 0,
    brotliModules: modules,
    prefix,
    accessLog: 'off',
    // Root starts the tests in CI: its workers would otherwise run as nobody, who may not read a
    // build in a private checkout. A server uses Debian's www-data (deploy/README.md).
    user: process.getuid?.() === 0 ? 'root root' : undefined,
    workerConnections,
  });
  const configPath = join(prefix, 'nginx.conf');
  writeFileSync(configPath, config);
  const child = spawn(nginx, ['-p', prefix, '-c', configPath, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${listenPort}`;
  await waitUntilServing(origin, child, join(prefix, 'error.log'));
  return {
    origin,
    port: listenPort,
    brotli: modules.length > 0,
    config,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
