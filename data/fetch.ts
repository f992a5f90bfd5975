// Download every dataset from its publisher into the local cache (same layout as the data folder).
// A file is replaced only by a complete HTTP 200 body that parses; otherwise the previous file stays.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { decodeText } from './normalise/text';
import { DATASETS, type Dataset } from './sources';

export interface FetchOptions {
  cacheDir: string;
  /** Serve every dataset from `<baseUrl>/<dataset.path>` instead of its publisher (tests, mirrors). */
  baseUrl?: string;
  datasets?: Dataset[];
  log?: (line: string) => void;
}

export interface FetchResult {
  id: string;
  ok: boolean;
  error?: string;
  bytes?: number;
}

/** A column every file of that format has: a page of HTML or an error body will not. */
const REQUIRED_COLUMN: Partial<Record<Dataset['format'], string>> = {
  'france-services': 'id_fs',
  bibliotheques: 'Code_bib',
  'communes-centroids': 'code_insee',
};

function urlOf(d: Dataset, baseUrl?: string): string {
  return baseUrl ? `${baseUrl.replace(/\/$/, '')}/${d.path}` : d.url;
}

/** Body → the bytes to cache, or an error saying why it is not the dataset. */
function checkContent(d: Dataset, bytes: Uint8Array): { content: Uint8Array } | { error: string } {
  const text = decodeText(bytes);
  if (d.format === 'communes-centroids' && text.trimStart().startsWith('{')) {
    // The publisher serves contours: cache the centroids the pipeline reads.
    try {
      return { content: new TextEncoder().encode(centroidsCsv(JSON.parse(text) as FeatureCollection)) };
    } catch (e) {
      return { error: `not GeoJSON contours: ${(e as Error).message}` };
    }
  }
  const column = REQUIRED_COLUMN[d.format];
  if (column) {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, preview: 5 });
    if (!parsed.meta.fields?.includes(column) || parsed.data.length === 0) return { error: `not the expected CSV (no ${column} column)` };
    return { content: bytes };
  }
  try {
    const json: unknown = JSON.parse(text);
    if (!Array.isArray(json) || json.length === 0) return { error: 'not a JSON array of places' };
  } catch (e) {
    return { error: `invalid JSON: ${(e as Error).message}` };
  }
  return { content: bytes };
}

async function fetchDataset(d: Dataset, opts: FetchOptions): Promise<FetchResult> {
  const url = urlOf(d, opts.baseUrl);
  let bytes: Uint8Array;
  try {
    const res = await fetch(url);
    if (res.status !== 200) return { id: d.id, ok: false, error: `HTTP ${res.status} from ${url}` };
    // A body cut short makes arrayBuffer() throw; the length check covers servers that close cleanly.
    bytes = new Uint8Array(await res.arrayBuffer());
    const expected = Number(res.headers.get('content-length'));
    if (expected && !res.headers.get('content-encoding') && bytes.length !== expected) {
      return { id: d.id, ok: false, error: `incomplete download: ${bytes.length} of ${expected} bytes from ${url}` };
    }
  } catch (e) {
    const cause = (e as Error & { cause?: Error }).cause;
    return { id: d.id, ok: false, error: `download failed from ${url}: ${(e as Error).message}${cause ? ` (${cause.message})` : ''}` };
  }
  const checked = checkContent(d, bytes);
  if ('error' in checked) return { id: d.id, ok: false, error: `${checked.error} (${url})` };
  const target = join(opts.cacheDir, d.path);
  const temp = `${target}.part-${process.pid}`;
  mkdirSync(dirname(target), { recursive: true });
  try {
    writeFileSync(temp, checked.content);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    return { id: d.id, ok: false, error: `cannot write ${target}: ${(e as Error).message}` };
  }
  return { id: d.id, ok: true, bytes: checked.content.length };
}

export async function fetchAll(opts: FetchOptions): Promise<FetchResult[]> {
  const results: FetchResult[] = [];
  // One at a time: a few files, and kinder to the publishers' servers.
  for (const d of opts.datasets ?? DATASETS) {
    const r = await fetchDataset(d, opts);
    opts.log?.(r.ok ? `ok ${d.id} (${r.bytes} bytes) → ${join(opts.cacheDir, d.path)}` : `failed ${d.id}: ${r.error}`);
    results.push(r);
  }
  return results;
}

interface FeatureCollection {
  features: { properties: { code: string; nom: string }; geometry: { type: string; coordinates: unknown } }[];
}

/** Area-weighted centroid of each commune's polygons (planar in degrees: fine at commune scale). */
export function centroidsCsv(fc: FeatureCollection): string {
  const lines = ['code_insee,nom,latitude,longitude'];
  const sorted = [...fc.features].sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  for (const f of sorted) {
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length - 1; i++) {
          const [x0, y0] = ring[i] as [number, number];
          const [x1, y1] = ring[i + 1] as [number, number];
          const cross = x0 * y1 - x1 * y0;
          area += cross;
          cx += (x0 + x1) * cross;
          cy += (y0 + y1) * cross;
        }
      }
    }
    if (area === 0) continue;
    const name = f.properties.nom.includes(',') ? `"${f.properties.nom}"` : f.properties.nom;
    lines.push(`${f.properties.code},${name},${(cy / (3 * area)).toFixed(5)},${(cx / (3 * area)).toFixed(5)}`);
  }
  return lines.join('\n') + '\n';
}
