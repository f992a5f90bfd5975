// The conservative reader of an itinerant service's comment: "les lundis à la mairie de Monthois,
// mardis à la mairie de Machault…" → one stop per commune with its weekdays and hours. What it cannot
// read for certain stays text, with the reason. Pure: the gazetteer is passed in. Rules: docs/itinerance.md.
import type { Commune } from '../../src/shared/place';
import type { DayPart, StopSlot, Weekday } from '../../src/shared/stop';
import { WEEKDAYS } from '../../src/shared/stop';
import { isCurrentName, type Gazetteer } from '../communes';
import { tidyName } from '../normalise/text';
import { findCommunes, type CommuneToken, type Item, type Scope } from './find-communes';
import { cleanComment, tokenize, type Refusal } from './lexer';
import { slotsToOsm } from './schedule';

export type LeftoverReason =
  | Refusal
  | 'negation'
  | 'alternative'
  | 'unread-schedule'
  | 'ambiguous-commune'
  | 'times-conflict'
  /** A weekday with no commune it could belong to ("Lundi : Centre social Bellevue"). */
  | 'no-commune'
  /** Communes named without a day ("itinérance sur les communes de …"). */
  | 'no-weekday';

export interface ParsedStop {
  insee: string;
  commune: string;
  dep: string;
  locality?: string;
  place?: string;
  slots: StopSlot[];
  hours?: string;
  appointment?: true;
  /** What the stop was read from, and where in the cleaned comment ([start, end) offsets). */
  text: string;
  spans: [number, number][];
}

export interface Leftover {
  reason: LeftoverReason;
  text: string;
  span: [number, number];
  /** Communes the refused part names (INSEE codes), for the report and a later "also serves" list. */
  insee?: string[];
}

export interface CommentParse {
  /** The comment as read (escapes decoded): spans index into it. */
  text: string;
  stops: ParsedStop[];
  leftovers: Leftover[];
}

interface Entry {
  days: Weekday[];
  dayPart?: DayPart;
  nth?: number[];
  weeks?: 'odd' | 'even';
  times?: string[];
}

type El = { s: number; e: number } & (
  | { t: 'D'; entries: Entry[] }
  | { t: 'T'; ranges: string[] }
  | { t: 'L'; communes: CommuneToken[] }
  | { t: 'N'; nth: number[] }
  | { t: 'DP'; part: DayPart }
  | { t: 'P'; weeks: 'odd' | 'even' }
  | { t: 'A'; value: boolean }
  | { t: 'X'; reason: LeftoverReason }
  | { t: 'W'; f: string; raw: string }
  | { t: 'S'; ch: string }
  | { t: 'K' }
  | { t: 'PC'; code: string }
);
type ElOf<T extends El['t']> = Extract<El, { t: T }>;

const STRONG = new Set([';', '//', '|', '_', '.', '\n']);
const LIST_SEPS = new Set([',', '/', '-', '&', '+']);
/** Words that may sit inside a list of days: "le lundi et le mardi", "du lundi au vendredi", "tous les jeudis". */
const DAY_LINKS = new Set(['et', 'le', 'les', 'tous', 'toutes', 'chaque', 'du', 'de', 'au', 'a']);
const NEGATION = new Set(['sauf', 'fermeture', 'pas', 'hors', 'excepte', 'exceptes', 'exceptionnellement', 'ne', "n'"]);
/** "fermé le mercredi" says no; "Ferme de Kerfréhour" is a farm: the accent decides. */
const isNegation = (w: ElOf<'W'>) => NEGATION.has(w.f) || /^ferm[ée]e?s?$/i.test(w.raw) && /é/i.test(w.raw);
const UNREAD_SCHEDULE = new Set([
  'jour', 'jours', 'mois', 'semaine', 'semaines', 'sem', 'dernier', 'derniere', 'premier', 'premiere', 'quinzaine', 'fois', 'soir', 'soirs',
  'midi', 'week', 'vacances', 'scolaires', 'ete', 'hiver', 'juillet', 'aout', 'saison', 'alternativement',
]);
/** Words around a place that say nothing about it. */
const FILLER = new Set([
  'le', 'la', 'les', "l'", 'de', 'du', 'des', "d'", 'et', 'a', 'au', 'aux', 'sur', 'en', 'chez', 'dans', 'un', 'une', 'permanence', 'permanences',
  'itinerance', 'itinerances', 'accueil', 'ouvert', 'ouverte', 'present', 'presente', 'assuree', 'assurees', 'seront', 'sera', 'est', 'se',
  'fait', 'tient', 'lieu', 'lieux', 'egalement', 'aussi', 'puis', 'bus', 'stationne', 'situe', 'situee', 'base', 'basee',
  'uniquement', 'seulement', 'matin', 'apres', 'midi', 'locaux', 'france', 'services', 'structure', 'itinerante', 'itinerant', 'deplacement',
]);
/** A place is kept only when it names one. */
const PLACE_NOUNS = new Set([
  'mairie', 'salle', 'bibliotheque', 'mediatheque', 'espace', 'maison', 'centre', 'pole', 'poste', 'parking', 'place', 'marche', 'rue',
  'avenue', 'boulevard', 'bd', 'route', 'allee', 'chemin', 'impasse', 'quai', 'cour', 'ecole', 'foyer', 'local', 'ccas', 'mds', 'hotel',
  'tiers', 'agence', 'gare', 'eglise', 'gymnase', 'halle', 'boutique', 'atelier', 'csf', 'patronage', 'quartier', 'residence', 'cite',
  'batiment', 'annexe', 'antenne', 'siege', 'bureau', 'club', 'cyber', 'epn', 'office', 'relais', 'square', 'esplanade', 'mpt', 'evs',
  'mjc', 'msap', 'communaute', 'communautaire', 'social', 'sociale', 'mediation', 'point', 'poterie', 'salles', 'ferme',
]);

