import type { Place } from '../shared/place';

/** Only these schemes ever reach an href built from data. */
export const safeWebUrl = (url: string | undefined): string | undefined => (url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined);
export const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`;
export const mailtoHref = (email: string) => (/^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? `mailto:${email}` : undefined);
/** Opens whatever map app the phone has (no Google dependency). */
export const geoHref = (p: Place) => `geo:${p.lat},${p.lon}`;
export const osmDirectionsHref = (p: Place) => `https://www.openstreetmap.org/directions?to=${p.lat}%2C${p.lon}`;

/** "+33 1 23 45 67 89" style grouping, for reading; the tel: link keeps E.164. */
export function displayPhone(e164: string): string {
  const fr = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  if (fr) return `0${fr[1]} ${fr[2]} ${fr[3]} ${fr[4]} ${fr[5]}`;
  const overseas = /^\+(262|269|508|590|594|596)(\d{3})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  if (overseas) return `0${overseas[2]} ${overseas[3]} ${overseas[4]} ${overseas[5]}`;
  return e164;
}
