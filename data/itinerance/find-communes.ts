// Commune names in a comment's words, looked up in the gazetteer inside the service's département:
// the longest run of words that is a commune's name (current, former or delegated) there.
import type { Commune } from '../../src/shared/place';
import { distanceKm } from '../../src/shared/geo';
import { communesNamed, depOfPostcode, type Gazetteer } from '../communes';
import type { Token } from './lexer';

export interface CommuneToken {
  k: 'commune';
  s: number;
  e: number;
  /** One: resolved. Several: the name is ambiguous in the département (not a stop). */
  communes: Commune[];
  written: string;
}
export type Item = Token | CommuneToken;

const MAX_WORDS = 8;
const ARTICLES = new Set(['le', 'la', 'les', "l'"]);
/** "rue de la", "Pays d'": skipped when looking at the word before a name. */
const LINKS = new Set(['de', 'du', 'des', "d'", ...ARTICLES]);
const FUNCTION_WORDS = new Set(['de', 'du', 'des', "d'", 'et', 'a', 'au', 'aux', 'en', 'sur', 'sous', 'par', 'pour', 'dans', 'chez', 'ou', 'ses', 'son', ...ARTICLES]);

/**
 * Single words that are the name of a commune somewhere but, in these comments, mean what they say
 * ("mairie", "centre", "marché"…): never read alone as a commune.
 */
const NOT_ALONE = new Set([
  'mairie', 'mairies', 'centre', 'place', 'marche', 'gare', 'poste', 'bourg', 'ville', 'val', 'mont', 'port', 'pont', 'plan',
  'saint', 'sainte', 'eglise', 'ecole', 'salle', 'maison', 'espace', 'rue', 'route', 'bus', 'quartier', 'nord', 'sud', 'est',
  'ouest', 'bois', 'foret', 'lac', 'mer', 'ile', 'montagne', 'vallee', 'plaine', 'cote', 'village', 'communes', 'commune',
  'service', 'services', 'social', 'accueil', 'antenne', 'site', 'sites', 'annexe', 'poterie', 'fontaine', 'moulin', 'chapelle',
  'portes',
]);

/** A commune name right after these is part of an address or of an organisation's name, not a place of call. */
const STREET = new Set(['rue', 'route', 'avenue', 'av', 'bd', 'boulevard', 'chemin', 'allee', 'impasse', 'quai', 'faubourg', 'square', 'esplanade', 'place', 'cours', 'chaussee', 'porte']);
const AREA = new Set(['communaute', 'agglomeration', 'agglo', 'cc', 'cdc', 'pays', 'canton', 'cantons', 'secteur', 'territoire', 'metropole', 'departement', 'vallee', 'region', 'intercommunalite']);

const isWord = (t: Token | undefined, ...f: string[]): t is Extract<Token, { k: 'word' }> => t?.k === 'word' && (f.length === 0 || f.includes(t.f));

/** Is the run tokens[from..to] part of a street address or an area's name? */
function inName(tokens: Token[], from: number, to: number): boolean {
  let i = from - 1;
  for (let t = tokens[i]; isWord(t) && LINKS.has(t.f); t = tokens[i]) i--;
  const before = tokens[i];
  if (isWord(before)) {
    if (STREET.has(before.f) || AREA.has(before.f)) return true;
    if (before.f === 'services' && isWord(tokens[i - 1], 'france')) return true;
    if (before.f === 'communes' && isWord(tokens[i - 2], 'communaute')) return true;
  }
  return isWord(tokens[to + 1], 'agglomeration', 'agglo', 'communaute', 'metropole');
}

/** The words of tokens[from..to] as a name: "-" joins, "/" reads "sur" ("Saint Georges/Arnon", "Verteuil s/ Charente"). */
function nameOf(tokens: Token[], from: number, to: number): string | undefined {
  const words: string[] = [];
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.k === 'word') words.push(t.text);
    else if (t.k === 'sep' && t.ch === '/') {
      if (words[words.length - 1]?.toLowerCase() === 's') words.pop();
      words.push('sur');
    } else if (!(t.k === 'sep' && t.ch === '-')) return undefined;
  }
  return words.join(' ');
}

export interface Scope {
  /** The service's département: names are looked up there. */
  dep: string;
  /**
   * The service's own position: a name unknown in `dep` may be the one commune of that name within
   * `km` of it (a bus of Pertuis, 84, stopping across the Durance at Meyrargues, 13).
   */
  near?: { lat: number; lon: number; km: number };
}

/**
 * Replace every run of words that names exactly one or several communes of `dep` by a commune token
 * (a name inside a street's or an organisation's name is left as words).
 * A five-digit postcode written next to the name may take the lookup to the postcode's département
 * and picks among homonyms; `near` is the other way out of `dep`.
 */
export function findCommunes(tokens: Token[], text: string, g: Gazetteer, scope: Scope): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    const canStart = isWord(first) && (!FUNCTION_WORDS.has(first.f) || ARTICLES.has(first.f));
    const found = canStart ? longestName(tokens, text, i, g, scope) : undefined;
    if (!found) {
      out.push(first);
      continue;
    }
    if (found.token.communes.length === 0) {
      // An organisation's or a street's name ("agglomération d'Evreux Portes de Normandie"): its
      // other words are not communes either.
      for (; i < tokens.length && tokens[i]!.k === 'word'; i++) out.push(tokens[i]!);
      i--;
      continue;
    }
    out.push(found.token);
    i = found.to;
  }
  return out;
}

function longestName(tokens: Token[], text: string, from: number, g: Gazetteer, { dep, near }: Scope): { token: CommuneToken; to: number } | undefined {
  // The run: words joined by nothing, "-" or "/".
  const ends: number[] = [];
  for (let i = from, words = 0; i < tokens.length && words < MAX_WORDS; i++) {
    const t = tokens[i]!;
    if (t.k === 'word' && /^\d+$/.test(t.f)) break;
    if (t.k === 'word') {
      words++;
      ends.push(i);
    } else if (!(t.k === 'sep' && (t.ch === '-' || t.ch === '/'))) break;
  }
  for (const to of ends.reverse()) {
    const last = tokens[to] as Extract<Token, { k: 'word' }>;
    if (FUNCTION_WORDS.has(last.f)) continue;
    if (to === from && (NOT_ALONE.has(last.f) || last.f.length < 3)) continue;
    const name = nameOf(tokens, from, to);
    if (!name) continue;
    let communes = communesNamed(g, name, dep);
    const postcode = [tokens[from - 1], tokens[to + 1]].find((t) => t?.k === 'postcode') as { code: string } | undefined;
    if (postcode) {
      const other = depOfPostcode(postcode.code);
      if (communes.length === 0 && other && other !== dep) communes = communesNamed(g, name, other);
      const withCode = communes.filter((c) => c.postcodes.includes(postcode.code));
      if (withCode.length > 0 || (other && other !== dep)) communes = withCode;
    }
    if (communes.length === 0 && near && !postcode) {
      const close = communesNamed(g, name).filter((c) => distanceKm(near.lat, near.lon, c.lat, c.lon) <= near.km);
      if (close.length === 1) communes = close;
    }
    if (communes.length === 0) continue;
    const s = tokens[from]!.s;
    const e = last.e;
    const named = inName(tokens, from, to) ? [] : communes;
    return { token: { k: 'commune', s, e, communes: named, written: text.slice(s, e) }, to };
  }
  return undefined;
}
