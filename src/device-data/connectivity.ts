// Is the network there? navigator.onLine is false only when the device surely has no network; on
// a weak signal ("4G" bars, no data) it stays true while every request fails. So the app's own
// requests report back: one that fails for want of a network marks the app offline until one
// succeeds, or until the browser announces that it is online again.
let unreachable = false;
const listeners = new Set<() => void>();

function setUnreachable(value: boolean) {
  if (unreachable === value) return;
  unreachable = value;
  listeners.forEach((listener) => listener());
}

addEventListener('online', () => setUnreachable(false));

export const isOnline = (): boolean => navigator.onLine && !unreachable;

/** fetch() that tells the app whether the network answered (any HTTP status is an answer). */
export async function trackedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  try {
    const response = await fetch(input, init);
    setUnreachable(false);
    return response;
  } catch (error) {
    // An abort is the app's own choice, not a sign of the network.
    if (error instanceof TypeError) setUnreachable(true);
    throw error;
  }
}

/** Called when isOnline() may have changed (browser events included). */
export function onConnectivityChange(listener: () => void): () => void {
  listeners.add(listener);
  addEventListener('online', listener);
  addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    removeEventListener('online', listener);
    removeEventListener('offline', listener);
  };
}
