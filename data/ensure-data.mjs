// Run by `npm start` / `npm run build`: rebuild the index only when it is missing or older than any
// input (a dataset file or any file of the pipeline itself). Plain JS so it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const manifest = join(root, 'public/data/manifest.json');
const dataDir = resolve(process.env.REPERE_DATA_DIR ?? join(root, '../shared/data'));
const cacheDir = join(root, 'data/.cache/sources');

/** Newest mtime under a folder (files only); the download cache and generated files are skipped. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(root, 'data/.cache')) latest = Math.max(latest, newest(path));
    } else latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function reasonToBuild() {
  if (!existsSync(manifest)) return 'the index is missing';
  const built = statSync(manifest).mtimeMs;
  if (newest(join(root, 'data')) > built) return 'the pipeline changed';
  if (newest(dataDir) > built || newest(cacheDir) > built) return 'a dataset changed';
  if (newest(join(root, 'src/shared')) > built) return 'the Place contract changed';
  return undefined;
}

const reason = reasonToBuild();
if (!reason) {
  console.log('data: the index in public/data is up to date');
} else {
  console.log(`data: ${reason}, running the pipeline…`);
  const run = spawnSync('npx', ['tsx', 'data/cli.ts', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) {
    console.error('data: the pipeline failed, see above');
    process.exit(run.status ?? 1);
  }
}
