// Renders the nginx configuration from deploy/policy.ts. Two shapes:
//  - `site`: the maps and the server block, for /etc/nginx/sites-enabled/ on Debian (its
//    nginx.conf includes that folder inside `http`);
//  - `main`: a whole nginx.conf around the same site, with the connection limits the load test
//    needs, for a dedicated machine or the loopback instance the tests start (deploy/local.ts).
// Every header is set once, at server level, from maps keyed on the URI: an `add_header` inside a
// location would silently drop all the others there.
import {
  CLEAR_SITE_DATA,
  COMPRESSIBLE_TYPES,
  EMBED_PREFIX,
  FILE_ONLY_PREFIXES,
  HSTS,
  IMMUTABLE,
  MIME_TYPES,
  REVALIDATE,
  securityHeaders,
  type PolicyInput,
} from './policy';

export interface SiteOptions extends PolicyInput {
  /** The folder holding the build (dist/, copied to the server). */
  root: string;
  /** nginx `listen` values, e.g. ['80', '[::]:80'] or ['127.0.0.1:4690']. */
  listen: string[];
  serverName?: string;
  /** Whether the brotli modules are loaded (Debian: libnginx-mod-http-brotli-filter and -static). */
  brotli: boolean;
  /** Add HSTS: only on a server that answers over HTTPS (deploy/README.md). */
  hsts?: boolean;
  /** `off`, or a log path. */
  accessLog?: string;
}

export interface MainOptions extends SiteOptions {
  /** Folder for the pid file, temp files and the error log (the tests' instance owns one); Debian's paths without it. */
  prefix?: string;
  /** Absolute paths of the brotli modules to load, when `brotli` is on and nothing loads them yet. */
  brotliModules?: string[];
  /** `user` directive: Debian's `www-data` on a server; the tests' instance runs as whoever started it. */
  user?: string;
  workerConnections?: number;
}

const quote = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `map` blocks: the value of a variable chosen by the URI (after try_files: the file actually sent). */
function maps(input: PolicyInput): string {
  const app = securityHeaders(input, 'app');
  const embed = securityHeaders(input, 'embed');
  const embedUri = `~^${escapeRegex(EMBED_PREFIX)}`;
  return `# Cache-Control by status and file: a 404 under /assets/ must not be cached for a year.
map "$status:$uri" $repere_cache_control {
    default ${quote(REVALIDATE)};
    "~^(200|206|304):/assets/" ${quote(IMMUTABLE)};
    "~^(200|206|304):/data/.+\\.[0-9a-f]{8,}\\.json$" ${quote(IMMUTABLE)};
}

# The embed route may be framed by any origin; the rest of the app by none.
map $uri $repere_csp {
    default ${quote(app['Content-Security-Policy'])};
    ${embedUri} ${quote(embed['Content-Security-Policy'])};
}

# The kiosk's clean start: caches, storage and the service worker are cleared (docs/kiosk.md).
map $uri $repere_clear_site_data {
    default "";
    /reset ${quote(CLEAR_SITE_DATA)};
}
`;
}

function compression(brotli: boolean): string {
  const types = COMPRESSIBLE_TYPES.filter((t) => t !== 'text/html').join(' ');
  let text = `# Precompressed files (deploy/precompress.mjs writes .gz and .br beside each text file) are sent
# as they are; anything else is compressed on the fly.
gzip on;
gzip_static on;
gzip_comp_level 6;
gzip_min_length 512;
gzip_vary on;
gzip_proxied any;
gzip_types ${types};
`;
  if (brotli)
    text += `brotli on;
brotli_static on;
brotli_comp_level 5;
brotli_min_length 512;
brotli_types ${types};
`;
  else text += '# brotli: module not loaded (Debian: apt-get install -y libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static)\n';
  return text;
}