function element(it: Item): El {
  const at = { s: it.s, e: it.e };
  switch (it.k) {
    case 'commune':
      return { t: 'L', ...at, communes: [it] };
    case 'times':
      return { t: 'T', ...at, ranges: it.ranges };
    case 'nth':
      return it.day ? { t: 'D', ...at, entries: [{ days: [it.day], nth: it.nth }] } : { t: 'N', ...at, nth: it.nth };
    case 'day':
      return { t: 'D', ...at, entries: [{ days: [it.day] }] };
    case 'daypart':
      return { t: 'DP', ...at, part: it.part };
    case 'parity':
      return { t: 'P', ...at, weeks: it.weeks };
    case 'appointment':
      return { t: 'A', ...at, value: it.value };
    case 'refuse':
      return { t: 'X', ...at, reason: it.reason };
    case 'word':
      return { t: 'W', ...at, f: it.f, raw: it.text };
    case 'sep':
      return { t: 'S', ...at, ch: it.ch };
    case 'postcode':
      return { t: 'PC', ...at, code: it.code };
    case 'skip':
      return { t: 'K', ...at };
  }
}

const isW = (el: El | undefined, ...f: string[]): el is ElOf<'W'> => el?.t === 'W' && (f.length === 0 || f.includes(el.f));
const isSep = (el: El | undefined, ...chs: string[]): el is ElOf<'S'> => el?.t === 'S' && (chs.length === 0 || chs.includes(el.ch));
const onlySpace = (text: string, a: number, b: number) => /^\s*$/.test(text.slice(a, b));

/**
 * Days into groups: "le lundi, mardi et jeudi matin", "du lundi au vendredi", "Mardi semaines impaires",
 * "1er et 3e lundis". A half-day or a parity written after a run of days applies to the whole run.
 */
function groupDays(els: El[]): El[] {
  const out: El[] = [];
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (el.t !== 'D') {
      out.push(el);
      continue;
    }
    const entries: Entry[] = [];
    let from = 0;
    let end = el.e;
    let j = i;
    const take = (d: ElOf<'D'>) => {
      entries.push(...d.entries.map((x) => ({ ...x })));
      end = d.e;
    };
    take(el);
    for (;;) {
      let k = j + 1;
      const next = els[k];
      // "lundi au vendredi", "de lundi à vendredi"
      if (isW(next, 'au', 'a') && els[k + 1]?.t === 'D' && entries.length) {
        const to = (els[k + 1] as ElOf<'D'>).entries[0]!.days[0]!;
        const last = entries[entries.length - 1]!;
        const a = WEEKDAYS.indexOf(last.days[last.days.length - 1]!);
        const b = WEEKDAYS.indexOf(to);
        if (b > a) last.days = WEEKDAYS.slice(a, b + 1) as Weekday[];
        end = els[k + 1]!.e;
        j = k + 1;
        continue;
      }
      // modifiers: "lundi matin", "Lundi - après-midi", "mardi semaines impaires", "lundi (matin)"
      let m = k;
      while (isSep(els[m], '-', '(') && ['DP', 'P', 'N'].includes(els[m + 1]?.t ?? '')) m++;
      const mod = els[m];
      if (mod && (mod.t === 'DP' || mod.t === 'P' || mod.t === 'N')) {
        for (let x = entries.length - 1; x >= from; x--) {
          const entry = entries[x]!;
          if (mod.t === 'DP') entry.dayPart ??= mod.part;
          else if (mod.t === 'P') entry.weeks ??= mod.weeks;
          else entry.nth ??= mod.nth;
        }
        if (mod.t === 'DP') from = entries.length;
        end = mod.e;
        j = m;
        if (isSep(els[m + 1], ')') && m > k) j = m + 1;
        continue;
      }
      // another day after list links: ", mardi", " et le jeudi", " / Ma"
      while (isSep(els[k], ...LIST_SEPS) || isW(els[k], ...DAY_LINKS)) k++;
      if (els[k]?.t === 'D') {
        take(els[k] as ElOf<'D'>);
        j = k;
        continue;
      }
      break;
    }
    // "le", "les", "tous les", "du" before the first day belong to the group (so that a cut before it takes them).
    let s = el.s;
    while (out.length && isW(out[out.length - 1], 'le', 'les', 'tous', 'toutes', 'chaque', 'du', 'de')) s = out.pop()!.s;
    out.push({ t: 'D', s, e: end, entries });
    i = j;
  }
  return out;
}

