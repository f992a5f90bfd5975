/// <reference lib="webworker" />
// What keeps the app alive when its own storage fails it (docs/offline.md, "Recovery"):
//  - the browser evicted the shell (./shell.ts): online, the shell comes from the network and its
//    install stage is kept again (the rest follows as after any install); offline, a page says
//    what happened instead of the browser's error page;
//  - a fix must reach devices whose page cannot ask for it: a build made with
//    VITE_SW_TAKE_OVER=1 takes over at once and reloads every open window.
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import type { Shell } from './shell';

declare const self: ServiceWorkerGlobalScope;

/** Set for a fix release only (deploy/README.md): the new worker does not wait for the page. */
export const TAKE_OVER_AT_ONCE = import.meta.env.VITE_SW_TAKE_OVER === '1';

/** Addresses the worker never answers, so the server's own response arrives (nginx `/reset`: Clear-Site-Data). */
export const NETWORK_ONLY_NAVIGATIONS = [/^\/reset(\?|$)/];

/** After a take-over, every open window loads again, now from the new version. */
export async function reloadWindows() {
  const windows = await self.clients.matchAll({ type: 'window' });
  await Promise.all(windows.map((client) => client.navigate(client.url).catch(() => undefined)));
}

/**
 * Keeps the shell again after an eviction, as an install does. Only when the server still has this
 * very version (the update check finds no newer worker): a newer one brings its own shell, and a
 * mix of this version's list with the next version's index.html must never be stored.
 */
async function refillShell(shell: Shell) {
  await self.registration.update().catch(() => undefined);
  if (self.registration.installing || self.registration.waiting) return;
  await shell.install().catch(() => undefined);
}

const OFFLINE_WITHOUT_SHELL = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Repère — à télécharger à nouveau</title></head>
<body><main>
<h1>Repère n’est plus enregistré sur cet appareil</h1>
<p>Le navigateur a supprimé les fichiers de l’application pour libérer de la place. Reconnectez-vous à internet, puis rechargez cette page : Repère se télécharge à nouveau, avec les lieux autour de vous.</p>
<p><a href="">Recharger la page</a></p>
<hr>
<p lang="en">Repère is no longer stored on this device: the browser removed its files to free space. Connect to the internet and reload this page to download it again.</p>
</main></body></html>`;

/** Any navigation in the app: the kept shell; after an eviction, the network (and a refill), else a page that says so. */
export function navigationHandler(shell: Shell) {
  return async ({ request, url, event }: RouteHandlerCallbackOptions): Promise<Response> => {
    const kept = await shell.keptPage(url);
    if (kept) return kept;
    try {
      const response = await fetch(request);
      if (event instanceof ExtendableEvent) event.waitUntil(refillShell(shell));
      return response;
    } catch {
      return new Response(OFFLINE_WITHOUT_SHELL, {
        status: 503,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'", 'Cache-Control': 'no-store' },
      });
    }
  };
}
