// npm run data        → tsx data/cli.ts build [--live] [--accept-drop] [--data-dir DIR] [--cache DIR] [--out DIR] [--report FILE] [--diff FILE]
// npm run data:fetch  → tsx data/cli.ts fetch [--live] [--base-url URL] [--cache DIR]
import { resolve } from 'node:path';
import { fetchAll } from './fetch';
import { DEFAULT_CACHE_DIR, DEFAULT_DATA_DIR, DEFAULT_DIFF, DEFAULT_OUT_DIR, DEFAULT_REPORT } from './paths';
import { runPipeline } from './pipeline';
import { DATASETS, LIVE_DATASETS } from './sources';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const USAGE =
  'usage: tsx data/cli.ts build [--live] [--accept-drop] [--data-dir DIR] [--cache DIR] [--out DIR] [--report FILE] [--diff FILE]\n' +
  '       tsx data/cli.ts fetch [--live] [--base-url URL] [--cache DIR]';

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const cacheDir = resolve(option(args, '--cache') ?? DEFAULT_CACHE_DIR);
  // The pinned snapshots are the default, so that a build here is reproducible; --live reads the publishers' current feeds.
  const datasets = args.includes('--live') ? LIVE_DATASETS : DATASETS;
  if (command === 'build') {
    const dataDir = resolve(option(args, '--data-dir') ?? process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR);
    const outDir = resolve(option(args, '--out') ?? DEFAULT_OUT_DIR);
    const reportFile = resolve(option(args, '--report') ?? DEFAULT_REPORT);
    const diffFile = resolve(option(args, '--diff') ?? DEFAULT_DIFF);
    const started = performance.now();
    runPipeline({ dataDir, cacheDir, outDir, reportFile, diffFile, datasets, acceptDrop: args.includes('--accept-drop'), log: (l) => console.log(l) });
    console.log(`index written to ${outDir}, report ${reportFile}, diff ${diffFile.replace(/\.json$/, '.md')} (${Math.round(performance.now() - started)} ms)`);
    return 0;
  }
  if (command === 'fetch') {
    const results = await fetchAll({ cacheDir, baseUrl: option(args, '--base-url'), datasets, log: (l) => console.log(l) });
    const failed = results.filter((r) => !r.ok);
    for (const f of failed) console.error(`FAILED ${f.id}: ${f.error} (previous file kept)`);
    return failed.length ? 1 : 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`data pipeline failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
