// The whole build: read each dataset (data folder, else download cache), adapt, validate, keep the
// newest row of each place, merge, check the drop against the previous index, write the index, the
// report and the diff. Everything is decided from the inputs: no clock, no randomness.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Manifest, Place, SourceInfo } from '../src/shared/place';
import { readBibliotheques } from './adapters/bibliotheques';
import { readFranceServices } from './adapters/france-services';
import { readMaineEtLoire } from './adapters/maine-et-loire';
import { readMediationSchema } from './adapters/mediation-schema';
import type { Adapter } from './adapters/types';
import { buildPlaces } from './build-place';
import { withListedLabelsOnly } from './classify';
import { buildGazetteer, loadDecoupage, parseCommuneCentres } from './communes';
import { diffBuilds, diffMarkdown } from './diff';
import { checkDrop, DropError } from './drop-guard';
import { indexStops, stopsSummary } from './itinerance/index-stops';
import { mergeDuplicates, type Ranked } from './merge';
import { decodeText } from './normalise/text';
import { emptyReport, formatSummary, type Report } from './report';
import { communeCentresOf, DATASETS, placeDatasets, stopsDatasetsOf, type Dataset, type DatasetFormat } from './sources';
import { supersede, type Candidate } from './supersede';
import { withWeeklyHours } from './weekly-hours';
import { writeIndex } from './write-index';

export interface PipelineOptions {
  dataDir: string;
  cacheDir: string;
  outDir: string;
  reportFile?: string;
  /** Where to write the build diff (JSON; the Markdown goes beside it, `.md`). */
  diffFile?: string;
  /** Every dataset to read, communes included (default: the pinned snapshots, DATASETS). */
  datasets?: Dataset[];
  /** Publish even when a source or the whole index lost more than the drop guard allows. */
  acceptDrop?: boolean;
  log?: (line: string) => void;
}

export interface PipelineResult {
  places: Place[];
  sources: SourceInfo[];
  report: Report;
  summary: string;
  manifest: Manifest;
}

const ADAPTERS: Record<Exclude<DatasetFormat, 'communes-centroids' | 'communes-centres' | 'stops-file'>, Adapter> = {
  'france-services': readFranceServices,
  mediation: readMediationSchema,
  bibliotheques: readBibliotheques,
  'maine-et-loire': readMaineEtLoire,
};

const FETCH_HINT = 'run `npm run data:fetch` to download it, or point --data-dir / REPERE_DATA_DIR at a folder holding it';

/** The data folder wins; the download cache is the fallback. */
function locate(d: Dataset, dataDir: string, cacheDir: string): string | undefined {
  return [join(dataDir, d.path), join(cacheDir, d.path)].find((p) => existsSync(p));
}

/**
 * A live feed's date is the one its download recorded (data/fetch.ts writes `<file>.meta.json`),
 * else the day the file was written: the publisher's date, not the build's.
 */
function datasetDate(d: Dataset, path: string): string {
  if (d.date !== 'live') return d.date;
  const meta = `${path}.meta.json`;
  if (existsSync(meta)) {
    const date = (JSON.parse(readFileSync(meta, 'utf8')) as { date?: string }).date;
    if (date && /^\d{4}(-\d{2}){0,2}$/.test(date)) return date;
  }
  return statSync(path).mtime.toISOString().slice(0, 10);
}

/** The index currently published in `outDir`, if any: what the drop guard and the diff compare with. */
function readPrevious(outDir: string): { manifest: Manifest; places?: Place[] } | undefined {
  const file = join(outDir, 'manifest.json');
  if (!existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    const france = manifest.files.find((f) => f.type === 'france');
    const pack = france && join(outDir, france.path);
    // The diff is about places: the stops of buses beside them in the pack are left out.
    const places = pack && existsSync(pack) ? (JSON.parse(readFileSync(pack, 'utf8')) as Place[]).filter((p) => !p.stop) : undefined;
    return { manifest, places };
  } catch {
    return undefined;
  }
}

