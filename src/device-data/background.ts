// Downloads nobody is waiting for (the whole gazetteer, the rest of the app shell) come after what
// the person came for: they wait until a screen says it has shown its answer (first results, a
// place page) — or until a while has passed — and then for a pause in the app's own requests.
import { whenQuiet } from './connectivity';

/** A page left open on its start screen gets the background downloads after this long anyway. */
const AT_THE_LATEST_MS = 30_000;
/** The pause in the app's requests that background work waits for. */
const QUIET_MS = 3000;

let open: () => void = () => undefined;
const answered = new Promise<void>((resolve) => (open = resolve));

/** Called by a screen once it shows what was asked (the first results, a place page). */
export const answerShown = () => open();

/**
 * The answer is on screen, or the page has been left alone (no request of the app) for `ms`:
 * when the service worker registers, so that its script does not share the link with the first
 * screen's data.
 */
export const answeredOrIdle = (ms: number): Promise<void> => Promise.race([answered, whenQuiet(ms)]);

/** Resolves when background downloads may start (see above). */
export async function backgroundTurn(): Promise<void> {
  await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, AT_THE_LATEST_MS))]);
  await whenQuiet(QUIET_MS);
}