/**
 * "(sauf lundi matin…)", "(fermé le mercredi après-midi)": one refusal, so that its days are nobody's;
 * the part of the comment it falls in is refused, one before any name is only left out.
 */
function dropNegatedParentheses(els: El[]): El[] {
  const out: El[] = [];
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (el.t === 'S' && el.ch === '(') {
      const close = els.findIndex((x, k) => k > i && x.t === 'S' && x.ch === ')');
      const inside = close > i ? els.slice(i + 1, close) : [];
      if (inside.some((x) => isW(x) && isNegation(x))) {
        out.push({ t: 'X', s: el.s, e: els[close]!.e, reason: 'negation' });
        i = close;
        continue;
      }
    }
    out.push(el);
  }
  return out;
}

/**
 * Names next to each other with only list marks between ("Lussant/St Coutant le Grand", "SAUCLIERES et
 * LAPANOUSE-DE-CERNON") share one schedule; the same commune named again in its address ("AYRON -
 * Mairie, 1 route de Poitiers 86190 Ayron"), or a name in an address chunk whose commune has its
 * postcode ("Cailly Emploi 4 rue Victor Hugo 76960 Notre Dame de Bondeville"), is only words.
 */
function groupCommunes(els: El[]): El[] {
  const out: El[] = [];
  const asWords = (l: ElOf<'L'>): El => ({ t: 'W', s: l.s, e: l.e, f: '', raw: l.communes[0]?.written ?? '' });
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (el.t !== 'L') {
      out.push(el);
      continue;
    }
    // A chunk with a "<postcode> <commune>" address: other names in it are not where the bus stops.
    const chunkEnd = (k: number) => {
      while (k < els.length && !(isSep(els[k]) && !isSep(els[k], '-')) && !['D', 'T'].includes(els[k]!.t)) k++;
      return k;
    };
    const end = chunkEnd(i + 1);
    const anchored = els.slice(i + 1, end).some((x, k) => x.t === 'L' && els[i + k]?.t === 'PC');
    if (anchored && els[i - 1]?.t !== 'PC') {
      out.push(asWords(el));
      continue;
    }
    const previous = [...out].reverse().find((x) => x.t === 'L' || x.t === 'D' || x.t === 'T' || (x.t === 'S' && STRONG.has(x.ch)));
    const sameAsPrevious = previous?.t === 'L' && previous.communes.every((c) => c.communes.length === 1) &&
      el.communes.every((c) => previous.communes.some((p) => p.communes[0]?.insee === c.communes[0]?.insee));
    if (sameAsPrevious) {
      out.push(asWords(el));
      continue;
    }
    const last = out[out.length - 1];
    const beforeLast = out[out.length - 2];
    const listMark = (last?.t === 'S' && LIST_SEPS.has(last.ch)) || isW(last, 'et');
    if (listMark && beforeLast?.t === 'L') {
      out.pop();
      beforeLast.communes.push(...el.communes);
      beforeLast.e = el.e;
      continue;
    }
    out.push({ ...el, communes: [...el.communes] });
  }
  return out;
}


/**
 * The day group a name is followed by with nothing but words between — an address, "(antenne)",
 * "ouvert" — as in "le faouet 1 cour de la mairie lundi et vendredi", "Lanester l'Eskale le jeudi";
 * not one that opens the next part ("… Auxi le Château Mercredi & Jeudi : Agence …").
 */
function dayRightAfter(els: El[], li: number): number | undefined {
  let depth = 0;
  for (let j = li + 1; j < els.length; j++) {
    const el = els[j]!;
    if (el.t === 'D') {
      let k = j + 1;
      while (els[k]?.t === 'T' || els[k]?.t === 'A') k++;
      return depth === 0 && !isSep(els[k], ':') ? j : undefined;
    }
    if ((el.t === 'W' && el.f !== 'et') || el.t === 'PC') continue;
    if (isSep(el, '(')) depth++;
    else if (isSep(el, ')') && depth > 0) depth--;
    else return undefined;
  }
  return undefined;
}

