// The hosting rules as data (deploy/policy.ts), their nginx rendering validated by nginx itself
// (`nginx -t`), and the CDN file. The served behaviour is checked in tests/e2e/deploy/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cdnRules, renderHeadersFile, tileUrlOfBuild } from '../../../deploy/cdn';
import { brotliModules, findNginx, NGINX_INSTALL } from '../../../deploy/local';
import { renderMain, renderSite } from '../../../deploy/nginx';
import { cacheControl, contentSecurityPolicy, IMMUTABLE, REVALIDATE, securityHeaders, tileOrigin } from '../../../deploy/policy';
import { precompress } from '../../../deploy/precompress';
import { PLAN_IGN_V2 } from '../../../src/map/tile-sources';

const IGN = { tileUrl: PLAN_IGN_V2.url };
const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('tile host', () => {
  it('is the origin of the configured template, XYZ or WMTS', () => {
    expect(tileOrigin(PLAN_IGN_V2.url)).toBe('https://data.geopf.fr');
    expect(tileOrigin('http://127.0.0.1:4180/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:4180');
    expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://0.tile.example.org');
    expect(() => tileOrigin('javascript:alert(1)//{z}')).toThrow(/http/);
  });
});

describe('Content-Security-Policy', () => {
  const csp = directives(contentSecurityPolicy(IGN));
  it('runs nothing inline or evaluated, and loads code, styles and the worker from the app only', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    for (const d of ['script-src', 'style-src', 'worker-src', 'manifest-src', 'font-src']) expect(csp.get(d), d).toEqual(["'self'"]);
    expect(contentSecurityPolicy(IGN)).not.toMatch(/unsafe-|data:|blob:|\*/);
  });
  it('lets images and fetches reach the tile host and nothing else', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'https://data.geopf.fr']);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://data.geopf.fr']);
  });
  it('locks base, forms, plugins and framing; the embed route alone may be framed', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(securityHeaders(IGN, 'embed')['Content-Security-Policy']).get('frame-ancestors')).toEqual(['*']);
  });
  it('comes with no-referrer, nosniff and geolocation for the app itself only', () => {
    const h = securityHeaders(IGN);
    expect(h['Referrer-Policy']).toBe('no-referrer');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Permissions-Policy'].split(', ')).toEqual(expect.arrayContaining(['geolocation=(self)', 'camera=()', 'microphone=()']));
  });
});

describe('caching', () => {
  it('keeps content-hashed files a year and revalidates everything else', () => {
    expect(cacheControl('/assets/index-CU9pwOfm.js')).toBe(IMMUTABLE);
    expect(cacheControl('/data/dep/02.8fade30f6c.json')).toBe(IMMUTABLE);
    expect(cacheControl('/data/communes.2dad9e6027.json')).toBe(IMMUTABLE);
    for (const path of ['/index.html', '/sw.js', '/manifest.webmanifest', '/data/manifest.json', '/icons/icon-192.png', '/robots.txt']) {
      expect(cacheControl(path), path).toBe(REVALIDATE);
    }
  });
});

describe('CDN _headers', () => {
  it('names the build tile host, so nginx can be generated from the same build', () => {
    const file = renderHeadersFile(IGN);
    expect(tileUrlOfBuild(file)).toBe(PLAN_IGN_V2.url);
    expect(file).toContain(`Content-Security-Policy: ${contentSecurityPolicy(IGN)}`);
  });
  it('revalidates data/manifest.json after the immutable data/* rule (the later rule wins on Netlify)', () => {
    const paths = cdnRules(IGN).map((r) => r.path);
    expect(paths.indexOf('/data/manifest.json')).toBeGreaterThan(paths.indexOf('/data/*'));
  });
  it('detaches a header before replacing it for Cloudflare, which would join both values', () => {
    const netlify = renderHeadersFile(IGN, 'netlify');
    const cloudflare = renderHeadersFile(IGN, 'cloudflare');
    expect(netlify).not.toContain('! ');
    expect(cloudflare).toMatch(/\/embed\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: .*frame-ancestors \*/);
    expect(cloudflare).toMatch(/\/data\/manifest\.json\n {2}! Cache-Control\n {2}Cache-Control: no-cache/);
  });
});

