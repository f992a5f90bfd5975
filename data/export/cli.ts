// npm run export -- --format csv|json --out FILE [--data DIR] [--report FILE] [--date YYYY-MM-DD]
import { resolve } from 'node:path';
import { isoDay } from '../../src/export/export-places';
import { DEFAULT_OUT_DIR, REPO_ROOT } from '../paths';
import { runExport, type ExportFormat } from './run-export';

const USAGE = 'usage: npm run export -- --format csv|json --out FILE [--data DIR] [--report FILE] [--date YYYY-MM-DD]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: string[]): number {
  const format = option(args, '--format') ?? 'csv';
  const out = option(args, '--out');
  const date = option(args, '--date') ?? isoDay(new Date());
  if ((format !== 'csv' && format !== 'json') || !out || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error(USAGE);
    return 2;
  }
  const run = runExport({
    format: format as ExportFormat,
    out: resolve(out),
    dataDir: resolve(option(args, '--data') ?? DEFAULT_OUT_DIR),
    reportFile: resolve(option(args, '--report') ?? resolve(REPO_ROOT, 'reports/export-report.json')),
    generated: date,
  });
  console.log(run.summary);
  return 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (e) {
  console.error(`export failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
