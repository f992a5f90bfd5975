/** What configures a kiosk: everything else in its URL belongs to the person using it. */
const HOME_PARAMS = ['mode', 'near', 'label', 'idle', 'lang'] as const;

/** The kiosk's start address, stripped of the person's search (place, filters, commune, view…). */
export function kioskHomeUrl(pathname: string, search: string): string {
  const from = new URLSearchParams(search);
  const home = new URLSearchParams();
  for (const key of HOME_PARAMS) {
    const value = from.get(key);
    if (value) home.set(key, value);
  }
  return `${pathname}?${home.toString().replace(/%2C/g, ',')}`;
}

/** Default idle time before the "still there?" countdown (seconds); ?idle= overrides it. */
export const DEFAULT_IDLE_SECONDS = 90;

/** 15 s to answer on a real kiosk; shorter with the short idle times used for testing and demos. */
export const countdownSeconds = (idle: number) => Math.min(15, Math.max(5, Math.round(idle / 3)));
