/** Kiosk settings and the mediator's large view belong to the screen that shows them, not to the person's phone. */
const SCREEN_ONLY = ['mode', 'label', 'idle', 'large'];

/** The address to hand over: same place or search, opened as a normal app on the person's phone. */
export function personalUrl(url: string, base = globalThis.location?.href): string {
  const u = new URL(url, base);
  for (const key of SCREEN_ONLY) u.searchParams.delete(key);
  u.search = u.searchParams.toString().replace(/%2C/g, ',');
  return u.href;
}
