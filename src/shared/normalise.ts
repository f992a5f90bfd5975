/**
 * Turns what someone types, or a commune name, into a comparable key:
 * no accents, no case, hyphens and apostrophes as spaces, "st"/"ste" spelled out,
 * and the leading article dropped ("Le Gosier" and "gosier" meet).
 */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const ARTICLES = new Set(['le', 'la', 'les', 'l']);

export function normalise(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w);
  // Keep the article when it is all there is ("La" alone is still a prefix of "la baule").
  if (words.length > 1 && ARTICLES.has(words[0])) words.shift();
  return words.join(' ');
}

/** Digits only, 2 to 5 of them: a postcode (or its start). */
export const isPostcodeQuery = (text: string) => /^\s*\d[\d ]{1,5}\s*$/.test(text);
