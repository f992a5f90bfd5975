import type { Locator, Page } from '@playwright/test';

/**
 * Everything the page can find stored on the device: local and session storage, every IndexedDB
 * record, every Cache Storage entry (address and, for text responses, body), cookies.
 */
export function deviceStorage(page: Page) {
  return page.evaluate(async () => {
    const caches_: { url: string; body: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response?.headers.get('Content-Type') ?? '';
        caches_.push({ url: request.url, body: response && /json|text|javascript/.test(type) ? await response.text() : '' });
      }
    }
    const databases: { name: string; records: string }[] = [];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, ko) => Object.assign(indexedDB.open(name!), { onsuccess: (e: Event) => ok((e.target as IDBOpenDBRequest).result), onerror: ko }));
      const records: unknown[] = [];
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store).objectStore(store).getAll();
        records.push(await new Promise((ok) => (all.onsuccess = () => ok(all.result))));
      }
      db.close();
      databases.push({ name: name!, records: JSON.stringify(records) });
    }
    return {
      localStorage: Object.entries(localStorage),
      sessionStorage: Object.entries(sessionStorage),
      databases,
      caches: caches_,
      cookie: document.cookie,
    };
  });
}

/** Presses Tab until `target` has the focus (keyboard-only use); fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
