// Download every dataset from its publisher into the local cache (same layout as the data folder).
// A file is replaced only by a complete HTTP 200 body that parses; otherwise the previous file stays.
// A data.gouv.fr feed is resolved first: the dataset API names its newest CSV resource. Each file
// gets `<file>.meta.json` (address and publisher's date), which the build reads as the feed's date.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { parseCommuneCentres } from './communes';
import { decodeText } from './normalise/text';
import { DATASETS, type Dataset } from './sources';

export interface FetchOptions {
  cacheDir: string;
  /**
   * Serve every dataset from `<baseUrl>/<dataset.path>` instead of its publisher (tests, mirrors);
   * a data.gouv.fr feed's API from `<baseUrl>/api/1/datasets/<slug>/`.
   */
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
  if (!baseUrl) return d.url;
  const base = baseUrl.replace(/\/$/, '');
  return d.datagouvDataset ? `${base}/api/1/datasets/${d.datagouvDataset}/` : `${base}/${d.path}`;
}

interface DatagouvResource {
  url?: string;
  format?: string;
  title?: string;
  last_modified?: string;
}

/** The newest CSV resource of a data.gouv.fr dataset (API v1 `GET /api/1/datasets/{slug}/`). */
export function newestCsv(dataset: { resources?: DatagouvResource[] }): DatagouvResource | undefined {
  const csv = (dataset.resources ?? []).filter((r) => r.url && (/^csv$/i.test(r.format ?? '') || /\.csv(\?|$)/i.test(r.url)));
  return csv.sort((a, b) => ((a.last_modified ?? '') < (b.last_modified ?? '') ? 1 : -1))[0];
}

/** The columns a CSV of this dataset must have: a page of HTML or an error body will not. */
function requiredColumn(d: Dataset): string | undefined {
  if (d.format === 'mediation') return typeof d.mapping?.id === 'string' ? d.mapping.id : 'id';
  return REQUIRED_COLUMN[d.format];
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
  if (d.format === 'communes-centres') {
    try {
      return parseCommuneCentres(text).length > 0 ? { content: bytes } : { error: 'not a list of commune centres' };
    } catch (e) {
      return { error: `invalid JSON: ${(e as Error).message}` };
    }
  }
  const column = requiredColumn(d);
  const looksJson = /^\s*[[{]/.test(text);
  if (column && !(d.format === 'mediation' && looksJson)) {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, preview: 5 });
    // Header case and accents vary between a publisher's exports ("Code_bib", "code_bib").
    const fold = (h: string) => h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (!parsed.meta.fields?.some((f) => fold(f) === fold(column)) || parsed.data.length === 0) return { error: `not the expected CSV (no ${column} column)` };
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

/** A complete 200 body, or why not. */
async function download(url: string): Promise<{ bytes: Uint8Array; lastModified?: string } | { error: string }> {
  try {
    const res = await fetch(url);
    if (res.status !== 200) return { error: `HTTP ${res.status} from ${url}` };
    // A body cut short makes arrayBuffer() throw; the length check covers servers that close cleanly.
    const bytes = new Uint8Array(await res.arrayBuffer());
    const expected = Number(res.headers.get('content-length'));
    if (expected && !res.headers.get('content-encoding') && bytes.length !== expected) {
      return { error: `incomplete download: ${bytes.length} of ${expected} bytes from ${url}` };
    }
    return { bytes, lastModified: res.headers.get('last-modified') ?? undefined };
  } catch (e) {
    const cause = (e as Error & { cause?: Error }).cause;
    return { error: `download failed from ${url}: ${(e as Error).message}${cause ? ` (${cause.message})` : ''}` };
  }
}

const day = (date: string | undefined) => {
  const t = date ? Date.parse(date) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
};

async function fetchDataset(d: Dataset, opts: FetchOptions): Promise<FetchResult> {
  let url = urlOf(d, opts.baseUrl);
  let published: string | undefined;
  if (d.datagouvDataset) {
    const api = await download(url);
    if ('error' in api) return { id: d.id, ok: false, error: api.error };
    let resource: DatagouvResource | undefined;
    try {
      resource = newestCsv(JSON.parse(decodeText(api.bytes)) as { resources?: DatagouvResource[] });
    } catch (e) {
      return { id: d.id, ok: false, error: `not a data.gouv.fr dataset description: ${(e as Error).message} (${url})` };
    }
    if (!resource?.url) return { id: d.id, ok: false, error: `no CSV resource in the dataset ${d.datagouvDataset} (${url})` };
    url = resource.url;
    published = day(resource.last_modified);
  }
  const got = await download(url);
  if ('error' in got) return { id: d.id, ok: false, error: got.error };
  const checked = checkContent(d, got.bytes);
  if ('error' in checked) return { id: d.id, ok: false, error: `${checked.error} (${url})` };
  const target = join(opts.cacheDir, d.path);
  const temp = `${target}.part-${process.pid}`;
  mkdirSync(dirname(target), { recursive: true });
  try {
    writeFileSync(temp, checked.content);
    renameSync(temp, target);
    // The publisher's date when it says one, else the day of the download.
    const date = published ?? day(got.lastModified) ?? new Date().toISOString().slice(0, 10);
    writeFileSync(`${target}.meta.json`, JSON.stringify({ url, date }, null, 1) + '\n');
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
