// The whole build: read each dataset (data folder, else download cache), adapt, validate, merge,
// write the index and the report. Everything is decided from the inputs: no clock, no randomness.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Place, SourceInfo } from '../src/shared/place';
import { readBibliotheques } from './adapters/bibliotheques';
import { readFranceServices } from './adapters/france-services';
import { readMaineEtLoire } from './adapters/maine-et-loire';
import { readMediationSchema } from './adapters/mediation-schema';
import type { Adapter } from './adapters/types';
import { buildPlaces } from './build-place';
import { buildGazetteer, loadDecoupage } from './communes';
import { mergeDuplicates, type Ranked } from './merge';
import { decodeText } from './normalise/text';
import { emptyReport, formatSummary, type Report } from './report';
import { COMMUNES_DATASET, PLACE_DATASETS, type Dataset, type DatasetFormat } from './sources';
import { withWeeklyHours } from './weekly-hours';
import { writeIndex } from './write-index';

export interface PipelineOptions {
  dataDir: string;
  cacheDir: string;
  outDir: string;
  reportFile?: string;
  datasets?: Dataset[];
  log?: (line: string) => void;
}

export interface PipelineResult {
  places: Place[];
  sources: SourceInfo[];
  report: Report;
  summary: string;
}

const ADAPTERS: Record<Exclude<DatasetFormat, 'communes-centroids'>, Adapter> = {
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

export function runPipeline(opts: PipelineOptions): PipelineResult {
  const log = opts.log ?? (() => {});
  const report = emptyReport();
  const datasets = opts.datasets ?? PLACE_DATASETS;

  const communesPath = locate(COMMUNES_DATASET, opts.dataDir, opts.cacheDir);
  if (!communesPath) {
    throw new Error(`${COMMUNES_DATASET.path} not found in ${opts.dataDir} nor ${opts.cacheDir}: ${FETCH_HINT}`);
  }
  const gazetteer = buildGazetteer(decodeText(readFileSync(communesPath)), loadDecoupage());
  report.communePositionFallbacks = gazetteer.positionFallbacks;

  const ranked: Ranked[] = [];
  const stats = new Map<string, { read: number; kept: number; rejected: number }>();
  const seenIds = new Set<string>();
  const readable: Dataset[] = [];
  for (const dataset of datasets) {
    const path = locate(dataset, opts.dataDir, opts.cacheDir);
    if (!path) {
      report.missingSources.push({ id: dataset.id, path: dataset.path, hint: FETCH_HINT });
      continue;
    }
    let result;
    try {
      result = ADAPTERS[dataset.format as keyof typeof ADAPTERS](decodeText(readFileSync(path)), dataset);
    } catch (e) {
      report.missingSources.push({ id: dataset.id, path: dataset.path, hint: `unreadable (${(e as Error).message}); ${FETCH_HINT}` });
      continue;
    }
    readable.push(dataset);
    const before = report.rejected.length;
    for (const p of result.problems) report.rejected.push({ file: dataset.path, row: p.row, reason: p.reason });
    const places = buildPlaces(result.drafts, { gazetteer, file: dataset.path, datasetDate: dataset.date, report }, seenIds);
    for (const place of places) ranked.push({ place, priority: dataset.priority });
    stats.set(dataset.id, { read: result.rowsRead, kept: places.length, rejected: report.rejected.length - before });
  }
  if (readable.length === 0) {
    throw new Error(`no source could be read from ${opts.dataDir} nor ${opts.cacheDir}: ${FETCH_HINT}`);
  }

  const merged = mergeDuplicates(ranked);
  report.merges = merged.merges;
  report.aliases = merged.aliases;
  const mergedFrom = new Map<string, number>();
  const sourceOf = new Map(ranked.map((r) => [r.place.id, r.place.sources[0]!.id]));
  for (const alias of Object.keys(merged.aliases)) {
    const src = sourceOf.get(alias)!;
    mergedFrom.set(src, (mergedFrom.get(src) ?? 0) + 1);
  }

  const sources: SourceInfo[] = readable.map((d) => ({
    ...sourceInfo(d),
    rowsRead: stats.get(d.id)!.read,
    rowsKept: stats.get(d.id)!.kept - (mergedFrom.get(d.id) ?? 0),
    rowsRejected: stats.get(d.id)!.rejected,
    rowsMerged: mergedFrom.get(d.id) ?? 0,
  }));
  sources.push({
    ...sourceInfo(COMMUNES_DATASET),
    rowsRead: gazetteer.centroidRows,
    rowsKept: gazetteer.communes.length,
    rowsRejected: 0,
    rowsMerged: 0,
  });

  const { files, manifest } = writeIndex(withWeeklyHours(merged.places), gazetteer.communes, sources);
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
  const summary = formatSummary({ sources, byKind: manifest.counts.byKind, total: manifest.counts.total, report });
  log(summary);
  return { places: merged.places, sources, report, summary };
}

function sourceInfo(d: Dataset): Omit<SourceInfo, 'rowsRead' | 'rowsKept' | 'rowsRejected' | 'rowsMerged'> {
  return { id: d.id, title: d.title, publisher: d.publisher, licence: d.licence, date: d.date, url: d.url, correctionUrl: d.correctionUrl };
}
