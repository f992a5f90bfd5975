// The built app served by Debian's nginx with the production configuration (deploy/), one instance
// per Playwright worker, started on first use and stopped when the worker ends. Specs in this folder
// use `test` from here: `baseURL` then points at nginx. Without nginx the fixture fails with the
// command that installs it: these checks are part of `npm test`, never skipped.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startNginx, type LocalNginx } from '../../../deploy/local';
import { precompress } from '../../../deploy/precompress';

export const DIST = 'dist';

/** The build's compressible files are precompressed once (a deployment does it with full levels). */
function ensurePrecompressed() {
  const assets = readdirSync(join(DIST, 'assets'));
  if (!assets.some((f) => f.endsWith('.js.br'))) precompress(DIST, { fast: true });
}

export const test = base.extend<{ cspViolations: CspLog }, { nginx: LocalNginx }>({
  nginx: [
    async ({}, use, workerInfo) => {
      if (!existsSync(join(DIST, 'index.html'))) throw new Error('no build in dist/: run npm run build first');
      ensurePrecompressed();
      // NGINX_PORT (and the next ports, one per worker) when the machine assigns ports; else any free port.
      const port = process.env.NGINX_PORT ? Number(process.env.NGINX_PORT) + workerInfo.parallelIndex : undefined;
      const nginx = await startNginx({ root: DIST, port });
      await use(nginx);
      await nginx.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.origin),
  cspViolations: async ({ context }, use) => use(await collectCspViolations(context)),
});

export { expect };

export interface CspLog {
  /** Violations seen in the pages and the service workers of the context so far. */
  all(): Promise<string[]>;
}

declare global {
  interface Window {
    __csp?: string[];
  }
}

/**
 * Collects `securitypolicyviolation` events in every page (from its first script on) and in every
 * service worker of the context, plus the console's "Refused to …" reports, which also cover
 * violations raised before a listener could exist.
 */
async function collectCspViolations(context: BrowserContext): Promise<CspLog> {
  const consoleReports: string[] = [];
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  const watchPage = (page: Page) =>
    page.on('console', (m) => {
      // Also the browser's complaints about the other policy headers (an unknown Permissions-Policy feature).
      if (/Content Security Policy|Refused to|Permissions-Policy|Referrer Policy/i.test(m.text())) consoleReports.push(`console: ${m.text()}`);
    });
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  // The worker has its own policy (from the sw.js response): its tile fetches are checked there.
  const watchWorker = (worker: Worker) =>
    worker
      .evaluate(() => {
        const scope = self as unknown as { __csp?: string[] };
        if (scope.__csp) return;
        scope.__csp = [];
        self.addEventListener('securitypolicyviolation', (event) => {
          const e = event as SecurityPolicyViolationEvent;
          scope.__csp!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
        });
      })
      .catch(() => undefined);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  return {
    async all() {
      const inPages = await Promise.all(context.pages().map((p) => p.evaluate(() => window.__csp ?? []).catch(() => [])));
      const inWorkers = await Promise.all(
        context.serviceWorkers().map((w) => w.evaluate(() => (self as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])),
      );
      return [...inPages.flat(), ...inWorkers.flat().map((v) => `worker: ${v}`), ...consoleReports];
    },
  };
}
