// The France pack is 8 MB of JSON: parsed on the main thread it freezes a cheap phone for a
// second. It is parsed in a worker, which sends back only what was asked: one place, or the
// places of one département (a few hundred).
import type { Place } from '../shared/place';
import { pickFromPack, type PackQuery } from './pick-from-pack';

export type { PackQuery };

export function findInPack(buffer: ArrayBuffer, query: PackQuery): Promise<Place | Place[] | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(pickFromPack(buffer, query));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pack-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Place | Place[] | undefined>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`pack worker: ${e.message}`));
    };
    // Transferred, not copied: the page does not need the bytes afterwards.
    worker.postMessage({ buffer, query }, [buffer]);
  });
}
