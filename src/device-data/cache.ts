// The data files kept on the device, in the Cache API (why not IndexedDB: docs/offline.md).
// Files are stored under their content-hashed URL; two small JSON entries say which manifest
// is in use (the version pointer) and which areas the user keeps.
import { CACHE_NAMES } from '../shared/cache-names';
import type { DataFile, Manifest } from '../shared/place';
import type { StoredArea } from './area-list';
import { measured } from '../shared/measure';
import { trackedFetch } from './connectivity';

// Resolved on first use, not on import: pure modules of this folder are unit-tested in Node.
let base: string | undefined;
/** The data folder's URL: every data file is kept under its own URL below it. */
export const dataBase = () => (base ??= new URL(`${import.meta.env.BASE_URL}data/`, location.href).href);
const currentKey = () => `${dataBase()}__repere__/current.json`;
const areasKey = () => `${dataBase()}__repere__/areas.json`;
const manifestUrl = () => `${dataBase()}manifest.json`;

export const cacheAvailable = () => typeof caches !== 'undefined';
const open = () => caches.open(CACHE_NAMES.data);

async function readJson<T>(key: string): Promise<T | undefined> {
  if (!cacheAvailable()) return undefined;
  const response = await (await open()).match(key);
  if (!response) return undefined;
  const text = await response.text();
  return measured('parse', () => JSON.parse(text) as T);
}

async function writeJson(key: string, value: unknown): Promise<void> {
  const body = JSON.stringify(value);
  await (await open()).put(key, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}

/** The manifest in use: every read resolves file names through it, so versions never mix. */
export const readCurrent = () => readJson<Manifest>(currentKey());
/** Swaps the version in use: one Cache.put, which is atomic — readers see the old or the new manifest. */
export const writeCurrent = (manifest: Manifest) => writeJson(currentKey(), manifest);
export const readAreas = async () => (await readJson<StoredArea[]>(areasKey())) ?? [];
export const writeAreas = (areas: StoredArea[]) => writeJson(areasKey(), areas);

export async function readFile<T>(path: string): Promise<T | undefined> {
  return readJson<T>(dataBase() + path);
}

/** A kept file's bytes, unparsed (the France pack is parsed off the main thread). */
export async function readBytes(path: string): Promise<ArrayBuffer | undefined> {
  if (!cacheAvailable()) return undefined;
  const response = await (await open()).match(dataBase() + path);
  return response ? response.arrayBuffer() : undefined;
}

export async function hasFile(path: string): Promise<boolean> {
  if (!cacheAvailable()) return false;
  try {
    return (await (await open()).match(dataBase() + path)) !== undefined;
  } catch {
    return false; // storage refused (private mode): the network is the only source
  }
}

/** Paths (relative to data/) of the data files held, leaving out the pointer and the manifest copy older workers kept. */
export async function storedPaths(): Promise<Set<string>> {
  if (!cacheAvailable()) return new Set();
  const keys = await (await open()).keys();
  const paths = new Set<string>();
  const root = dataBase();
  for (const request of keys) {
    if (!request.url.startsWith(root) || request.url === manifestUrl()) continue;
    const path = request.url.slice(root.length);
    if (!path.startsWith('__repere__/')) paths.add(path);
  }
  return paths;
}

export async function deletePaths(paths: string[]): Promise<void> {
  if (!paths.length) return;
  const cache = await open();
  await Promise.all(paths.map((path) => cache.delete(dataBase() + path)));
}

export async function fetchManifest(): Promise<Manifest> {
  const response = await trackedFetch(manifestUrl(), { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for manifest.json`);
  return (await response.json()) as Manifest;
}

async function sha256Hex(buffer: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Downloads one file whole and checks it against the manifest's length and sha256 (or the sha256
 * prefix its name carries), so a cut connection, a captive portal's page or a half-written file
 * is never stored as data. A gazetteer name piece has neither: its reader decodes it before it is
 * kept. `onBytes` reports the bytes received so far (uncompressed).
 */
export async function downloadFile(file: DataFile, options: { signal?: AbortSignal; onBytes?: (n: number) => void } = {}): Promise<ArrayBuffer> {
  const response = await trackedFetch(dataBase() + file.path, { signal: options.signal });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${file.path}`);
  let buffer: ArrayBuffer;
  if (options.onBytes && response.body) {
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      options.onBytes(received);
    }
    const all = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.byteLength;
    }
    buffer = all.buffer;
  } else {
    buffer = await response.arrayBuffer();
  }
  // crypto.subtle only exists in secure contexts (https, localhost); elsewhere the length still guards.
  if (file.bytes && buffer.byteLength !== file.bytes) throw new Error(`incomplete ${file.path}`);
  if (file.sha256 && globalThis.crypto?.subtle && !(await sha256Hex(buffer)).startsWith(file.sha256)) throw new Error(`corrupt ${file.path}`);
  return buffer;
}

export async function storeFile(path: string, buffer: ArrayBuffer): Promise<void> {
  await (await open()).put(dataBase() + path, new Response(buffer, { headers: { 'Content-Type': 'application/json' } }));
}

export const parseJson = <T>(buffer: ArrayBuffer): T => measured('parse', () => JSON.parse(new TextDecoder().decode(buffer)) as T);

/**
 * Runs data-changing work (update, save, delete, clean-up) one at a time across tabs, so a
 * clean-up never deletes files an update in another tab has just staged.
 */
export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request('repere-data', work) as Promise<T>;
  return work();
}