/** "AUZITS : Lundi", "Breuil Magné (lundi matin)", "Aignay-le-Duc - Mairie - … : Lundi", "Cayres les mercredis". */
function forwardCue(els: El[], li: number, text: string): boolean {
  const l = els[li]!;
  if (els[li + 1]?.t === 'D' && onlySpace(text, l.e, els[li + 1]!.s)) return true;
  if (dayRightAfter(els, li) !== undefined) return true;
  for (let j = li + 1; j < els.length; j++) {
    const el = els[j]!;
    if (isSep(el, ':', '(', '-') && els[j + 1]?.t === 'D') return true;
    if (el.t === 'W' || el.t === 'PC' || el.t === 'A' || isSep(el, ',', '-', '(', ')')) continue;
    return false;
  }
  return false;
}

/** Between two day groups claimed by the same name only schedule words may stand ("Lundi 9h-12h, mardi"). */
function scheduleOnly(els: El[], from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const el = els[k]!;
    // A remark in parentheses between two days of one name: "le jeudi 13 h 30–17 h 30 (démarches complexes) et du lundi…".
    if (isSep(el, '(')) depth++;
    else if (isSep(el, ')') && depth > 0) depth--;
    if (depth > 0 && el.t === 'W') continue;
    if (el.t === 'T' || el.t === 'DP' || el.t === 'N' || el.t === 'P' || el.t === 'A') continue;
    if (el.t === 'S' && !STRONG.has(el.ch)) continue;
    if (isW(el, 'et', 'le', 'les', 'de', 'du', 'puis')) continue;
    return false;
  }
  return true;
}

interface Region {
  l: number;
  from: number;
  to: number;
  days: number[];
  inherited?: Entry[];
  /** Element range cut off the end because it belongs to a place that is not a commune here. */
  tail?: [number, number];
}

interface Context {
  text: string;
  globalTimes: string[];
  globalPart?: DayPart;
  parity?: 'odd' | 'even';
  weekOfMonth: boolean;
}

function prefixStart(els: El[], li: number, floor: number): number {
  let k = li;
  while (k - 1 > floor && isW(els[k - 1])) k--;
  return k;
}

/**
 * The days written just before a name, since the previous name: "mardis à la mairie de Machault",
 * "Lundi 14h30-17h Marans". The run stops at a strong mark, at a day already owned, at words between
 * two days ("4e jeudi Avail – 1er vendredi Badecon") and at a heading ("…, Trois antennes : Bassuet").
 */
function daysBefore(els: El[], li: number, prev: number, owner: Map<number, number>): number[] {
  const run: number[] = [];
  for (let k = li - 1; k > prev; k--) {
    const el = els[k]!;
    if (el.t === 'D') {
      if (owner.has(k) || (run.length && !scheduleOnly(els, k + 1, run[0]!))) break;
      run.unshift(k);
    } else if ((el.t === 'S' && STRONG.has(el.ch)) || el.t === 'K') break;
    else if (run.length === 0 && isSep(el, ':') && isW(els[k - 1]) && k + 1 === li) break;
  }
  return run;
}

