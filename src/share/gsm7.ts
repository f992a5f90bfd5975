/**
 * The GSM 03.38 7-bit alphabet: an SMS of 160 characters only holds characters from it.
 * One character outside it switches the whole message to UCS-2 and the limit drops to 70.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Reached through an escape: each costs two of the 160. */
const EXTENSION = '^{}\\[~]|€\f';

const basic = new Set(BASIC);
const extension = new Set(EXTENSION);

export const isGsm7Char = (c: string) => basic.has(c) || extension.has(c);

export function isGsm7(text: string): boolean {
  for (const c of text) if (!isGsm7Char(c)) return false;
  return true;
}

/** Septets used by the text (extension characters count twice); Infinity if not GSM-7 at all. */
export function gsm7Length(text: string): number {
  let n = 0;
  for (const c of text) {
    if (basic.has(c)) n += 1;
    else if (extension.has(c)) n += 2;
    else return Infinity;
  }
  return n;
}

/** What French and Kreyòl text needs most; anything else loses its accents, then is dropped. */
const REPLACEMENTS: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  ç: 'c', // GSM-7 only has the capital Ç
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '´': "'",
  '`': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\t': ' ',
  '·': '.',
  '•': '-',
  '°': 'o',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '€': 'EUR',
  '~': '-',
  '|': '/',
  '\\': '/',
};

/** Turns any text into GSM-7 basic characters (extension characters are avoided too: they cost 2). */
export function toGsm7(text: string): string {
  let out = '';
  for (const c of text) {
    if (basic.has(c)) out += c;
    else if (c in REPLACEMENTS) out += REPLACEMENTS[c];
    else {
      // ê → e, Â → A, ï → i…: keep the base letter when it is GSM-7; drop emoji and the rest.
      const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (base && [...base].every((b) => basic.has(b))) out += base;
    }
  }
  return out.replace(/ {2,}/g, ' ');
}

/**
 * How many SMS a text takes. One holds 160 GSM-7 septets; a longer text is sent in parts of 153
 * (each part spends 7 on the header that joins them). Outside GSM-7 (UCS-2): 70, then 67.
 * An extension character is never split across two parts.
 */
export function smsParts(text: string): number {
  if (text.length === 0) return 0;
  const septets = gsm7Length(text);
  if (septets === Infinity) {
    const units = text.length;
    return units <= 70 ? 1 : Math.ceil(units / 67);
  }
  if (septets <= 160) return 1;
  let parts = 1;
  let used = 0;
  for (const c of text) {
    const size = extension.has(c) ? 2 : 1;
    if (used + size > 153) {
      parts++;
      used = 0;
    }
    used += size;
  }
  return parts;
}
