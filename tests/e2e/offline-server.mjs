// Test-only helpers for the offline specs and scripts/measure-offline.mjs (plain ESM, so both
// can import it). Nothing here ships.
//  - serveBuild(): copies dist/ to a temp folder and serves it on 127.0.0.1 (port 0), so a
//    test can publish a second data version (a renamed place, a renamed commune) with
//    recomputed hashes, and cut one file mid-way to simulate an interrupted update.
//  - startTileServer(): a private instance of tests/e2e/support/tile-server.mjs, so switching
//    it to fail/truncate mode cannot disturb other specs sharing the default one.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

/**
 * @param {string} [distDir]
 * @param {{ dataDir?: string, headers?: Record<string, string> }} [options] another index in place of
 *   the build's `data/` (the XSS spec's), headers added to every response (a Content-Security-Policy)
 */
export async function serveBuild(distDir = 'dist', { dataDir, headers: extraHeaders = {} } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'repere-offline-'));
  cpSync(distDir, root, { recursive: true });
  if (dataDir) {
    rmSync(join(root, 'data'), { recursive: true, force: true });
    cpSync(dataDir, join(root, 'data'), { recursive: true });
  }
  /** Paths (under data/) whose next request is cut after half its body. */
  const cut = new Set();
  /** Paths sent slowly (64 KB every 100 ms), to watch a download's progress and cancel it. */
  const slow = new Set();
  const requests = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    let body;
    try {
      body = readFileSync(join(root, path));
    } catch {
      res.writeHead(404);
      return res.end();
    }
    const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-cache', ...extraHeaders };
    if (cut.has(url.pathname)) {
      res.writeHead(200, headers);
      res.write(body.subarray(0, body.length >> 1));
      return setTimeout(() => res.destroy(), 20);
    }
    res.writeHead(200, headers);
    if (!slow.has(url.pathname)) return res.end(body);
    let offset = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      res.write(body.subarray(offset, (offset += 64 * 1024)));
      if (offset >= body.length) {
        clearInterval(timer);
        res.end();
      }
    }, 100);
  });
  const port = await listen(server);

  const readJson = (rel) => JSON.parse(readFileSync(join(root, 'data', rel), 'utf8'));

  /** Rewrites one data file through `edit`, renames it by its new hash and updates the manifest. */
  function rewrite(manifest, match, edit) {
    const entry = manifest.files.find(match);
    const data = readJson(entry.path);
    edit(data);
    const text = JSON.stringify(data);
    const sha256 = createHash('sha256').update(text).digest('hex');
    const path = entry.path.replace(/\.[0-9a-f]+\.json$/, `.${sha256.slice(0, 10)}.json`);
    writeFileSync(join(root, 'data', path), text);
    if (path !== entry.path) unlinkSync(join(root, 'data', entry.path)); // a deploy replaces files
    Object.assign(entry, { path, sha256, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length });
    return entry;
  }

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    manifest: () => readJson('manifest.json'),
    /** The copy's data folder (a spec may publish files of its own there, then the manifest). */
    dataDir: join(root, 'data'),
    /**
     * Publishes version 2: `placeId` (in its département file and the France pack) gets " (v2)"
     * appended to its name; `gazetteer`, when given, writes that version's gazetteer and returns
     * its directory entry (the format is TypeScript: see offline-update.spec.ts). Optionally, the
     * places `removeIds` leave the index and the places of `newIds` ({ old: new }) are published
     * under a new id (as when the build merges a record into another source's). Returns the new manifest.
     * @param {{ placeId: string, dep: string, gazetteer?: (dataDir: string) => any, removeIds?: string[], newIds?: Record<string, string> }} options
     */
    publishV2({ placeId, dep, gazetteer, removeIds = [], newIds = {} }) {
      const manifest = readJson('manifest.json');
      const renamePlace = (places) => {
        places.forEach((p) => {
          if (p.id === placeId) p.name += ' (v2)';
          if (newIds[p.id]) p.id = newIds[p.id];
        });
        for (const id of removeIds) {
          const i = places.findIndex((p) => p.id === id);
          if (i >= 0) places.splice(i, 1);
        }
      };
      const depFile = rewrite(manifest, (f) => f.type === 'departement' && f.dep === dep, renamePlace);
      rewrite(manifest, (f) => f.type === 'france', renamePlace);
      const communes = gazetteer ? gazetteer(join(root, 'data')) : undefined;
      if (communes) manifest.files = manifest.files.map((f) => (f.type === communes.type ? communes : f));
      manifest.version = createHash('sha256').update(manifest.files.map((f) => f.sha256).join()).digest('hex').slice(0, 12);
      manifest.generatedAt = '2024-09-15';
      writeFileSync(join(root, 'data', 'manifest.json'), JSON.stringify(manifest));
      return { manifest, depFile, communes };
    },
    /** Publishes a new app version: the worker script changes, as on any deploy. */
    publishNewWorker() {
      const sw = join(root, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// new version ${Date.now()}\n`);
    },
    /** Deploys another build of the app over this one (a fix release), its data aside: the shell, its chunks, its worker. */
    publishApp(distDir) {
      cpSync(distDir, root, { recursive: true, filter: (src) => !src.startsWith(join(distDir, 'data')) });
    },
    slowFile: (path) => slow.add(`/data/${path}`),
    /** The next requests for this data path send half the body, then drop the connection. */
    cutFile: (path) => cut.add(`/data/${path}`),
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A server script of ours on a free loopback port, started and stopped by the caller: `args(port)` and `env(port)`. */
async function spawnOnFreePort(args, env) {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  const child = spawn(process.execPath, args(port), { env: { ...process.env, ...env(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', reject);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))),
  };
}

export async function startTileServer() {
  const server = await spawnOnFreePort(() => ['tests/e2e/support/tile-server.mjs'], (port) => ({ TILE_PORT: String(port) }));
  return {
    ...server,
    mode: (mode) => fetch(`${server.origin}/__mode/${mode}`),
    stats: async () => (await fetch(`${server.origin}/__stats`)).json(),
  };
}

/**
 * The build behind ../shared/tools/throttled-static.mjs (one shared link of `rateKbps` after one
 * round trip of `rttMs` per response, the worker's requests included), on a free loopback port.
 */
export async function startThrottledServer(distDir = 'dist', { rateKbps, rttMs }) {
  const tool = join(process.env.REPERE_SHARED_TOOLS ?? join(process.cwd(), '../shared/tools'), 'throttled-static.mjs');
  const server = await spawnOnFreePort((port) => [tool, distDir, String(port)], () => ({ RATE_KBPS: String(rateKbps), RTT_MS: String(rttMs) }));
  return {
    ...server,
    /** Bytes the server has sent so far. */
    bytes: async () => Number(await (await fetch(`${server.origin}/__bytes`)).text()),
  };
}