function types(): string {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(MIME_TYPES)) byType.set(type, [...(byType.get(type) ?? []), ext]);
  const lines = [...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`);
  return `types {\n${lines.join('\n')}\n}\ndefault_type application/octet-stream;\ncharset utf-8;\ncharset_types ${COMPRESSIBLE_TYPES.filter((t) => t !== 'text/html').join(' ')};\n`;
}

function headers(input: SiteOptions): string {
  const app = securityHeaders(input, 'app');
  const fixed = Object.entries(app).filter(([name]) => name !== 'Content-Security-Policy');
  const lines = [
    'add_header Content-Security-Policy $repere_csp always;',
    ...fixed.map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    'add_header Cache-Control $repere_cache_control always;',
    'add_header Clear-Site-Data $repere_clear_site_data always;',
  ];
  if (input.hsts) lines.push(`add_header Strict-Transport-Security ${quote(HSTS)} always;`);
  return lines.map((l) => `    ${l}`).join('\n');
}

function locations(): string {
  const fileOnly = FILE_ONLY_PREFIXES.map(
    (prefix) => `    location ^~ ${prefix} {
        try_files $uri =404;
    }`,
  ).join('\n');
  return `    # App routes (no file extension) get the shell; every state of the app is in its query string.
    location / {
        try_files $uri /index.html;
    }
    # Dotfiles (a stray .git, .env) are never served; /.well-known/ is for the host's owner.
    location ~ /\\.(?!well-known/) {
        return 404;
    }
    # A path with an extension is a file: missing means 404, never the shell with a 200.
    location ~ \\.[A-Za-z0-9]+$ {
        try_files $uri =404;
    }
    # Built files only: a missing chunk or data file is a 404 whatever its name.
${fileOnly}
    # The embed entry (embed/index.html), framed by partners; 404 until a build has it.
    location ^~ ${EMBED_PREFIX} {
        location ~ \\.[A-Za-z0-9]+$ {
            try_files $uri =404;
        }
        try_files $uri ${EMBED_PREFIX}index.html =404;
    }
    # Kiosk reset: the response clears the site's data, then the browser goes to the same address
    # without /reset (/reset?mode=kiosk&near=… → /?mode=kiosk&near=…).
    location = /reset {
        return 303 /$is_args$args;
    }
    # The CDN variant's own file is not served.
    location = /_headers {
        return 404;
    }`;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');

/**
 * The maps (the only `http`-level part) and the server block. Everything else lives inside the
 * server, so the site sits beside Debian's nginx.conf, whose `http` already sets sendfile, gzip,
 * default_type and its mime.types: repeating those at `http` level would be a duplicate-directive error.
 */
export function renderSite(options: SiteOptions): string {
  const listen = options.listen.map((l) => `    listen ${l};`).join('\n');
  const settings = `${types()}
sendfile on;
tcp_nopush on;
tcp_nodelay on;
keepalive_timeout 65s;
keepalive_requests 10000;
server_tokens off;
# The data update replaces files by new names and the manifest last: a cached descriptor of the
# old manifest lives at most open_file_cache_valid.
open_file_cache max=20000 inactive=60s;
open_file_cache_valid 10s;
open_file_cache_errors on;
${compression(options.brotli)}`;
  return `# Repère — generated by deploy/cli.ts from deploy/policy.ts; do not edit, run it again.
# Tile host: ${options.tileUrl}
${maps(options)}
server {
${listen}
    server_name ${options.serverName ?? '_'};
    root ${quote(options.root)};
    index index.html;
    access_log ${options.accessLog ?? '/var/log/nginx/repere.access.log'};
    error_page 404 /404.html;

${indent(settings)}
${headers(options)}

${locations()}
}
`;
}

/** A whole nginx.conf: the site inside `http`, sized for 1 000+ concurrent connections. */
export function renderMain(options: MainOptions): string {
  const prefix = options.prefix?.replace(/\/$/, '');
  const modules = options.brotli ? (options.brotliModules ?? []).map((m) => `load_module ${quote(m)};\n`).join('') : '';
  const temp = prefix
    ? ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${quote(`${prefix}/tmp/${kind}`)};`).join('\n') + '\n'
    : '';
  const site = indent(renderSite(options));
  return `${modules}${options.user ? `user ${options.user};\n` : ''}worker_processes auto;
# Each connection holds a socket and, for a file, a descriptor: twice the connections, and some.
worker_rlimit_nofile ${(options.workerConnections ?? 4096) * 2 + 1024};
pid ${quote(prefix ? `${prefix}/nginx.pid` : '/run/nginx.pid')};
error_log ${quote(prefix ? `${prefix}/error.log` : '/var/log/nginx/error.log')} warn;

events {
    worker_connections ${options.workerConnections ?? 4096};
    multi_accept on;
}

http {
${temp}${site}}
`;
}
