// The app shell, cached in stages (docs/offline.md). The install keeps what the next offline visit
// needs — index.html and the files it names (the entry script with the French text, its CSS, the
// icons, the web manifest) — plus any other shell file the page already downloaded: those come
// from the HTTP cache (`only-if-cached`), so nothing the page just received crosses the link
// twice. The rest (the map, the basemap, other languages, the hours library…) is kept when the
// page first asks for it, or when the page says the link is free (`warmShell`).
import { CACHE_NAMES } from '../shared/cache-names';

declare const self: ServiceWorkerGlobalScope;

/** One file of the build (vite-plugin-pwa's list): `revision` is null for content-hashed names. */
export interface ShellEntry {
  url: string;
  revision: string | null;
}

/** A short stable hash of the entries: one cache per build, so a new version never mixes with the one in use. */
function buildId(entries: ShellEntry[]): string {
  let h = 2166136261;
  for (const e of entries) for (const ch of `${e.url} ${e.revision ?? ''}\n`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const INDEX = 'index.html';
/** The embed route partners frame (`/embed/?…`, src/embed/): a page of its own, kept like index.html. */
const EMBED = 'embed/index.html';
/** The build's pages: kept at install (never from the HTTP cache or the second stage), each opened by its own addresses. */
const PAGES = [INDEX, EMBED];

export type Shell = ReturnType<typeof shellOf>;

export function shellOf(entries: ShellEntry[]) {
  const base = new URL('./', self.location.href);
  const cacheName = `${CACHE_NAMES.shellPrefix}${buildId(entries)}`;
  const byPath = new Map(entries.map((e) => [new URL(e.url, base).pathname, e]));
  const urlOf = (e: ShellEntry) => new URL(e.url, base).href;
  const open = () => caches.open(cacheName);

  /** A content-hashed file kept by an earlier version is the same file: copied, not downloaded. */
  async function fromEarlierVersion(e: ShellEntry): Promise<Response | undefined> {
    if (e.revision !== null) return undefined;
    for (const name of await caches.keys()) {
      if (name === cacheName || !name.startsWith(CACHE_NAMES.shellPrefix)) continue;
      const hit = await (await caches.open(name)).match(urlOf(e));
      if (hit) return hit;
    }
    return undefined;
  }

  /** What the page already received, without touching the network (Chromium, Firefox: same-origin only). */
  async function fromHttpCache(e: ShellEntry): Promise<Response | undefined> {
    if (e.revision !== null || PAGES.includes(e.url)) return undefined;
    try {
      const response = await fetch(urlOf(e), { cache: 'only-if-cached', mode: 'same-origin' });
      return response.ok ? response : undefined;
    } catch {
      return undefined;
    }
  }

  /** A revisioned file (index.html, icons, the web manifest) is revalidated: a 304 costs a few hundred bytes. */
  async function fromNetwork(e: ShellEntry): Promise<Response> {
    const response = await fetch(urlOf(e), { cache: e.revision === null ? 'default' : 'no-cache' });
    if (!response.ok) throw new Error(`shell: HTTP ${response.status} for ${e.url}`);
    return response;
  }

  async function keep(e: ShellEntry, response: Response) {
    await (await open()).put(urlOf(e), response);
  }

  /** The files index.html names (its script, styles, icons, manifest): the first stage. */
  function firstStage(html: string): ShellEntry[] {
    const named = new Set([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1]!, base).pathname));
    return entries.filter((e) => !PAGES.includes(e.url) && named.has(new URL(e.url, base).pathname));
  }

  return {
    cacheName,

    /**
     * The install: index.html and what it names, from wherever costs least; the embed's page too
     * (half a KB: what it names came with the embed's own visit, so from the HTTP cache, or comes
     * with the second stage); the rest only if already here.
     */
    async install() {
      const cache = await open();
      const index = entries.find((e) => e.url === INDEX);
      if (!index) throw new Error('shell: no index.html in the build');
      const embed = entries.find((e) => e.url === EMBED);
      const keepPage = async (e: ShellEntry) => {
        const page = await fromNetwork(e);
        const html = await page.clone().text();
        await cache.put(urlOf(e), page);
        return html;
      };
      const [html] = await Promise.all([keepPage(index), embed && keepPage(embed)]);
      const first = new Set(firstStage(html));
      await Promise.all(
        entries.map(async (e) => {
          if (e === index || e === embed) return;
          const response = (await fromEarlierVersion(e)) ?? (await fromHttpCache(e)) ?? (first.has(e) ? await fromNetwork(e) : undefined);
          if (response) await keep(e, response);
        }),
      );
    },

    /**
     * At activation: what the page loaded while this version installed (a lazy chunk asked for
     * just after the first paint) is in the HTTP cache by now; kept too, still without the network.
     */
    async adopt() {
      const cache = await open();
      const kept = new Set((await cache.keys()).map((r) => r.url));
      await Promise.all(
        entries.map(async (e) => {
          if (kept.has(urlOf(e))) return;
          const response = await fromHttpCache(e);
          if (response) await keep(e, response);
        }),
      );
    },

    /**
     * The shell files the page says it loaded before this worker controlled it: what the next
     * offline visit to that screen needs. From the HTTP cache whatever its age (a host whose
     * answers vary by Origin makes the copy unusable: then fetched again, these files only).
     */
    async keepLoaded(paths: string[]) {
      const cache = await open();
      const kept = new Set((await cache.keys()).map((r) => r.url));
      for (const path of paths) {
        const e = byPath.get(path);
        if (!e || kept.has(urlOf(e))) continue;
        try {
          const response = await fetch(urlOf(e), { cache: 'force-cache' });
          if (response.ok) await keep(e, response);
        } catch {
          return; // offline already: nothing more to do now
        }
      }
    },

    /** The shell file a request asks for, if it is one. */
    entryFor: (url: URL) => (url.origin === self.location.origin ? byPath.get(url.pathname) : undefined),

    /** Cache first; a file not kept yet is fetched and kept (the second stage, on demand). */
    async respond(e: ShellEntry, request: Request, event: ExtendableEvent): Promise<Response> {
      const hit = await (await open()).match(urlOf(e));
      if (hit) return hit;
      let response: Response;
      try {
        response = await fetch(request);
      } catch (error) {
        // No network: a copy the browser still has will do (content-hashed files never go stale).
        const cached = await fromHttpCache(e);
        if (!cached) throw error;
        response = cached;
      }
      if (response.ok && response.type === 'basic') event.waitUntil(keep(e, response.clone()).catch(() => undefined));
      return response;
    },

    /**
     * The kept page an address opens: the embed's for `/embed/…`, else index.html (the app is its
     * own offline start page); undefined once the browser evicted it (./recovery.ts then answers).
     */
    async keptPage(url: URL): Promise<Response | undefined> {
      const page = url.pathname.startsWith(new URL(EMBED, base).pathname.replace(/index\.html$/, '')) ? EMBED : INDEX;
      return (await open()).match(new URL(page, base).href);
    },

    /** The second stage when the link is free: the files not kept yet, one at a time. */
    async warm() {
      const cache = await open();
      const kept = new Set((await cache.keys()).map((r) => r.url));
      for (const e of entries) {
        // The pages come only with an install (or its repeat after an eviction, which checks
        // first that the server still has this version): never the next version's from here.
        if (PAGES.includes(e.url) || kept.has(urlOf(e))) continue;
        try {
          await keep(e, (await fromEarlierVersion(e)) ?? (await fromNetwork(e)));
        } catch {
          return; // no network, or a new version replaced this one: the next visit warms again
        }
      }
    },
  };
}