/** Which day groups belong to which names, then each name's stretch of the clause. */
function regionsOf(els: El[], text: string): { regions: Region[]; unowned: number[] } {
  const ls = els.flatMap((el, i) => (el.t === 'L' ? [i] : []));
  const owner = new Map<number, number>();
  const own = new Map<number, number[]>(ls.map((l) => [l, []]));
  const before = new Set<number>();
  const claim = (li: number, k: number) => {
    owner.set(k, li);
    own.get(li)!.push(k);
  };
  ls.forEach((li, n) => {
    const prev = n > 0 ? ls[n - 1]! : -1;
    const run = daysBefore(els, li, prev, owner);
    // "… le mardi de 9h à 12h/Permanence de Lanester l'Eskale le jeudi 9h-12h": days after the name
    // with only words between win over days before it across a mark.
    const after = dayRightAfter(els, li);
    const lastRun = run[run.length - 1];
    const markBetween = lastRun !== undefined && els.slice(lastRun + 2, li).some((el) => el.t === 'S');
    // "Médiathèque Fontbarlettes Valence : …": a name heading its own part takes no days before it.
    const heading = isSep(els[li + 1], ':') && onlySpace(text, els[li]!.e, els[li + 1]!.s) && els[li + 2]?.t !== 'T';
    if (run.length && !heading && !(after !== undefined && markBetween && !owner.has(after))) {
      run.forEach((k) => claim(li, k));
      before.add(li);
      return;
    }
    if (!forwardCue(els, li, text)) return;
    const next = n + 1 < ls.length ? ls[n + 1]! : els.length;
    let lastClaimed = li;
    for (let k = li + 1; k < next; k++) {
      if (els[k]!.t !== 'D' || owner.has(k)) continue;
      if (lastClaimed !== li && !scheduleOnly(els, lastClaimed + 1, k)) break;
      claim(li, k);
      lastClaimed = k;
    }
  });
  // Days after the last name with nothing but its address between: "Vonnas - 34 allée de la jeunesse le lundi…".
  const lastL = ls[ls.length - 1];
  if (lastL !== undefined && own.get(lastL)!.length === 0) {
    for (let k = lastL + 1; k < els.length; k++) {
      const el = els[k]!;
      if (el.t === 'D') claim(lastL, k);
      else if (!(el.t === 'W' || el.t === 'PC' || el.t === 'T' || el.t === 'DP' || el.t === 'A' || el.t === 'N' || el.t === 'P' || (el.t === 'S' && !STRONG.has(el.ch)))) break;
    }
  }
  const regions: Region[] = ls.map((l) => {
    const days = own.get(l)!;
    return { l, from: Math.min(l, ...days), to: Math.max(l, ...days), days };
  });
  const timesBeforeName = (r: Region) => els.slice(r.from, r.l).some((el) => el.t === 'T');
  // Cut the stretch between two names: a region that starts with its own days starts there; otherwise
  // after the list mark (",", "-", "/", "et"…) nearest the name, or at the name's own words. When the
  // previous name already has its times ("Jeudi - 9h-12h - Chasse-sur-Rhône/Place Jules Ferry + 14h-17h
  // - L'Isle-d'Abeau"), times between the two are the next one's: cut at the mark nearest the previous.
  for (let n = 0; n < regions.length; n++) {
    const r = regions[n]!;
    const floor = n > 0 ? regions[n - 1]!.to : -1;
    if (before.has(r.l) || n === 0) {
      r.from = Math.min(r.from, prefixStart(els, r.l, floor));
      // "tous les 15 jours le jeudi à Buzancy": what is said right before the days is said of them.
      if (before.has(r.l) && els[r.from - 1]?.t === 'X' && r.from - 1 > floor) r.from--;
    } else {
      const marks: number[] = [];
      for (let k = floor + 1; k < r.l; k++) if (isSep(els[k], ...LIST_SEPS, ':') || isW(els[k], 'et')) marks.push(k);
      const p = regions[n - 1]!;
      const gapTimes = els.slice(floor + 1, r.l).some((el) => el.t === 'T');
      const mark = gapTimes && timesBeforeName(p) ? marks[0] : marks[marks.length - 1];
      r.from = Math.min(r.from, mark !== undefined ? mark + 1 : prefixStart(els, r.l, floor));
    }
    if (n > 0) regions[n - 1]!.to = Math.max(regions[n - 1]!.to, r.from - 1);
  }
  if (regions.length) regions[regions.length - 1]!.to = els.length - 1;
  // Days nobody owns end the stretch before them, at the first mark after its own: "Marché de Talence
  // le mercredi 08:30 - 13:00 et Marché de Saint-Genès le samedi…".
  for (const r of regions) {
    const core = Math.max(r.l, ...r.days);
    const stray = els.findIndex((el, k) => k > core && k <= r.to && el.t === 'D' && !owner.has(k));
    if (stray < 0) continue;
    let cut = stray;
    for (let k = core + 1; k < stray; k++) {
      const el = els[k]!;
      if ((el.t === 'S' && ![':', '(', ')'].includes(el.ch) && !(el.ch === '-' && !/\s/.test(text[el.s - 1] ?? ' '))) || isW(el, 'et')) {
        cut = k;
        break;
      }
    }
    r.to = cut - 1;
  }
  // Times after the name that lead to another place it could not read ("St Jean du Doigt et de 13h30 à
  // 16h30 à la bibliothèque de Plouégat Guerrand") are that place's: the stretch ends before them.
  for (const r of regions) {
    for (let q = r.l + 1; q <= r.to; q++) {
      if (!isW(els[q], 'a', 'au', 'aux', 'sur', 'chez') || !isW(els[q + 1])) continue;
      let t = q - 1;
      while (t > r.l && (isW(els[t]) || els[t]!.t === 'S')) t--;
      if (els[t]?.t !== 'T' || t <= r.l) continue;
      while (t - 1 > r.l && els[t - 1]!.t === 'T') t--;
      const mark = t - 1 > r.l && (isW(els[t - 1], 'et') || els[t - 1]!.t === 'S') ? t - 1 : t;
      r.tail = [mark, r.to];
      r.to = mark - 1;
      break;
    }
  }
  // A name with no days of its own right after a name whose days came first shares those days
  // ("vendredi-Val de Bonnieure 8h45/12h15-Fouqueure 13h30/16h30"), unless its own part says something
  // of its own before the name ("…, les après-midis à Châteauvillain").
  for (let n = 1; n < regions.length; n++) {
    const r = regions[n]!;
    const p = regions[n - 1]!;
    if (r.days.length > 0 || p.to + 1 !== r.from) continue;
    if (els.slice(r.from, r.l).some((el) => el.t === 'DP' || el.t === 'N' || el.t === 'P' || el.t === 'X')) continue;
    const shared = before.has(p.l) && p.days.length ? p.days.flatMap((k) => (els[k] as ElOf<'D'>).entries) : p.inherited;
    if (shared) r.inherited = shared.map((e) => ({ days: e.days, ...(e.nth ? { nth: e.nth } : {}), ...(e.weeks ? { weeks: e.weeks } : {}) }));
  }
  const unowned = els.flatMap((el, i) => (el.t === 'D' && !owner.has(i) ? [i] : []));
  return { regions, unowned };
}