export function runPipeline(opts: PipelineOptions): PipelineResult {
  const log = opts.log ?? (() => {});
  const report = emptyReport();
  const all = opts.datasets ?? DATASETS;
  const datasets = placeDatasets(all);
  const centroids = all.find((d) => d.format === 'communes-centroids')!;
  const centresDataset = communeCentresOf(all);

  const communesPath = locate(centroids, opts.dataDir, opts.cacheDir);
  if (!communesPath) {
    throw new Error(`${centroids.path} not found in ${opts.dataDir} nor ${opts.cacheDir}: ${FETCH_HINT}`);
  }
  const centresPath = centresDataset && locate(centresDataset, opts.dataDir, opts.cacheDir);
  if (centresDataset && !centresPath) report.missingSources.push({ id: centresDataset.id, path: centresDataset.path, hint: `2018 centroids used alone; ${FETCH_HINT}` });
  const centres = centresPath ? parseCommuneCentres(decodeText(readFileSync(centresPath))) : [];
  const gazetteer = buildGazetteer(decodeText(readFileSync(communesPath)), loadDecoupage(), centres);
  report.communePositionFallbacks = gazetteer.positionFallbacks;

  const listed = datasets.find((d) => d.format === 'france-services');
  const franceServicesListed = Boolean(listed && locate(listed, opts.dataDir, opts.cacheDir));
  const candidates: Candidate[] = [];
  const refsOf = new Map<string, Map<string, string[]>>();
  const stats = new Map<string, { read: number; rejected: number }>();
  const readable: { dataset: Dataset; date: string }[] = [];
  datasets.forEach((dataset, order) => {
    const path = locate(dataset, opts.dataDir, opts.cacheDir);
    if (!path) {
      report.missingSources.push({ id: dataset.id, path: dataset.path, hint: FETCH_HINT });
      return;
    }
    let result;
    try {
      result = ADAPTERS[dataset.format as keyof typeof ADAPTERS](decodeText(readFileSync(path)), dataset);
    } catch (e) {
      report.missingSources.push({ id: dataset.id, path: dataset.path, hint: `unreadable (${(e as Error).message}); ${FETCH_HINT}` });
      return;
    }
    const date = datasetDate(dataset, path);
    readable.push({ dataset, date });
    const before = report.rejected.length;
    for (const p of result.problems) report.rejected.push({ file: dataset.path, row: p.row, reason: p.reason });
    // Ids are unique within a file (a repeat is `duplicate-id`); across files, supersede() decides.
    const places = buildPlaces(result.drafts, { gazetteer, file: dataset.path, datasetDate: date, report, franceServicesListed }, new Set());
    const rowOf = new Map(result.drafts.map((d) => [d.id, d.row]));
    refsOf.set(dataset.id, new Map(result.drafts.filter((d) => d.refs?.length).map((d) => [d.id, d.refs!])));
    for (const place of places) candidates.push({ place, file: dataset.path, row: rowOf.get(place.id)!, order });
    stats.set(dataset.id, { read: result.rowsRead, rejected: report.rejected.length - before });
  });
  if (readable.length === 0) {
    throw new Error(`no source could be read from ${opts.dataDir} nor ${opts.cacheDir}: ${FETCH_HINT}`);
  }

  const { kept, superseded } = supersede(candidates);
  report.superseded = superseded;
  const priorityOf = new Map(datasets.map((d) => [d.id, d.priority]));
  const ranked: Ranked[] = kept.map(({ place }) => {
    const source = place.sources[0]!.id;
    return { place, priority: priorityOf.get(source)!, refs: refsOf.get(source)?.get(place.id) };
  });
  const merged = mergeDuplicates(ranked);
  if (franceServicesListed) merged.places = merged.places.map((p) => withListedLabelsOnly(p, listed!.id));
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, into] of Object.entries(merged.aliases)) aliasesOf.set(into, [...(aliasesOf.get(into) ?? []), alias]);
  merged.places = merged.places.map((p) => (aliasesOf.has(p.id) ? { ...p, aliases: aliasesOf.get(p.id)!.sort() } : p));
  report.merges = merged.merges;
  report.aliases = merged.aliases;

  // Buses and itinerant services: their stops, from the France Services comments and the stops files.
  const listedRead = readable.find((r) => r.dataset === listed);
  const stopFiles = stopsDatasetsOf(all).flatMap((dataset) => {
    const path = locate(dataset, opts.dataDir, opts.cacheDir);
    if (!path) {
      report.missingSources.push({ id: dataset.id, path: dataset.path, hint: FETCH_HINT });
      return [];
    }
    const text = decodeText(readFileSync(path));
    try {
      JSON.parse(text);
    } catch (e) {
      report.missingSources.push({ id: dataset.id, path: dataset.path, hint: `unreadable (${(e as Error).message}); ${FETCH_HINT}` });
      return [];
    }
    return [{ dataset, text, source: { id: dataset.id, date: datasetDate(dataset, path) } }];
  });
  const stopped = indexStops({
    gazetteer,
    places: merged.places,
    aliases: merged.aliases,
    franceServices: listedRead && { text: decodeText(readFileSync(locate(listed!, opts.dataDir, opts.cacheDir)!)), source: { id: listed!.id, date: listedRead.date } },
    files: stopFiles,
  });
  merged.places = stopped.places;
  report.stops = stopped.report;

  const sourceOf = new Map(ranked.map((r) => [r.place.id, r.place.sources[0]!.id]));
  const count = (ids: Iterable<string>) => {
    const by = new Map<string, number>();
    for (const id of ids) by.set(id, (by.get(id) ?? 0) + 1);
    return by;
  };
  const mergedFrom = count(Object.keys(merged.aliases).map((alias) => sourceOf.get(alias)!));
  const keptBy = count(kept.map((c) => c.place.sources[0]!.id));
  const supersededBy = count(superseded.map((s) => datasets.find((d) => d.path === s.file)!.id));
  const citedBy = count(merged.places.flatMap((p) => p.sources.map((s) => s.id)));

  const sources: SourceInfo[] = readable.map(({ dataset: d, date }) => ({
    ...sourceInfo(d, date),
    rowsRead: stats.get(d.id)!.read,
    rowsKept: (keptBy.get(d.id) ?? 0) - (mergedFrom.get(d.id) ?? 0),
    rowsRejected: stats.get(d.id)!.rejected,
    rowsMerged: mergedFrom.get(d.id) ?? 0,
    rowsSuperseded: supersededBy.get(d.id) ?? 0,
    places: citedBy.get(d.id) ?? 0,
  }));
  sources.push({ ...sourceInfo(centroids, centroids.date), rowsRead: gazetteer.centroidRows, rowsKept: gazetteer.communes.length, rowsRejected: 0, rowsMerged: 0 });
  if (centresDataset && centresPath) {
    const used = gazetteer.positionFallbacks.filter((f) => f.method === 'centre-2025').length;
    sources.push({ ...sourceInfo(centresDataset, datasetDate(centresDataset, centresPath)), rowsRead: centres.length, rowsKept: used, rowsRejected: 0, rowsMerged: 0 });
  }
  const stopsCiting = count(stopped.stops.flatMap((p) => p.sources.map((s) => s.id)));
  for (const source of sources) if (stopsCiting.has(source.id)) source.stops = stopsCiting.get(source.id);
  for (const { dataset, source } of stopFiles) {
    const read = stopped.report.files.find((f) => f.id === dataset.id)!;
    // Rows of a file whose bus could not be found are not published: counted as rejected.
    sources.push({ ...sourceInfo(dataset, source.date), rowsRead: read.rowsRead, rowsKept: read.rowsKept, rowsRejected: read.rowsRead - read.rowsKept, rowsMerged: 0, stops: stopsCiting.get(dataset.id) ?? 0 });
  }

  // Places and stops alike get their weekly intervals ("open now" without the hours library).
  const indexed = withWeeklyHours([...merged.places, ...stopped.stops]);
  const published = indexed.filter((p) => !p.stop);
  const { files, manifest } = writeIndex(indexed, gazetteer.communes, sources);
  report.byDepartement = manifest.counts.byDepartement;

  const previous = readPrevious(opts.outDir);
  const drops = checkDrop(previous?.manifest, manifest);
  if (drops.length && !opts.acceptDrop) throw new DropError(drops);
  for (const d of drops) log(`ACCEPTED DROP: ${d}`);

  rmSync(opts.outDir, { recursive: true, force: true });
  for (const f of files) {
    const target = join(opts.outDir, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  if (opts.reportFile) {
    mkdirSync(dirname(opts.reportFile), { recursive: true });
    writeFileSync(opts.reportFile, JSON.stringify(report, null, 1) + '\n');
  }
  if (opts.diffFile) {
    const diff = diffBuilds(
      previous?.places && { version: previous.manifest.version, places: previous.places },
      { version: manifest.version, places: published },
      merged.aliases,
    );
    mkdirSync(dirname(opts.diffFile), { recursive: true });
    writeFileSync(opts.diffFile, JSON.stringify(diff, null, 1) + '\n');
    writeFileSync(opts.diffFile.replace(/\.json$/, '') + '.md', diffMarkdown(diff));
  }
  const summary = [formatSummary({ sources, byKind: manifest.counts.byKind, total: manifest.counts.total, report }), stopsSummary(stopped.report)].join('\n');
  log(summary);
  return { places: published, sources, report, summary, manifest };
}

function sourceInfo(d: Dataset, date: string): Omit<SourceInfo, 'rowsRead' | 'rowsKept' | 'rowsRejected' | 'rowsMerged'> {
  return { id: d.id, title: d.title, publisher: d.publisher, licence: d.licence, date, url: d.url, correctionUrl: d.correctionUrl };
}
