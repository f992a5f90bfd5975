import type { Place } from '../shared/place';
import { formatPhone } from '../places/phone';
import { toGsm7 } from './gsm7';

export interface PlacesSmsOptions {
  /** First line: what the list is ("3 lieux pour vous", "Fiche Repère : Faire une démarche en ligne"). */
  heading: string;
  places: Place[];
  /** 'short': one line a place (name, town, phone); 'full': name, street and town, phone on their own lines. */
  detail: 'short' | 'full';
  /** The word before the phone number (`share:sms.phone`, "Tél"). */
  phoneWord: string;
  /** Lines after the places (what to bring, notes…), already worded. */
  extra?: string[];
  /** The app link that opens the same list, last so phones make it tappable. */
  link: string;
  /** Words before the link ("Tous les détails :"). */
  linkLabel?: string;
}

/**
 * A list of places as one SMS text, all in the GSM 7-bit alphabet. It may take several SMS
 * (see `smsParts`): a list cannot fit 160 characters, and the link carries what the text leaves out
 * (hours, map, everything on the place page).
 */
export function buildPlacesSms({ heading, places, detail, phoneWord, extra = [], link, linkLabel }: PlacesSmsOptions): string {
  const w = (s: string) => toGsm7(s).replace(/\s*\n\s*/g, ' ').trim();
  const lines = [w(heading)];
  places.forEach((place, i) => {
    const phone = place.phone ? `${phoneWord} ${formatPhone(place.phone)}` : '';
    const town = [place.address.postcode, place.address.commune].filter(Boolean).join(' ');
    if (detail === 'short') {
      lines.push(w([`${i + 1}. ${place.name}`, place.address.commune, phone].filter(Boolean).join(' - ')));
    } else {
      lines.push(w(`${i + 1}. ${place.name}`), w([place.address.street, town].filter(Boolean).join(', ')));
      if (phone) lines.push(w(phone));
    }
  });
  for (const line of extra) if (w(line)) lines.push(w(line));
  // The link as it is: GSM-7 transliteration would change characters of a URL.
  lines.push(linkLabel ? `${w(linkLabel)} ${link}` : link);
  return lines.join('\n');
}
