import fr from '../i18n/locales/fr/share.json';
import type { Place } from '../shared/place';
import { toGsm7 } from './gsm7';
import { formatPhone } from '../places/phone';
import { formatIntervals, todayIntervals } from './today-hours';

/** The words of the SMS, from the `share` namespace (`sms.*`), so the text follows the page language. */
export type SmsWords = typeof fr.sms;

/** One SMS: 160 GSM-7 characters. Longer texts are split by phones and often garbled on cheap ones. */
export const SMS_LIMIT = 160;

// \b only knows ASCII letters: 'allée' needs Unicode-aware word edges.
const word = (src: string) => new RegExp(`(?<!\\p{L})(?:${src})(?!\\p{L})`, 'giu');

/** Long words of place names and streets, shortened only when the text would not fit. */
const ABBREVIATIONS: [RegExp, string][] = [
  [word('communaut[ée] de communes'), 'CC'],
  [word("communaut[ée] d'agglom[ée]ration"), 'CA'],
  [word("centre communal d'action sociale"), 'CCAS'],
  [word('espace public num[ée]rique'), 'EPN'],
  [word('m[ée]diath[èe]que'), 'Mediath.'],
  [word('biblioth[èe]que'), 'Biblio.'],
  [word('association'), 'Asso.'],
  [word('municipale?'), 'mun.'],
  [word('intercommunale?'), 'interco.'],
  [word('num[ée]rique'), 'num.'],
  [word('sainte'), 'Ste'],
  [word('saint'), 'St'],
  [word('avenue'), 'av.'],
  [word('boulevard'), 'bd'],
  [word('chemin'), 'ch.'],
  [word('route'), 'rte'],
  [word('place'), 'pl.'],
  [word('impasse'), 'imp.'],
  [word('allée'), 'all.'],
  [word('b[âa]timent'), 'bat.'],
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const abbreviate = (text: string) => capitalise(ABBREVIATIONS.reduce((s, [re, short]) => s.replace(re, short), text));

/** Cuts at a word boundary when one is near, and says so with "...". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 3) return '';
  const room = max - 3;
  const cut = text.slice(0, room + 1);
  const space = cut.lastIndexOf(' ');
  const kept = space >= room - 8 && space > 0 ? cut.slice(0, space) : text.slice(0, room);
  return `${kept.replace(/[\s,.;:-]+$/, '')}...`;
}

interface Line {
  text: string;
}

/** A bus's stop in words (src/stops/stop-texts.ts): "à Machault le mardi, 9 h–12 h", "Prochain passage : mardi 9 h". */
export interface StopSms {
  at: string;
  next?: string;
}

/**
 * Name, address, phone and today's hours (in the place's own time zone) in one SMS:
 * at most 160 characters, all in the GSM 7-bit alphabet (œ → oe, ê → e, emoji dropped).
 * When too long: abbreviate, then shorten the name, the street and the hours, in that order.
 * A bus's stop (`stop`) says where and when instead: commune and days, the place, its next passage.
 */
export function buildSmsText(place: Place, now: Date, words: SmsWords = fr.sms, stop?: StopSms): string {
  const w = (s: string) => toGsm7(s).trim();
  const name: Line = { text: w(place.name) };
  const street: Line = { text: w(stop ? capitalise([place.stop?.place, place.address.street].filter(Boolean).join(', ')) : (place.address.street ?? '')) };
  const city: Line = { text: stop ? '' : w([place.address.postcode, place.address.commune].filter(Boolean).join(' ')) };
  const mobile: Line = { text: stop ? w(capitalise(stop.at)) : place.mobile ? w(words.mobile) : '' };
  const phone: Line = { text: place.phone ? w(`${words.phone} ${formatPhone(place.phone)}`) : '' };
  const hours: Line = { text: w(stop ? (stop.next ?? '') : hoursLine(place, now, words)) };
  const lines = [name, mobile, street, city, phone, hours];

  const text = () => lines.map((l) => l.text).filter(Boolean).join('\n');
  const excess = () => text().length - SMS_LIMIT;
  const shrink = (line: Line, floor: number) => {
    if (excess() > 0) line.text = truncate(line.text, Math.max(floor, line.text.length - excess()));
  };

  if (excess() > 0) for (const line of [name, street, city]) line.text = abbreviate(line.text);
  shrink(name, 40);
  shrink(hours, 40);
  shrink(street, 20);
  shrink(name, 24);
  shrink(street, 0);
  shrink(hours, 16);
  shrink(name, 12);
  shrink(city, 12);
  // A stop's where-and-when (easy-read French spells it out): the page behind the link has it whole.
  shrink(mobile, 20);
  // Last resort (never met on the real index, see tests): a hard cut keeps the promise of one SMS.
  return truncate(text(), SMS_LIMIT);
}

function hoursLine(place: Place, now: Date, words: SmsWords): string {
  const rdv = place.appointment ? words.appointment : '';
  const intervals = todayIntervals(place, now);
  if (intervals === undefined) return rdv || place.hoursText || '';
  const today = intervals.length ? `${words.today} ${formatIntervals(intervals, words.timeSeparator)}` : words.closedToday;
  return rdv ? `${today} - ${rdv}` : today;
}

/** `sms:` link with the text ready to send; the person picks the recipient on their phone. */
export const smsHref = (text: string) => `sms:?&body=${encodeURIComponent(text)}`;