describe('nginx configuration', () => {
  const nginx = findNginx();
  const work = mkdtempSync(join(tmpdir(), 'repere-nginx-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** `nginx -t` on a configuration, in a private prefix. */
  function check(config: string) {
    if (!nginx) throw new Error(`nginx is not installed: ${NGINX_INSTALL}`);
    for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, 'tmp', kind), { recursive: true });
    writeFileSync(join(work, 'nginx.conf'), config);
    return spawnSync(nginx, ['-t', '-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { encoding: 'utf8' });
  }
  const site = { ...IGN, root: work, listen: ['127.0.0.1:8080'], accessLog: 'off' };

  it('a whole nginx.conf passes nginx -t, with gzip only and with brotli when Debian has the modules', () => {
    const gzipOnly = check(renderMain({ ...site, brotli: false, prefix: work }));
    expect(gzipOnly.stderr).toContain('test is successful');
    const modules = brotliModules();
    if (modules.length) expect(check(renderMain({ ...site, brotli: true, brotliModules: modules, prefix: work })).stderr).toContain('test is successful');
    else expect(renderMain({ ...site, brotli: false, prefix: work })).toContain('brotli: module not loaded');
  });
  it("the site part passes nginx -t inside Debian's http {} (no duplicate directive), with HSTS when asked", () => {
    const text = renderSite({ ...site, brotli: false, hsts: true, serverName: 'repere.example.fr' });
    expect(text).toContain('add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;');
    // Debian's nginx.conf, as installed: its http block already sets what a site must not repeat.
    const debian = `pid ${join(work, 'nginx.pid')};\nevents {}\nhttp {\n  sendfile on;\n  tcp_nopush on;\n  types_hash_max_size 2048;\n  types { text/html html; application/javascript js; }\n  default_type application/octet-stream;\n  gzip on;\n${text}}\n`;
    const result = check(debian);
    expect(result.stderr).toContain('test is successful');
  });
  it('sets every header at server level only (an add_header in a location would drop the others)', () => {
    const text = renderSite({ ...site, brotli: false });
    const server = text.slice(text.indexOf('server {'));
    const locations = server.slice(server.indexOf('\n    location '));
    expect(locations).not.toContain('add_header');
    for (const name of ['Content-Security-Policy', 'Referrer-Policy', 'Permissions-Policy', 'X-Content-Type-Options', 'Cache-Control', 'Clear-Site-Data']) {
      expect(server, name).toContain(`add_header ${name} `);
    }
    expect(text).not.toContain('Strict-Transport-Security');
  });
});

describe('precompress', () => {
  it('writes .gz and .br beside content-hashed text files only, decoding to the same bytes', () => {
    const root = mkdtempSync(join(tmpdir(), 'repere-precompress-'));
    try {
      mkdirSync(join(root, 'assets'));
      mkdirSync(join(root, 'data/dep'), { recursive: true });
      const text = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: `p-${i}`, name: 'Médiathèque' })));
      writeFileSync(join(root, 'assets/index-abc12345.js'), text);
      writeFileSync(join(root, 'data/dep/02.0123456789.json'), text);
      writeFileSync(join(root, 'data/manifest.json'), text); // replaced in place by each data update
      writeFileSync(join(root, 'index.html'), text);
      writeFileSync(join(root, 'assets/tiny-abc12345.css'), 'a{}'); // too small to gain
      const report = precompress(root, { fast: true });
      expect(report.files).toBe(2);
      const file = join(root, 'data/dep/02.0123456789.json');
      expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(text);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text);
      expect(existsSync(join(root, 'data/manifest.json.gz'))).toBe(false);
      expect(existsSync(join(root, 'index.html.br'))).toBe(false);
      expect(existsSync(join(root, 'assets/tiny-abc12345.css.gz'))).toBe(false);
      expect(readdirSync(join(root, 'assets')).some((f) => f.endsWith('.tmp'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
