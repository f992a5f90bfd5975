// Worker: parses the France pack and answers one query (./find-in-pack.ts).
import { pickFromPack, type PackQuery } from './pick-from-pack';

addEventListener('message', (e: MessageEvent<{ buffer: ArrayBuffer; query: PackQuery }>) => {
  // A dedicated worker answers its page (the DOM typings only know window.postMessage).
  (self as unknown as { postMessage(message: unknown): void }).postMessage(pickFromPack(e.data.buffer, e.data.query));
});
