// Kind of a place, by written rules applied in order (first match wins). See docs/data.md.
import type { Kind, Place } from '../src/shared/place';
import { fold } from './normalise/text';

export interface KindHints {
  /** Which family of dataset the row comes from. */
  dataset: 'france-services' | 'mediation' | 'bibliotheques' | 'maine-et-loire';
  /** The dataset is an official list of one kind (the tiers-lieux census): every row is of that kind. */
  list?: Kind;
  /**
   * The national France Services list is part of the build: it is newer than every other file, so
   * a place it does not list is not (or no longer) a France Services, whatever its old file says.
   */
  franceServicesListed?: boolean;
  name: string;
  /** `typologie` codes of the schema (EPN, TIERS_LIEUX, FABLAB, BIB, MSAP, RFS, …). */
  typologie?: string[];
  /** Free category of portal exports (Maine-et-Loire `Catégorie`). */
  category?: string;
}

const TIERS_LIEU_CODES = new Set(['TIERS_LIEUX', 'FABLAB']);
const FRANCE_SERVICES_CODES = new Set(['MSAP', 'RFS', 'FRANCE_SERVICES']);
const LIBRARY_CODES = new Set(['BIB', 'MEDIATHEQUE']);

const TIERS_LIEU_NAME = /\btiers ?lieux?\b|\bfab ?labs?\b|\bco ?working\b/;
const FRANCE_SERVICES_NAME = /\bfrance ?services?\b|\bmsap\b|\bmaisons? de services? au public\b/;
const LIBRARY_NAME = /\bmediatheques?\b|\bbibliotheques?\b/;

export function classifyKind(h: KindHints): Kind {
  const codes = new Set((h.typologie ?? []).map((c) => c.trim().toUpperCase()));
  const name = fold(h.name);
  const category = fold(h.category ?? '');
  const has = (set: Set<string>) => [...codes].some((c) => set.has(c));

  // 1. The national France Services list is authoritative for its own label, and a national list
  //    of one kind (the tiers-lieux census) for its own.
  if (h.dataset === 'france-services') return 'france-services';
  if (h.list) return h.list;
  // 2. Tiers-lieux are rare in every file: any explicit sign of one wins.
  if (has(TIERS_LIEU_CODES) || TIERS_LIEU_NAME.test(name) || TIERS_LIEU_NAME.test(category)) return 'tiers-lieu';
  // 3. The Culture ministry list holds libraries only, whatever else shares their building.
  if (h.dataset === 'bibliotheques') return 'mediatheque';
  // 4. France Services (ex-MSAP) by code, portal category or name, unless the national list is read.
  if (!h.franceServicesListed && (has(FRANCE_SERVICES_CODES) || FRANCE_SERVICES_NAME.test(category) || FRANCE_SERVICES_NAME.test(name))) {
    return 'france-services';
  }
  // 5. Libraries by BIB code, portal category or name.
  if (has(LIBRARY_CODES) || LIBRARY_NAME.test(category) || LIBRARY_NAME.test(name)) return 'mediatheque';
  // 6. Everything else (EPN, centres sociaux, associations, mairies…) is a mediation place.
  return 'mediation';
}

/** With the national list read, the "France Services" label is the list's to give, like the kind (rule 4). */
export function withListedLabelsOnly(place: Place, listId: string): Place {
  if (!place.labels?.includes('France Services') || place.sources.some((s) => s.id === listId)) return place;
  const labels = place.labels.filter((l) => l !== 'France Services');
  const { labels: _, ...rest } = place;
  return labels.length ? { ...place, labels } : rest;
}