const startOf = (range: string) => range.slice(0, 5);

/** A part of the comment as shown: marks and a dangling "et" off its ends, single spaces. */
const tidySpan = (part: string) =>
  part
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:/()_\-–—]+|(?:[\s,;:/(_\-–—]|\s(?:et|ou)\b)+$/gi, '')
    .trim();

/** Ranges that fit a half-day: the morning's start before 12:30, the afternoon's at 11:30 or later. */
function fitting(ranges: string[], part: DayPart | undefined): string[] {
  if (!part || part === 'day') return ranges;
  return ranges.filter((r) => (part === 'morning' ? startOf(r) < '12:30' : startOf(r) >= '11:30'));
}

function slotsOf(entries: Entry[]): StopSlot[] {
  const slots: StopSlot[] = [];
  for (const e of entries) {
    const key = JSON.stringify([e.dayPart, e.nth, e.weeks, e.times]);
    const same = slots.find((s) => JSON.stringify([s.dayPart, s.nth, s.weeks, s.times]) === key);
    if (same) {
      for (const d of e.days) if (!same.days.includes(d)) same.days.push(d);
      same.days.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
      continue;
    }
    const slot: StopSlot = { days: [...e.days] };
    if (e.dayPart) slot.dayPart = e.dayPart;
    if (e.times?.length) slot.times = e.times;
    if (e.nth) slot.nth = e.nth;
    if (e.weeks) slot.weeks = e.weeks;
    slots.push(slot);
  }
  return slots;
}

function placeOf(els: El[], r: Region, text: string): string | undefined {
  const chunks: string[] = [];
  let run: ElOf<'W'>[] = [];
  const flush = () => {
    let a = 0;
    let b = run.length;
    while (a < b && FILLER.has(run[a]!.f)) a++;
    while (b > a && (FILLER.has(run[b - 1]!.f) || run[b - 1]!.f === '')) b--;
    let first = run.findIndex((w, i) => i >= a && i < b && PLACE_NOUNS.has(w.f));
    if (first >= 0) {
      const number = [first - 1, first - 2].find((i) => i >= a && /^\d/.test(run[i]!.f));
      if (number !== undefined) first = number;
      chunks.push(text.slice(run[first]!.s, run[b - 1]!.e).replace(/\s+/g, ' '));
    }
    run = [];
  };
  for (let k = r.from; k <= r.to; k++) {
    const el = els[k]!;
    if (el.t === 'W') run.push(el);
    else if (el.t === 'S' && el.ch === '-' && run.length && !/\s/.test(text[el.s - 1] ?? ' ')) continue;
    else if (el.t === 'PC' && run.length) continue;
    else flush();
  }
  flush();
  return chunks.length ? [...new Set(chunks)].join(', ') : undefined;
}

