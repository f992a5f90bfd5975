// Tokens of an itinerant service's free-text comment: weekdays, times, week selectors, and the
// words and marks between them. Communes are found afterwards (communes.ts), with the gazetteer.
import type { DayPart, Weekday } from '../../src/shared/stop';
import { fold, visibleText } from '../normalise/text';

export type Refusal = 'week-of-month' | 'frequency' | 'dated';

interface Span {
  s: number;
  e: number;
}
export type Token = Span &
  (
    | { k: 'word'; text: string; f: string }
    | { k: 'sep'; ch: string }
    | { k: 'times'; ranges: string[] }
    | { k: 'day'; day: Weekday }
    | { k: 'daypart'; part: DayPart }
    /** "1er et 3e lundi" (with the day) or "(1er et 3e du mois)" (without). */
    | { k: 'nth'; nth: number[]; day?: Weekday }
    | { k: 'parity'; weeks: 'odd' | 'even' }
    | { k: 'postcode'; code: string }
    | { k: 'appointment'; value: boolean }
    /** Something that makes a schedule unreadable as weekly slots. */
    | { k: 'refuse'; reason: Refusal }
    /** URL, e-mail, phone number, a past date ("depuis le 13/09/22"): neither place nor schedule. */
    | { k: 'skip' }
  );

/**
 * Publishers escaped some comments ("Le\x20lundi\x20de\x2012\xA0\x3A45"): decode, drop what is
 * invisible (an escape may make a NUL), then plain spaces; line breaks stay (they end sentences).
 */
