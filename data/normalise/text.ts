// Text clean-up shared by every adapter: the app renders plain text, so we only tidy it.

/** Windows-1252 for bytes 0x80–0x9f ("€" for 0x80…); the five bytes it leaves undefined stay as they are. */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const CP1252_REVERSE = new Map([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));

/**
 * UTF-8 read as Latin-1 / Windows-1252 turns "é" into "Ã©", "œ" into "Å“", "’" into "â€™": a lead
 * byte of French letters and typography (Â Ã Å â) followed by continuation bytes (0x80–0xbf, as
 * Latin-1 or as Windows-1252 shows them). Other leads are left alone: "É»" ends «CAFÉ».
 */
const CONTINUATION = `[\\u0080-\\u00bf${CP1252_HIGH}]`;
const MOJIBAKE = new RegExp(`[ÂÃÅ]${CONTINUATION}|â${CONTINUATION}{2}`, 'g');

function repairSequence(seq: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from([...seq].map((c) => CP1252_REVERSE.get(c) ?? c.charCodeAt(0))));
  } catch {
    return seq;
  }
}

/**
 * Repair text that was UTF-8 decoded as Latin-1 / Windows-1252 ('MÃ©diathÃ¨que'), sequence by
 * sequence (correct letters around it stay), also when that happened twice ('ÃƒÂ©').
 */
export function fixMojibake(s: string): string {
  for (let pass = 0; pass < 4; pass++) {
    const fixed = s.replace(MOJIBAKE, repairSequence);
    if (fixed === s) break;
    s = fixed;
  }
  return s;
}

/**
 * Characters nobody can see that still change what a text does: control characters other than
 * whitespace (NUL, ESC, DEL…), bidi embeddings, overrides and isolates (U+202E shows the rest of a
 * line backwards), zero-width space and word joiner (a name that no search finds). ZWJ and ZWNJ
 * stay: they belong to emoji and to some scripts.
 */
const HIDDEN = /[\u0000-\u0008\u000e-\u001f\u007f\u200b\u2060\u202a-\u202e\u2066-\u2069]/g;
/**
 * C1 controls (U+0080–U+009F) in text are Windows-1252 bytes that an exporter read as ISO-8859-1
 * (Numi writes "d\u0092Insertion", "c\u009cur"): they become "’" and "œ" — after the mojibake
 * repair, which reads them as the bytes they stand for. The five bytes Windows-1252 leaves undefined go.
 */
const C1 = /[\u0080-\u009f]/g;
const fromC1 = (ch: string) => {
  const c = CP1252_HIGH[ch.charCodeAt(0) - 0x80]!;
  return c.charCodeAt(0) > 0x9f ? c : '';
};

/** Drop invisible characters and repair mojibake; whitespace (line breaks included) is left as it is. */
export function visibleText(value: string): string {
  let s = value;
  // A removal can reveal a pair to repair and a repair can make a character to remove: until
  // nothing changes (each pass that changes something shortens the text).
  for (let before = ''; before !== s; ) {
    before = s;
    s = fixMojibake(s.replace(HIDDEN, '')).replace(HIDDEN, '').replace(C1, fromC1);
  }
  return s;
}

/** Trim, collapse whitespace, drop invisible characters, repair mojibake; empty → undefined. */
export function clean(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = visibleText(String(value)).replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
}

/** Lower-case, accent-free, punctuation as spaces: the form used to compare labels and names. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

const SMALL_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'sur', 'sous', 'aux', 'au', 'a', 'à']);

/**
 * "MEDIATHEQUE DE GRAND-RIVIERE" → "Mediatheque de Grand-Riviere": all-caps names read as shouting
 * on a small screen. Mixed-case names are left exactly as published.
 */
export function tidyName(name: string): string {
  const letters = name.replace(/[^A-Za-zÀ-ÿ]/g, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      // One letter for one letter: "ﬁ".toUpperCase() is "FI", which would read as shouting again.
      return word.replace(/(^|[-'’(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + (ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch));
    })
    .join(' ')
    .replace(/\b(D|L)'/g, (m, i) => (i === 0 ? m : m.toLowerCase()));
}

/**
 * Decode a file's bytes: UTF-8 (BOM stripped), UTF-16 when a BOM says so, else Windows-1252 (which
 * Latin-1 files are in practice: "’", "€", "œ" are its bytes 0x80–0x9f, control characters in ISO-8859-1).
 */
export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // The BOM goes first: a UTF-8 file with one stray Latin-1 byte must not start with "ï»¿".
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Node's "latin1" decoder is ISO-8859-1: the Windows-1252 characters are mapped here.
    return new TextDecoder('latin1').decode(body).replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
  }
}