function readRegion(els: El[], r: Region, ctx: Context): { stops: ParsedStop[]; refused?: LeftoverReason } {
  const l = els[r.l] as ElOf<'L'>;
  let refused: LeftoverReason | undefined = ctx.weekOfMonth ? 'week-of-month' : undefined;
  let appointment = false;
  const groups: Entry[][] = [];
  let current: Entry[] | undefined;
  let pendingTimes: string[] = [];
  const extra: El[] = [];
  const lastDayBefore = Math.max(-1, ...r.days.filter((k) => k < r.l));
  for (let k = r.from; k <= r.to; k++) {
    const el = els[k]!;
    // "Mercredi : Laffite ( semaines paires) Caumont ( semaines impaires)": a week said of a name that is
    // not a commune here; the day may be that name's, not this one's.
    if (k > lastDayBefore && k < r.l && lastDayBefore >= 0 && (el.t === 'P' || el.t === 'N')) refused ??= 'unread-schedule';
    if (el.t === 'D' && r.days.includes(k)) {
      current = el.entries.map((e) => ({ ...e }));
      groups.push(current);
      if (pendingTimes.length) {
        current.forEach((e) => (e.times = [...pendingTimes]));
        pendingTimes = [];
      }
    } else if (el.t === 'D') refused ??= 'unread-schedule';
    else if (el.t === 'T') {
      if (current) current.forEach((e) => (e.times = [...(e.times ?? []), ...el.ranges]));
      else pendingTimes.push(...el.ranges);
    } else if (el.t === 'X') refused ??= el.reason;
    else if (el.t === 'A') appointment ||= el.value;
    else if (el.t === 'N' || el.t === 'DP' || el.t === 'P') extra.push(el);
    else if (el.t === 'W' && isNegation(el)) refused ??= 'negation';
    else if (el.t === 'W' && el.f === 'ou' && k > Math.min(r.l, ...r.days) && k < Math.max(r.l, ...r.days)) refused ??= 'alternative';
    else if (el.t === 'W' && UNREAD_SCHEDULE.has(el.f)) refused ??= 'unread-schedule';
  }
  if (groups.length === 0 && r.inherited) {
    groups.push(r.inherited.map((e) => ({ ...e, ...(pendingTimes.length ? { times: [...pendingTimes] } : {}) })));
    pendingTimes = [];
  }
  if (groups.length === 0) {
    const x = els.slice(r.from, r.l).find((el): el is ElOf<'X'> => el.t === 'X');
    return { stops: [], refused: x?.reason ?? 'no-weekday' };
  }
  if (pendingTimes.length) groups[groups.length - 1]!.forEach((e) => (e.times = [...(e.times ?? []), ...pendingTimes]));
  const entries = groups.flat();
  const said = (t: 'DP' | 'P' | 'N') => new Set(extra.filter((m) => m.t === t).map((m) => JSON.stringify(m.t === 'DP' ? m.part : m.t === 'P' ? m.weeks : m.t === 'N' ? m.nth : '')));
  if (said('DP').size > 1 || said('P').size > 1 || said('N').size > 1) refused ??= 'unread-schedule';
  for (const m of extra)
    for (const e of entries) {
      if (m.t === 'DP') e.dayPart ??= m.part;
      else if (m.t === 'P') e.weeks ??= m.weeks;
      else if (m.t === 'N') e.nth ??= m.nth;
    }
  for (const e of entries) {
    if (ctx.parity) e.weeks ??= ctx.parity;
    if (e.times) {
      const fit = fitting(e.times, e.dayPart);
      if (fit.length === 0) refused ??= 'times-conflict';
      e.times = fit;
    } else if (ctx.globalTimes.length) {
      const fit = fitting(ctx.globalTimes, e.dayPart ?? ctx.globalPart);
      if (fit.length) e.times = fit;
    }
    if (!e.times?.length) {
      delete e.times;
      e.dayPart ??= ctx.globalPart;
      if (!e.dayPart) delete e.dayPart;
    }
  }
  if (refused) return { stops: [], refused };
  const slots = slotsOf(entries);
  const hours = slotsToOsm(slots);
  const span: [number, number] = [els[r.from]!.s, els[r.to]!.e];
  const text = tidySpan(ctx.text.slice(...span));
  const place = placeOf(els, r, ctx.text);
  const stops: ParsedStop[] = [];
  for (const c of l.communes) {
    if (c.communes.length !== 1) continue;
    const commune: Commune = c.communes[0]!;
    const stop: ParsedStop = { insee: commune.insee, commune: commune.name, dep: commune.dep, slots: structuredClone(slots), text, spans: [span] };
    if (!isCurrentName(commune, c.written)) stop.locality = tidyName(c.written.replace(/\s+/g, ' '));
    if (place) stop.place = place;
    if (hours) stop.hours = hours;
    if (appointment) stop.appointment = true;
    stops.push(stop);
  }
  const ambiguous = l.communes.some((c) => c.communes.length > 1);
  return { stops, ...(ambiguous ? { refused: 'ambiguous-commune' as const } : {}) };
}

/** Two parts joined by "ou" are alternatives unless each says which weeks it is: then both hold. */
function alternativesAt(els: El[], a: Region, b: Region): boolean {
  const core = (r: Region) => [Math.min(r.l, ...r.days), Math.max(r.l, ...r.days)] as const;
  const [, aEnd] = core(a);
  const [bStart] = core(b);
  for (let k = aEnd + 1; k < bStart; k++) if (isW(els[k], 'ou')) return true;
  return false;
}

function hasWeekSelector(els: El[], r: Region): boolean {
  for (let k = r.from; k <= r.to; k++) {
    const el = els[k]!;
    if (el.t === 'N' || el.t === 'P') return true;
    if (el.t === 'D' && el.entries.some((e) => e.nth || e.weeks)) return true;
  }
  return false;
}

