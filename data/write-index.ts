// The index the app loads, under public/data/: content-hashed files and the manifest describing
// them. Pure: returns the files to write; same places in, same bytes out.
import { gzipSync } from 'node:zlib';
import { KINDS, type Commune, type DataFile, type Kind, type Manifest, type Place, type SourceInfo } from '../src/shared/place';
import { dateRange } from '../src/shared/freshness';
import { MANIFEST_HASH_DIGITS, sha256 } from './file-hash';
import { writeGazetteer } from './gazetteer-files';
import { pushTo } from './push-to';

export interface OutputFile {
  path: string;
  content: string;
}


/** Stable key order, so that the JSON text never depends on how a record was assembled. */
const PLACE_KEYS: (keyof Place)[] = [
  'id', 'name', 'kind', 'mobile', 'lat', 'lon', 'dep', 'address', 'phone', 'email', 'website', 'hours',
  'hoursText', 'week', 'appointment', 'services', 'publics', 'support', 'fees', 'access', 'labels', 'aliases', 'sources',
  'stop', 'stops',
];
const ADDRESS_KEYS = ['street', 'postcode', 'commune', 'insee'] as const;

function canonicalPlace(p: Place): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of PLACE_KEYS) {
    const value = p[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0 && key !== 'services')) continue;
    if (key === 'address') {
      const a: Record<string, string> = {};
      for (const k of ADDRESS_KEYS) if (p.address[k] !== undefined) a[k] = p.address[k]!;
      out.address = a;
    } else if (key === 'sources') {
      out.sources = p.sources.map((s) => ({ id: s.id, date: s.date }));
    } else out[key] = value;
  }
  return out;
}

function dataFile(type: DataFile['type'], base: string, content: string, count: number, stops = 0): { file: DataFile; out: OutputFile } {
  const hash = sha256(content);
  const path = `${base}.${hash.slice(0, 10)}.json`;
  const file: DataFile = {
    path,
    bytes: Buffer.byteLength(content),
    gzipBytes: gzipSync(content, { level: 9 }).length,
    sha256: hash.slice(0, MANIFEST_HASH_DIGITS),
    type,
    count,
  };
  if (stops) file.stops = stops;
  return { file, out: { path, content } };
}

function bbox(places: Place[]): [number, number, number, number] {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of places) {
    minLon = Math.min(minLon, p.lon);
    minLat = Math.min(minLat, p.lat);
    maxLon = Math.max(maxLon, p.lon);
    maxLat = Math.max(maxLat, p.lat);
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** "2024-08" → "2024-08-01": generatedAt must be a full ISO date derived from the inputs only. */
function isoDay(date: string): string {
  return (date + '-01-01').slice(0, 10);
}

/**
 * `places` may hold stop records of buses (Place.stop, data/itinerance/index-stops.ts): they go into
 * the files beside the places, in their commune's département, but the counts and dates are the places'.
 */
export function writeIndex(places: Place[], communes: Commune[], sources: SourceInfo[]): { files: OutputFile[]; manifest: Manifest } {
  const all = [...places].sort((a, b) => (a.id < b.id ? -1 : 1));
  const sorted = all.filter((p) => !p.stop);
  const stopsIn = (list: Place[]) => list.filter((p) => p.stop).length;
  const serialise = (list: Place[]) => JSON.stringify(list.map(canonicalPlace));
  const outputs: OutputFile[] = [];
  const files: DataFile[] = [];
  const add = ({ file, out }: { file: DataFile; out: OutputFile }) => {
    files.push(file);
    outputs.push(out);
  };

  add(dataFile('france', 'france', serialise(all), all.length, stopsIn(all)));
  const byDep = new Map<string, Place[]>();
  for (const p of all) pushTo(byDep, p.dep, p);
  for (const dep of [...byDep.keys()].sort()) {
    const list = byDep.get(dep)!;
    const { file, out } = dataFile('departement', `dep/${dep}`, serialise(list), list.length, stopsIn(list));
    file.dep = dep;
    file.bbox = bbox(list);
    add({ file, out });
  }
  const gazetteer = writeGazetteer(communes);
  files.push(gazetteer.file);
  outputs.push(...gazetteer.outputs);

  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const byDepartement: Manifest['counts']['byDepartement'] = {};
  for (const p of sorted) {
    byKind[p.kind]++;
    const dep = (byDepartement[p.dep] ??= {});
    dep[p.kind] = (dep[p.kind] ?? 0) + 1;
  }
  const sortedByDep = Object.fromEntries(Object.keys(byDepartement).sort().map((d) => [d, sortKeys(byDepartement[d]!)]));
  const manifest: Manifest = {
    version: sha256(files.map((f) => f.sha256).join('\n')).slice(0, 12),
    generatedAt: (sources.some((s) => s.places !== undefined) ? sources.filter((s) => s.places !== undefined) : sources).map((s) => isoDay(s.date)).sort().at(-1) ?? '1970-01-01',
    dateRange: dateRange(sorted),
    sources,
    counts: { total: sorted.length, byKind, byDepartement: sortedByDep, ...(all.length > sorted.length ? { stops: all.length - sorted.length } : {}) },
    files,
  };
  outputs.push({ path: 'manifest.json', content: JSON.stringify(manifest, null, 1) + '\n' });
  return { files: outputs, manifest };
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}
