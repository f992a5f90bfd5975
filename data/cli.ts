// npm run data        → tsx data/cli.ts build [--data-dir DIR] [--cache DIR] [--out DIR] [--report FILE]
// npm run data:fetch  → tsx data/cli.ts fetch [--base-url URL] [--cache DIR]
import { resolve } from 'node:path';
import { fetchAll } from './fetch';
import { DEFAULT_CACHE_DIR, DEFAULT_DATA_DIR, DEFAULT_OUT_DIR, DEFAULT_REPORT } from './paths';
import { runPipeline } from './pipeline';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const cacheDir = resolve(option(args, '--cache') ?? DEFAULT_CACHE_DIR);
  if (command === 'build') {
    const dataDir = resolve(option(args, '--data-dir') ?? process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR);
    const outDir = resolve(option(args, '--out') ?? DEFAULT_OUT_DIR);
    const reportFile = resolve(option(args, '--report') ?? DEFAULT_REPORT);
    const started = performance.now();
    runPipeline({ dataDir, cacheDir, outDir, reportFile, log: (l) => console.log(l) });
    console.log(`index written to ${outDir}, report ${reportFile} (${Math.round(performance.now() - started)} ms)`);
    return 0;
  }
  if (command === 'fetch') {
    const results = await fetchAll({ cacheDir, baseUrl: option(args, '--base-url'), log: (l) => console.log(l) });
    const failed = results.filter((r) => !r.ok);
    for (const f of failed) console.error(`FAILED ${f.id}: ${f.error} (previous file kept)`);
    return failed.length ? 1 : 0;
  }
  console.error('usage: tsx data/cli.ts build [--data-dir DIR] [--cache DIR] [--out DIR] [--report FILE] | fetch [--base-url URL] [--cache DIR]');
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`data pipeline failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
