// First step of `npm test` (scripts/test-all.sh): everything the run needs from the machine, checked in
// a second, before minutes of building. Prints one line naming what is missing and the command that
// installs it; exits 1 then. Plain JS: it runs before anything is installed or compiled.
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (name, extra = []) => [...(process.env.PATH ?? '').split(delimiter), ...extra].some((dir) => dir && executable(join(dir, name)));
const nonEmpty = (dir) => existsSync(dir) && readdirSync(dir).length > 0;

const dataDir = resolve(process.env.REPERE_DATA_DIR ?? join(root, '../shared/data'));

/** [what is missing, how to get it] for each prerequisite that fails. */
const missing = [
  [!existsSync(join(root, 'node_modules/.bin/vite')), 'the npm packages', 'npm install'],
  [
    !executable(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    `Debian's Chromium at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`,
    process.env.CHROMIUM_PATH ? 'set CHROMIUM_PATH to a Chromium binary' : 'apt-get install -y chromium',
  ],
  [
    !existsSync(join(root, 'public/data/manifest.json')) && !nonEmpty(dataDir) && !nonEmpty(join(root, 'data/.cache/sources')),
    `the datasets (${dataDir}, REPERE_DATA_DIR or the download cache)`,
    'npm run data:fetch',
  ],
  [
    process.env.NGINX_PATH ? !executable(process.env.NGINX_PATH) : !onPath('nginx', ['/usr/sbin', '/usr/local/sbin']),
    "Debian's nginx (the production configuration is tested through it)",
    process.env.NGINX_PATH ? 'set NGINX_PATH to the nginx binary' : 'apt-get install -y nginx',
  ],
].filter(([absent]) => absent);

if (missing.length) {
  console.log(`npm test cannot run: missing ${missing.map(([, what, fix]) => `${what} (${fix})`).join('; ')}`);
  process.exit(1);
}
console.log('prerequisites: npm packages, Chromium, datasets and nginx are there');
