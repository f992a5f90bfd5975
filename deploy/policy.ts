// The hosting rules of Repère, written once and rendered for each host (deploy/nginx.ts for nginx,
// deploy/cdn.ts for a `_headers` file). Pure: no file system, so unit tests read every rule.
// The only input is the tile source the build uses (VITE_TILE_URL or Plan IGN, src/map/tile-sources.ts):
// the page shows its tiles (img-src) and the service worker fetches them (connect-src).

/** Cache-Control of files whose name carries their content hash: they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is revalidated on every use (ETag / Last-Modified): the shell, sw.js, manifests, icons. */
export const REVALIDATE = 'no-cache';
/** HSTS for an HTTPS deployment: two years, subdomains included (see deploy/README.md before preloading). */
export const HSTS = 'max-age=63072000; includeSubDomains';
/** What the kiosk reset (`/reset`) clears: HTTP cache, and storage (Cache API, IndexedDB, localStorage, service workers). */
export const CLEAR_SITE_DATA = '"cache", "storage"';

/** Content-hashed data files (`data/dep/02.8fade30f6c.json`): the service worker's rule too (src/sw/data.ts). */
export const HASHED_DATA_FILE = /^\/data\/.+\.[0-9a-f]{8,}\.json$/;

/** Paths that are files, never app routes: a missing one is a 404, never the HTML shell. */
export const FILE_ONLY_PREFIXES = ['/assets/', '/data/', '/icons/'] as const;

/** The route a partner frames (`embed/index.html`, a second Vite entry): framed by any origin. */
export const EMBED_PREFIX = '/embed/';

/** Origin of a tile URL template (`https://data.geopf.fr/wmts?…{z}…` → `https://data.geopf.fr`). */
export function tileOrigin(template: string): string {
  const url = new URL(template.replace(/\{[a-z]+\}/gi, '0'));
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`tile URL must be http(s): ${template}`);
  return url.origin;
}

export interface PolicyInput {
  /** The tile URL template the build uses. */
  tileUrl: string;
}

/**
 * Content-Security-Policy. Nothing inline, nothing evaluated; code, styles, data and the worker come
 * from the app itself, images and fetches also from the tile host. `frameAncestors` is `'none'`
 * for the app and `*` for the embed route.
 */
export function contentSecurityPolicy({ tileUrl }: PolicyInput, frameAncestors: "'none'" | '*' = "'none'"): string {
  const tiles = tileOrigin(tileUrl);
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", tiles],
    ['connect-src', "'self'", tiles],
    ['font-src', "'self'"],
    ['manifest-src', "'self'"],
    ['worker-src', "'self'"],
    // The embed builder's live preview (?page=integrer) frames the app's own /embed/.
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', frameAncestors],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * Powerful features: geolocation for the app's own origin ("Autour de moi"), fullscreen for a
 * kiosk, nothing else. Only names Chromium knows: an unknown one is a console warning on every page
 * (Chromium 150 does not know `bluetooth`; tests/e2e/deploy/csp.spec.ts fails on such a warning).
 */
export const PERMISSIONS_POLICY = [
  'geolocation=(self)',
  'fullscreen=(self)',
  'camera=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'display-capture=()',
].join(', ');

/** Headers sent with every response of one kind of route (app or embed), whatever the file. */
export function securityHeaders(input: PolicyInput, route: 'app' | 'embed' = 'app'): Record<string, string> {
  // No X-Frame-Options: frame-ancestors supersedes it in every browser with CSP, and a header a later
  // rule cannot remove (a CDN's `_headers`) would keep the embed route unframeable.
  return {
    'Content-Security-Policy': contentSecurityPolicy(input, route === 'embed' ? '*' : "'none'"),
    // A tile request must never tell the tile host which place or position was on screen (?near=…).
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Cache-Control for a path as served (after the SPA fallback: an app route is served as /index.html). */
export function cacheControl(path: string): string {
  if (path.startsWith('/assets/') || HASHED_DATA_FILE.test(path)) return IMMUTABLE;
  return REVALIDATE;
}

/** MIME types of every kind of file the build holds (and robots.txt, sitemaps, fonts a later build may add). */
export const MIME_TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  png: 'image/png',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  txt: 'text/plain',
  xml: 'application/xml',
  woff2: 'font/woff2',
};

/** Types worth compressing (text); images are compressed already. */
export const COMPRESSIBLE_TYPES = ['text/html', 'text/javascript', 'text/css', 'application/json', 'application/manifest+json', 'image/svg+xml', 'text/plain', 'application/xml'];
