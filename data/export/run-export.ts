// The whole index (public/data, as `npm run data` wrote it) → one file of the national schema, the
// LISEZMOI.txt beside a CSV, and reports/export-report.json with every refused place and its reason.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { toCsv } from '../../src/export/csv';
import { exportPlaces, readmeFileName, toJson, type ExportResult } from '../../src/export/export-places';
import { toReadme } from '../../src/export/readme';
import type { Manifest, Place } from '../../src/shared/place';

export type ExportFormat = 'csv' | 'json';

export interface ExportOptions {
  format: ExportFormat;
  out: string;
  /** The index folder (public/data). */
  dataDir: string;
  reportFile: string;
  /** Day of the export, YYYY-MM-DD. */
  generated: string;
}

export interface ExportRun {
  result: ExportResult;
  files: { path: string; bytes: number }[];
  summary: string;
}

/** The France pack and its manifest; a clear message when the index has not been built. */
export function readIndex(dataDir: string): { manifest: Manifest; places: Place[] } {
  const manifestPath = join(dataDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no index in ${dataDir} (manifest.json missing): run \`npm run data\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const pack = manifest.files.find((f) => f.type === 'france');
  if (!pack || !existsSync(join(dataDir, pack.path))) throw new Error(`the France pack of ${manifestPath} is missing: run \`npm run data\` again`);
  // The pack also holds the stops of buses (Place.stop): not places of the schema.
  return { manifest, places: (JSON.parse(readFileSync(join(dataDir, pack.path), 'utf8')) as Place[]).filter((p) => !p.stop) };
}

export function runExport(opts: ExportOptions): ExportRun {
  const { manifest, places } = readIndex(opts.dataDir);
  const result = exportPlaces({ places, sources: manifest.sources, generated: opts.generated, dataDate: manifest.generatedAt });
  const files: { path: string; content: string }[] = [
    { path: opts.out, content: opts.format === 'csv' ? toCsv(result.rows) : toJson(result) },
  ];
  if (opts.format === 'csv') files.push({ path: join(dirname(opts.out), readmeFileName(basename(opts.out))), content: toReadme(result, basename(opts.out)) });
  const written = files.map((f) => {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.content);
    return { path: f.path, bytes: Buffer.byteLength(f.content) };
  });
  const report = {
    generated: opts.generated,
    dataVersion: manifest.version,
    format: opts.format,
    files: written,
    placesRead: places.length,
    rowsWritten: result.rows.length,
    refusedByReason: countReasons(result.refused.flatMap((r) => r.reasons)),
    notesByReason: Object.fromEntries(Object.entries(result.notes).map(([note, ids]) => [note, ids.length])),
    refused: result.refused,
    notes: result.notes,
  };
  mkdirSync(dirname(opts.reportFile), { recursive: true });
  writeFileSync(opts.reportFile, JSON.stringify(report, null, 1) + '\n');
  return { result, files: written, summary: summarise(report, opts.reportFile) };
}

function countReasons(reasons: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of reasons) counts[r] = (counts[r] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

function summarise(r: { placesRead: number; rowsWritten: number; refused: unknown[]; refusedByReason: Record<string, number>; notesByReason: Record<string, number>; files: { path: string; bytes: number }[] }, reportFile: string): string {
  return [
    `export: ${r.placesRead} places read, ${r.rowsWritten} rows written, ${r.refused.length} refused${r.refused.length ? ' — ' + list(r.refusedByReason) : ''}`,
    `written with a field left out: ${list(r.notesByReason) || 'none'}`,
    ...r.files.map((f) => `wrote ${f.path} (${f.bytes} bytes)`),
    `report ${reportFile}`,
  ].join('\n');
}
