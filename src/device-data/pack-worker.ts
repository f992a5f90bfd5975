// Worker: parses the France pack once and answers queries on it (./find-in-pack.ts).
import type { Place } from '../shared/place';
import { parsePack, queryPack, type PackQuery } from './pick-from-pack';

const packs = new Map<string, Place[]>();

addEventListener('message', (e: MessageEvent<{ id: number; path: string; buffer?: ArrayBuffer; query: PackQuery }>) => {
  const { id, path, buffer, query } = e.data;
  // A dedicated worker answers its page (the DOM typings only know window.postMessage).
  const reply = (message: unknown) => (self as unknown as { postMessage(message: unknown): void }).postMessage(message);
  try {
    if (buffer) packs.set(path, parsePack(buffer));
    const places = packs.get(path);
    if (!places) throw new Error(`no pack ${path}`);
    reply({ id, result: queryPack(places, query) });
  } catch (error) {
    reply({ id, error: String(error) });
  }
});
