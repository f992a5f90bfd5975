import type { Place } from '../shared/place';

/** Only these schemes ever reach an href built from data. */
export const safeWebUrl = (url: string | undefined): string | undefined => (url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined);
export const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`;
export const mailtoHref = (email: string) => (/^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? `mailto:${email}` : undefined);
/** Opens whatever map app the phone has (no Google dependency). */
export const geoHref = (p: Place) => `geo:${p.lat},${p.lon}`;
export const osmDirectionsHref = (p: Place) => `https://www.openstreetmap.org/directions?to=${p.lat}%2C${p.lon}`;