function mergeStops(stops: ParsedStop[]): ParsedStop[] {
  const out: ParsedStop[] = [];
  for (const s of stops) {
    const same = out.find((o) => o.insee === s.insee && o.locality === s.locality && o.place === s.place);
    if (!same) {
      out.push(s);
      continue;
    }
    for (const slot of s.slots) if (!same.slots.some((o) => JSON.stringify(o) === JSON.stringify(slot))) same.slots.push(slot);
    same.spans.push(...s.spans);
    same.text = `${same.text} … ${s.text}`;
    same.appointment ||= s.appointment;
    if (!same.appointment) delete same.appointment;
    const hours = slotsToOsm(same.slots);
    if (hours) same.hours = hours;
    else delete same.hours;
  }
  return out;
}

/** Read the stops of one comment, looking communes up in the service's département (see Scope). */
export function parseComment(raw: string, g: Gazetteer, scope: Scope): CommentParse {
  const text = cleanComment(raw);
  const els = groupCommunes(groupDays(dropNegatedParentheses(findCommunes(tokenize(text), text, g, scope).map(element))));
  const stops: ParsedStop[] = [];
  const leftovers: Leftover[] = [];
  const ctx: Context = { text, globalTimes: [], weekOfMonth: false };
  const leave = (reason: LeftoverReason, s: number, e: number, insee?: string[]) => {
    const part = tidySpan(text.slice(s, e));
    if (part) leftovers.push({ reason, text: part, span: [s, e], ...(insee?.length ? { insee } : {}) });
  };

  // Sentences, then clauses; a parity written before a run of days ("Les semaines paires : …") holds
  // until the next one, and so does "1ère semaine du mois" (which refuses all that follows).
  let sentenceStart = 0;
  for (let i = 0; i <= els.length; i++) {
    const el = els[i];
    const endsSentence = !el || (el.t === 'S' && (el.ch === '.' || el.ch === '\n'));
    if (!endsSentence) continue;
    const sentence = els.slice(sentenceStart, i);
    sentenceStart = i + 1;
    const firstContent = sentence.findIndex((x) => x.t === 'D' || x.t === 'L');
    const lead = firstContent < 0 ? sentence : sentence.slice(0, firstContent);
    ctx.globalTimes = lead.flatMap((x) => (x.t === 'T' ? x.ranges : []));
    const leadPart = lead.find((x): x is ElOf<'DP'> => x.t === 'DP');
    if (leadPart && ctx.globalTimes.length) ctx.globalPart = leadPart.part;
    else delete ctx.globalPart;

    let clauseStart = 0;
    for (let c = 0; c <= sentence.length; c++) {
      const x = sentence[c];
      const mode = x && (x.t === 'P' || (x.t === 'X' && x.reason === 'week-of-month')) && !['D', 'L'].includes(sentence[c - 1]?.t ?? '') && isModeMarker(sentence, c);
      if (x && !(x.t === 'S' && STRONG.has(x.ch)) && !mode) continue;
      readClause(sentence.slice(clauseStart, c));
      if (mode && x.t === 'P') ctx.parity = x.weeks;
      if (mode && x.t === 'X') ctx.weekOfMonth = true;
      clauseStart = c + 1;
    }
  }
  return { text, stops: mergeStops(stops), leftovers };

  function readClause(clause: El[]) {
    if (clause.length === 0) return;
    const { regions, unowned } = regionsOf(clause, text);
    if (unowned.length) {
      const first = clause[unowned[0]!]!;
      const endEl = regions.length && regions[0]!.from > unowned[0]! ? clause[regions[0]!.from - 1]! : clause[clause.length - 1]!;
      leave('no-commune', first.s, Math.max(endEl.e, clause[unowned[unowned.length - 1]!]!.e));
    }
    const results = regions.map((r) => readRegion(clause, r, ctx));
    regions.forEach((r, n) => {
      const next = regions[n + 1];
      if (next && alternativesAt(clause, r, next) && !(hasWeekSelector(clause, r) && hasWeekSelector(clause, next))) {
        results[n] = { stops: [], refused: 'alternative' };
        results[n + 1] = { stops: [], refused: 'alternative' };
      }
    });
    regions.forEach((r, n) => {
      const res = results[n]!;
      stops.push(...res.stops);
      if (r.tail) leave('no-commune', clause[r.tail[0]]!.s, clause[r.tail[1]]!.e);
      if (res.refused) {
        const l = clause[r.l] as ElOf<'L'>;
        const insee = l.communes.flatMap((c) => c.communes.map((x) => x.insee));
        leave(res.refused, clause[r.from]!.s, clause[r.to]!.e, insee);
      }
    });
  }
}

/** "Les semaines impaires : lundi…", "semaine paire mercredi…": a parity that opens a run of days. */
function isModeMarker(els: El[], i: number): boolean {
  let k = i + 1;
  while (isSep(els[k], ':')) k++;
  return els[k]?.t === 'D' || isSep(els[i + 1], ':');
}
