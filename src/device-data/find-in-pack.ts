// The France pack is 8 MB of JSON: parsed on the main thread it freezes a cheap phone for a
// second. One worker parses it once and keeps it, and sends back only what each query asks: one
// place, or the places of one département (a few hundred).
import type { Place } from '../shared/place';
import { parsePack, queryPack, type PackQuery } from './pick-from-pack';

export type { PackQuery };

interface Answer {
  id: number;
  result?: Place | Place[];
  error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { path: string; resolve: (r: Place | Place[] | undefined) => void; reject: (e: Error) => void }>();
/** Packs the worker holds, by path (a new data version has a new pack). */
const held = new Set<string>();
/** Without workers (tests, old engines): parsed here once. */
const parsedHere = new Map<string, Place[]>();

function start(): Worker {
  const w = new Worker(new URL('./pack-worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<Answer>) => {
    const pending = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (!pending) return;
    if (e.data.error) {
      held.delete(pending.path); // the next query sends the bytes again
      pending.reject(new Error(`pack worker: ${e.data.error}`));
    } else pending.resolve(e.data.result);
  };
  w.onerror = (e) => {
    for (const pending of waiting.values()) pending.reject(new Error(`pack worker: ${e.message}`));
    waiting.clear();
    held.clear();
    worker = undefined;
  };
  return w;
}

/** `bytes` is asked for only when the worker does not hold the pack `path` yet. */
export async function findInPack(path: string, bytes: () => Promise<ArrayBuffer>, query: PackQuery): Promise<Place | Place[] | undefined> {
  if (typeof Worker === 'undefined') {
    if (!parsedHere.has(path)) parsedHere.set(path, parsePack(await bytes()));
    return queryPack(parsedHere.get(path)!, query);
  }
  const buffer = held.has(path) ? undefined : await bytes();
  worker ??= start();
  const id = nextId++;
  const answer = new Promise<Place | Place[] | undefined>((resolve, reject) => waiting.set(id, { path, resolve, reject }));
  // Transferred, not copied: the page does not need the bytes afterwards.
  worker.postMessage({ id, path, buffer, query }, buffer ? [buffer] : []);
  held.add(path);
  return answer;
}
