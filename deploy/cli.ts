// Deployment commands (deploy/README.md). Every rule comes from deploy/policy.ts; the tile host
// from the build itself (dist/_headers, written by the build from VITE_TILE_URL).
//   tsx deploy/cli.ts nginx [--dist dist] [--root /srv/repere] [--listen 80 --listen '[::]:80']
//                           [--server-name repere.example.fr] [--hsts] [--brotli auto|on|off] [--main] [--out FILE]
//   tsx deploy/cli.ts headers [--dist dist] [--flavour netlify|cloudflare]
//   tsx deploy/cli.ts precompress [--dist dist] [--fast]
//   tsx deploy/cli.ts serve [--dist dist] [--port 8080]
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderHeadersFile, type CdnFlavour } from './cdn';
import { brotliModules, buildTileUrl, startNginx } from './local';
import { renderMain, renderSite } from './nginx';
import { precompress } from './precompress';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    root: { type: 'string' },
    listen: { type: 'string', multiple: true },
    'server-name': { type: 'string' },
    hsts: { type: 'boolean', default: false },
    brotli: { type: 'string', default: 'auto' },
    main: { type: 'boolean', default: false },
    out: { type: 'string' },
    flavour: { type: 'string', default: 'netlify' },
    fast: { type: 'boolean', default: false },
    port: { type: 'string' },
  },
});

const dist = resolve(values.dist);
const fail = (message: string): never => {
  console.error(`deploy: ${message}`);
  process.exit(1);
};

/** Debian loads a module for every nginx site when its package is installed (modules-enabled/). */
function brotliAvailable(): boolean {
  if (values.brotli === 'on') return true;
  if (values.brotli === 'off') return false;
  const enabled = existsSync('/etc/nginx/modules-enabled') && readdirSync('/etc/nginx/modules-enabled').some((f) => f.includes('brotli'));
  return values.main ? brotliModules().length > 0 : enabled;
}

switch (positionals[0]) {
  case 'nginx': {
    const options = {
      tileUrl: buildTileUrl(dist),
      root: resolve(values.root ?? dist),
      listen: values.listen ?? ['80', '[::]:80'],
      serverName: values['server-name'],
      brotli: brotliAvailable(),
      hsts: values.hsts,
    };
    const text = values.main
      ? renderMain({ ...options, brotliModules: brotliModules(), user: 'www-data' })
      : renderSite(options);
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    console.error(`deploy: nginx ${values.main ? 'nginx.conf' : 'site'} for ${options.root}, tile host of the build: ${options.tileUrl}, brotli ${options.brotli ? 'on' : 'off (gzip only)'}`);
    break;
  }
  case 'headers': {
    if (values.flavour !== 'netlify' && values.flavour !== 'cloudflare') fail(`--flavour netlify or cloudflare, not ${values.flavour}`);
    writeFileSync(resolve(dist, '_headers'), renderHeadersFile({ tileUrl: buildTileUrl(dist) }, values.flavour as CdnFlavour));
    console.error(`deploy: ${dist}/_headers written for ${values.flavour}`);
    break;
  }
  case 'precompress': {
    const r = precompress(dist, { fast: values.fast });
    const mb = (n: number) => (n / 1e6).toFixed(2);
    console.log(`deploy: precompressed ${r.files} files, ${mb(r.bytes)} MB → gzip ${mb(r.gzipBytes)} MB, brotli ${mb(r.brotliBytes)} MB`);
    break;
  }
  case 'serve': {
    const nginx = await startNginx({ root: dist, port: values.port ? Number(values.port) : undefined });
    console.log(`deploy: nginx serves ${dist} on ${nginx.origin} (brotli ${nginx.brotli ? 'on' : 'off'}); Ctrl-C stops it`);
    const stop = () => void nginx.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    break;
  }
  default:
    fail('command: nginx | headers | precompress | serve (see deploy/README.md)');
}
