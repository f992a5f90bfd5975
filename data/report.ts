// Everything the pipeline kept, fixed, merged and rejected: collected while it runs, written as
// reports/data-report.json and summarised on the console.
import type { StopsReport } from './itinerance/index-stops';

export interface Rejection {
  file: string;
  row: number;
  reason: string;
  id?: string;
  name?: string;
  detail?: string;
}

export interface Fix {
  file: string;
  row: number;
  id: string;
  fix: string;
  from?: string;
  to?: string;
}

export interface MergeRecord {
  into: string;
  from: string[];
  reason: string;
  /** Which source each contact / hours / conditions field of the merged record came from (the newest row wins). */
  fields?: Record<string, string>;
}

/** A row left out because a newer row of the same place (same id, another file) replaced it. */
export interface Superseded {
  id: string;
  file: string;
  row: number;
  date: string;
  by: string;
  byDate: string;
}

export interface UnparsedHours {
  file: string;
  row: number;
  id: string;
  value: string;
  error: string;
}

export interface Report {
  missingSources: { id: string; path: string; hint: string }[];
  rejected: Rejection[];
  fixes: Fix[];
  merges: MergeRecord[];
  /** Every id that disappeared into another record: alias → id kept. */
  aliases: Record<string, string>;
  unparsedHours: UnparsedHours[];
  communePositionFallbacks: { insee: string; name: string; method: string }[];
  superseded: Superseded[];
  /** Places per kind in each département (the same as the manifest's counts, for reading here). */
  byDepartement?: Record<string, Partial<Record<string, number>>>;
  /** Stops of buses and itinerant services: read, published, left as text (data/itinerance/index-stops.ts). */
  stops?: StopsReport;
}

export function emptyReport(): Report {
  return { missingSources: [], rejected: [], fixes: [], merges: [], aliases: {}, unparsedHours: [], communePositionFallbacks: [], superseded: [] };
}

function countBy<T>(items: T[], key: (t: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export interface SummaryInput {
  sources: { id: string; rowsRead: number; rowsKept: number; rowsRejected: number; rowsMerged: number; rowsSuperseded?: number }[];
  byKind: Record<string, number>;
  total: number;
  report: Report;
}

/** The console summary: short enough to read at a glance after `npm run data`. */
export function formatSummary(s: SummaryInput): string {
  const lines: string[] = [];
  lines.push('source                          read   kept  rejected  merged  superseded');
  for (const src of s.sources) {
    lines.push(
      `${src.id.padEnd(28)} ${String(src.rowsRead).padStart(7)} ${String(src.rowsKept).padStart(6)} ${String(src.rowsRejected).padStart(9)} ${String(src.rowsMerged).padStart(7)} ${String(src.rowsSuperseded ?? 0).padStart(11)}`,
    );
  }
  lines.push(`places: ${s.total} (${Object.entries(s.byKind).map(([k, n]) => `${k} ${n}`).join(', ')})`);
  const reasons = countBy(s.report.rejected, (r) => r.reason).slice(0, 6);
  lines.push(`rejected: ${s.report.rejected.length}${reasons.length ? ' — ' + reasons.map(([r, n]) => `${r} ${n}`).join(', ') : ''}`);
  const fixes = countBy(s.report.fixes, (f) => f.fix).slice(0, 6);
  lines.push(`fixes: ${s.report.fixes.length}${fixes.length ? ' — ' + fixes.map(([r, n]) => `${r} ${n}`).join(', ') : ''}`);
  lines.push(`merges: ${s.report.merges.length}; superseded rows: ${s.report.superseded.length}; unparsed hours: ${s.report.unparsedHours.length}`);
  for (const m of s.report.missingSources) lines.push(`MISSING ${m.id}: ${m.path} — ${m.hint}`);
  return lines.join('\n');
}