export function cleanComment(raw: string): string {
  const decoded = raw
    .replace(/\\x([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return visibleText(decoded).replace(/[\u00a0\u202f\t\r\v\f]/g, ' ');
}

const DAY_WORDS: Record<string, Weekday> = { lundi: 'Mo', mardi: 'Tu', mercredi: 'We', jeudi: 'Th', vendredi: 'Fr', samedi: 'Sa', dimanche: 'Su' };
const DAY_ABBR: Record<string, Weekday> = {
  lu: 'Mo', lun: 'Mo', ma: 'Tu', mar: 'Tu', me: 'We', mer: 'We', je: 'Th', jeu: 'Th',
  ve: 'Fr', ven: 'Fr', vend: 'Fr', sa: 'Sa', sam: 'Sa', di: 'Su', dim: 'Su',
};
const ORD_WORDS: Record<string, number> = {
  premier: 1, premiere: 1, deuxieme: 2, second: 2, seconde: 2, troisieme: 3, quatrieme: 4, cinquieme: 5, dernier: -1, derniere: -1,
};

const L = '\\p{L}';
const ORD = `(?:[1-5]\\s?(?:er|ère|ere|re|e|ème|eme|è|°)?|premi[èe]re?|premier|deuxi[èe]me|second[e]?|troisi[èe]me|quatri[èe]me|cinqui[èe]me|derni[èe]re?)`;
const ORD_LIST = `${ORD}(?:\\s*(?:,|et|&)\\s*${ORD})*`;
const DAY_RE = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?';
const ABBR_RE = '(?:lun|mar|mer|jeu|vend|ven|sam|dim|lu|ma|me|je|ve|sa|di)\\.?';
const MONTHS = '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const MONTH_SCOPE = `\\s+(?:du|de\\s+chaque|de|par)\\s+mois`;

const rx = (source: string) => new RegExp(source, 'iuy');

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type TokenBody = DistributiveOmit<Token, 's' | 'e'>;

/** Matchers tried in order at the start of each word; the first that matches wins. */
const RULES: { re: RegExp; make: (m: RegExpExecArray) => TokenBody | undefined }[] = [
  { re: rx(`(?:https?:\\/\\/|ttps?:\\/\\/|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|[\\w-]+(?:\\.[\\w-]+)*\\.(?:fr|com|org|bzh|net|eu)\\b\\S*`), make: () => ({ k: 'skip' }) },
  { re: rx(`(?:\\+33\\s?|0)\\d(?:[\\s.-]?\\d{2}){4}(?!\\d)`), make: () => ({ k: 'skip' }) },
  { re: rx(`depuis\\s+(?:le\\s+)?(?:\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|\\d{1,2}(?:er)?\\s+${MONTHS}(?:\\s+\\d{4})?)`), make: () => ({ k: 'skip' }) },
  { re: rx(`\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|\\d{1,2}(?:er)?\\s+${MONTHS}(?:\\s+\\d{4})?(?!${L})|${MONTHS}\\s+\\d{4}`), make: () => ({ k: 'refuse', reason: 'dated' }) },
  // "1ère semaine du mois", "les deuxième et quatrième semaines de chaque mois": which weekdays is unclear.
  { re: rx(`${ORD_LIST}\\s+sem(?:aine)?s?\\.?${MONTH_SCOPE}`), make: () => ({ k: 'refuse', reason: 'week-of-month' }) },
  // Every other week without saying which, a monthly or variable round: not a weekly slot.
  {
    re: rx(
      `\\d\\s*${DAY_RE}\\s*\\/\\s*2|tous\\s+les\\s+(?:15|quinze)\\s+jours|toutes\\s+les\\s+(?:deux|2|3|trois|4|quatre)\\s+semaines|une\\s+semaine\\s+sur\\s+(?:deux|2)|` +
        `(?:une|deux|trois|quatre|\\d+)\\s+(?:fois|jou?rn?[ée]es?|demi[\\s-]journ[ée]es?|jours?)\\s+par\\s+(?:mois|semaine|an)|par\\s+mois|mensuel(?:le)?s?|trimestriel(?:le)?s?|` +
        `selon\\s+(?:un|le|les)?\\s*(?:calendrier|planning|jours|besoins)|planning|calendrier|roulement|(?:en\\s+)?alternance|variables?`,
    ),
    make: () => ({ k: 'refuse', reason: 'frequency' }),
  },
  { re: rx(`(?:du|de\\s+chaque|de)\\s+mois(?!${L})`), make: () => ({ k: 'skip' }) },
  { re: rx(`(?:uniquement\\s+)?sur\\s+(?:rendez[\\s-]*vous|r\\.?d\\.?v\\.?|rv)(?!${L})`), make: () => ({ k: 'appointment', value: true }) },
  { re: rx(`sans\\s+(?:rendez[\\s-]*vous|r\\.?d\\.?v\\.?)(?!${L})`), make: () => ({ k: 'appointment', value: false }) },
  { re: rx(`\\(?\\s*(?:les\\s+|en\\s+)?sem(?:aine)?s?\\.?\\s+(impaire?s?|paire?s?)\\s*\\)?`), make: (m) => ({ k: 'parity', weeks: /^im/i.test(m[1]!) ? 'odd' : 'even' }) },
  {
    re: rx(`(${ORD_LIST})\\s*(?:(${DAY_RE})|(${ABBR_RE}))?(?=[\\s,.:;)/-]|$)(${MONTH_SCOPE})?`),
    make: (m) => {
      const day = m[2] ? DAY_WORDS[fold(m[2]).replace(/s$/, '')] : m[3] ? DAY_ABBR[fold(m[3]).replace('.', '')] : undefined;
      if (!day && !m[4]) return undefined;
      const nth = ordinals(m[1]!);
      return day ? { k: 'nth', nth, day } : { k: 'nth', nth };
    },
  },
  { re: rx(`(${DAY_RE})(?!${L})`), make: (m) => ({ k: 'day', day: DAY_WORDS[fold(m[1]!).replace(/s$/, '')]! }) },
  {
    re: rx(`toute\\s+la\\s+journ[ée]e|journ[ée]es?(?!${L})|matin(?:[ée]e)?s?(?!${L})|(?:l['’])?apr[èée]s[\\s-]?midis?(?!${L})|avant[\\s-]midi(?!${L})`),
    make: (m) => {
      const f = fold(m[0]);
      return { k: 'daypart', part: f.includes('journ') ? 'day' : /^(?:avant|matin)/.test(f) ? 'morning' : 'afternoon' };
    },
  },
  { re: rx(`(?:\\d{5}|2[ab]\\d{3})(?!\\d)`), make: (m) => ({ k: 'postcode', code: m[0].toUpperCase() }) },
];

function ordinals(list: string): number[] {
  return list
    .split(/\s*(?:,|et|&)\s*/i)
    .map((o) => {
      const f = fold(o).replace(/\s/g, '');
      return ORD_WORDS[f] ?? Number(/^\d/.exec(f)?.[0]);
    })
    .filter((n) => Number.isFinite(n));
}

// Minutes after a space only when no "h" follows them: "8 H 45" is 08:45, "13h 17h" is two times.
const TIME = /(\d{1,2})\s?(?:[hH]|:)(?:(\d{2})|\s(\d{2})(?!\s?[hH]))?(?:\s?[hH])?(?![\d:])/y;
const BARE_HOUR = /(\d{1,2})(?![\d:hH])/y;
const RANGE_OP = /\s*(?:-|–|à|au|a|\/|>|jusqu['’]à)\s*/iy;
const LIST_OP = /\s*(?:,|et|\/|\+|&|puis)?\s*(?:de\s+)?/iy;
const FROM = /(?:à\s+partir\s+(?:de\s+|du\s+|d['’])|dès\s+)/iy;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const hhmm = (h: string, m: string | undefined) => `${h.padStart(2, '0')}:${m ?? '00'}`;
const validTime = (h: string, m: string | undefined) => Number(h) <= 24 && Number(m ?? 0) < 60;

/** "9h", "09:00", "8 H 45", "13h30": [end, 'HH:MM', written with an h or a colon]. */
function time(text: string, pos: number): [number, string] | undefined {
  const m = at(TIME, text, pos);
  const minutes = m?.[2] ?? m?.[3];
  if (!m || !validTime(m[1]!, minutes)) return undefined;
  return [pos + m[0].length, hhmm(m[1]!, minutes)];
}

/** One range "9h-12h", "de 9h à 12h", "9h30/15h30", "9h/12", "13h 17h"; or an open start "à partir de 9h30". */
function range(text: string, pos: number): [number, string] | undefined {
  const from = at(FROM, text, pos);
  if (from) {
    const t = time(text, pos + from[0].length);
    return t ? [t[0], `${t[1]}+`] : undefined;
  }
  let p = pos;
  const de = at(/de\s+/iy, text, p);
  if (de) p += de[0].length;
  const start = time(text, p);
  if (!start) return undefined;
  const op = at(RANGE_OP, text, start[0]);
  let end = op ? time(text, start[0] + op[0].length) : undefined;
  if (!end && op && /[-/à]/.test(op[0])) {
    const bare = at(BARE_HOUR, text, start[0] + op[0].length);
    if (bare && validTime(bare[1]!, undefined)) end = [start[0] + op[0].length + bare[0].length, hhmm(bare[1]!, undefined)];
  }
  if (!end) {
    // "13h 17h": two times side by side read as a range only when both say "h" and the second is later.
    const side = at(/\s+/y, text, start[0]);
    const second = side ? time(text, start[0] + side[0].length) : undefined;
    if (second && /h/i.test(text.slice(p, start[0])) && second[1] > start[1]) end = second;
  }
  if (!end || end[1] <= start[1]) return undefined;
  return [end[0], `${start[1]}-${end[1]}`];
}

/** A list of ranges: "9h-12h et 14h-17h", "8h45-11h30/14h-16h30", "9:00 à 11:30 13:30 à 16:30". */
function times(text: string, pos: number): [number, string[]] | undefined {
  const first = range(text, pos);
  if (!first) return undefined;
  const ranges = [first[1]];
  let end = first[0];
  for (;;) {
    const op = at(LIST_OP, text, end);
    const next = op ? range(text, end + op[0].length) : undefined;
    const previousEnd = ranges[ranges.length - 1]!.split('-')[1];
    if (!next || !previousEnd || next[1].slice(0, 5) < previousEnd) break;
    ranges.push(next[1]);
    end = next[0];
  }
  return [end, ranges];
}

const WORD = /(?:(?:[dlDL]|qu|Qu)['’](?=\p{L}))|[\p{L}\p{N}]+(?:['’]\p{L}+)*/uy;
const SEPARATOR = /\/\/|[,;:()/+&_|]|[-–—]|\.(?=\s|$)|\n/y;

/**
 * Two-letter day abbreviations ("Lu : …", "Ve semaine impaire") read as days only in comments that
 * write days that way ("Lu", "Ma"… followed by a colon at least twice), or before a colon or a slash.
 */
function abbreviationAt(text: string, pos: number, abbreviatedStyle: boolean): [number, Weekday] | undefined {
  const m = at(/(vend|lun|mar|mer|jeu|ven|sam|dim|lu|ma|me|je|ve|sa|di)\.?(?!\p{L})/iuy, text, pos);
  // "Soulac-sur-Mer", "Port-sur-Mer": the end of a name, not Wednesday.
  if (!m || /(?:sur|-)\s*$/i.test(text.slice(Math.max(0, pos - 5), pos))) return undefined;
  const written = m[1]!;
  const after = text.slice(pos + m[0].length);
  const cue = /^\s*[:/]/.test(after) || /^\s*-?\s*(?:sem|\d)/i.test(after) || /^vend$/i.test(written);
  const styled = abbreviatedStyle && written.length === 2 && /^[A-Z]/.test(written) && /^\s/.test(after);
  if (!cue && !styled) return undefined;
  return [pos + m[0].length, DAY_ABBR[written.toLowerCase()]!];
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const abbreviatedStyle = (text.match(/\b(?:Lu|Ma|Me|Je|Ve|Sa)\s*:/g) ?? []).length >= 2;
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos]!;
    if (/\s/.test(ch) && ch !== '\n') {
      pos++;
      continue;
    }
    const wordStart = pos === 0 || !/[\p{L}\p{N}]/u.test(text[pos - 1]!);
    let token: Token | undefined;
    if (wordStart) {
      const t = times(text, pos);
      if (t) token = { k: 'times', ranges: t[1], s: pos, e: t[0] };
      for (const rule of token ? [] : RULES) {
        const m = at(rule.re, text, pos);
        const made = m && m[0].length > 0 ? rule.make(m) : undefined;
        if (made) {
          token = { ...made, s: pos, e: pos + m![0].length } as Token;
          break;
        }
      }
      if (!token) {
        const abbr = abbreviationAt(text, pos, abbreviatedStyle);
        if (abbr) token = { k: 'day', day: abbr[1], s: pos, e: abbr[0] };
      }
    }
    if (!token) {
      const sep = at(SEPARATOR, text, pos);
      if (sep) {
        const c = sep[0].trim() || sep[0];
        token = { k: 'sep', ch: c === '–' || c === '—' ? '-' : c, s: pos, e: pos + sep[0].length };
      }
    }
    if (!token) {
      const w = at(WORD, text, pos);
      if (w) token = { k: 'word', text: w[0], f: fold(w[0]), s: pos, e: pos + w[0].length };
    }
    if (!token) {
      pos++;
      continue;
    }
    tokens.push(token);
    pos = token.e;
  }
  return tokens;
}
