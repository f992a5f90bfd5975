// The normalised place record: the one contract between the pipeline (data/) and the app (src/).
// Pure types and constants only: no DOM, no Node.
import type { BusStop, StopOf } from './stop';

export const KINDS = ['france-services', 'mediation', 'tiers-lieu', 'mediatheque'] as const;
export type Kind = (typeof KINDS)[number];

/** The nine services of the national schema, plus what libraries and portals tell us. */
export const SERVICES = [
  'demarches', // Aide aux démarches administratives
  'outils-quotidien', // Maîtrise des outils numériques du quotidien
  'insertion-pro', // Insertion professionnelle via le numérique
  'numerique-securise', // Utilisation sécurisée du numérique
  'parentalite', // Parentalité et éducation avec le numérique
  'loisirs-creations', // Loisirs et créations numériques
  'culture-numerique', // Compréhension du monde numérique
  'acces-materiel', // Accès internet et matériel informatique
  'materiel-solidaire', // Acquisition de matériel informatique à prix solidaire
  'wifi',
  'printing',
] as const;
export type Service = (typeof SERVICES)[number];

export const SUPPORTS = [
  'surdite',
  'handicap-moteur',
  'handicap-mental',
  'illettrisme',
  'langues-etrangeres',
  'deficience-visuelle',
] as const;
export type Support = (typeof SUPPORTS)[number];

export const PUBLICS = ['jeunes', 'etudiants', 'familles', 'seniors', 'demandeurs-emploi', 'femmes', 'tous'] as const;
export type Public = (typeof PUBLICS)[number];

export const FEES = ['gratuit', 'gratuit-sous-condition', 'payant'] as const;
export type Fee = (typeof FEES)[number];

/** How one gets help there (schema `modalites_acces`): walk in, call, write, book online. */
export const ACCESS_MODES = ['se-presenter', 'telephoner', 'contacter-par-mail', 'prendre-rdv'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export interface Address {
  street?: string;
  postcode?: string;
  commune: string;
  /** INSEE code of the current commune. */
  insee?: string;
}

export interface PlaceSource {
  /** Id of the dataset, as in manifest.sources[].id */
  id: string;
  /** The row's own update date when the source gives one (YYYY-MM-DD), else the dataset's date. */
  date: string;
}

export interface Place {
  /** Stable across rebuilds: derived from source id + the row's id in that source. Safe in URLs ([a-z0-9-]). */
  id: string;
  name: string;
  kind: Kind;
  /** Bus, bibliobus, itinerant service: the address is a base, not where it always is. */
  mobile?: true;
  lat: number;
  lon: number;
  /** Département code ('01'…'95', '2A', '2B', '971'…'976'). */
  dep: string;
  address: Address;
  /** E.164, e.g. +33612345678, +590590…, +596596… */
  phone?: string;
  email?: string;
  /** http(s) only. */
  website?: string;
  /** Valid OSM opening_hours (checked with the opening_hours library at build time). */
  hours?: string;
  /** Hours the pipeline could not parse, kept verbatim to be shown as plain text. */
  hoursText?: string;
  /**
   * The week's open intervals when `hours` are the same every week (computed with opening_hours at
   * build time, data/weekly-hours.ts): seven day fields, Monday first, joined by "|", each
   * "HH:MM-HH:MM" ranges joined by ","; the app reads "open now" from it without the library.
   */
  week?: string;
  /** Booking link (http(s)) or true when the source only says "sur rendez-vous". */
  appointment?: string | true;
  services: Service[];
  publics?: Public[];
  support?: Support[];
  fees?: Fee;
  /** Only what the source says; absent means unknown (not "appointment only"). */
  access?: AccessMode[];
  /** e.g. 'France Services', 'Conseiller numérique', 'Aidants Connect' */
  labels?: string[];
  /** Ids of the records merged into this one: a link or a favourite naming one of them still finds this place. */
  aliases?: string[];
  sources: PlaceSource[];
  /** This record is a stop of a bus or itinerant service (src/shared/stop.ts), not a place of its own. */
  stop?: StopOf;
  /** A bus or itinerant service: where and when it stops, in the order its sources list them. */
  stops?: BusStop[];
}

/** A commune of the gazetteer, as shipped for offline town search. */
export interface Commune {
  insee: string;
  name: string;
  dep: string;
  postcodes: string[];
  lat: number;
  lon: number;
  population?: number;
}

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string;
  licence: string;
  /** Dataset date (YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** Official page or download address. */
  url: string;
  /** Where a user can ask for a correction. */
  correctionUrl?: string;
  rowsRead: number;
  rowsKept: number;
  rowsRejected: number;
  rowsMerged: number;
  /** Rows replaced by a newer row of the same place in another file (a later export). */
  rowsSuperseded?: number;
  /** Places of the index that cite this source (their own, or merged with others). */
  places?: number;
  /** Stop records of buses (Place.stop) that cite this source. */
  stops?: number;
}

export interface DataFile {
  /** Path relative to public/data/, content-hashed name. */
  path: string;
  bytes: number;
  /** The first hex digits of the content's sha256 (16 in the manifest, data/write-index.ts; 10 for gazetteer pieces, named by them). */
  sha256: string;
  /**
   * 'gazetteer' is the gazetteer's directory (src/shared/gazetteer-pieces.ts), the one gazetteer
   * file in the manifest; its pieces ('gazetteer-all', '-dep', '-name') are listed in it.
   */
  type: 'departement' | 'france' | 'gazetteer' | 'gazetteer-all' | 'gazetteer-dep' | 'gazetteer-name';
  /** For type 'departement' and 'gazetteer-dep'. */
  dep?: string;
  /** For type 'gazetteer-name': the normalised name prefix it answers. */
  key?: string;
  /** [minLon, minLat, maxLon, maxLat] of the places of the file. */
  bbox?: [number, number, number, number];
  /** Number of records in the file (places and stops). */
  count: number;
  /** How many of them are stops of buses and itinerant services (Place.stop). */
  stops?: number;
  /** Bytes once gzipped (what a phone really downloads). */
  gzipBytes: number;
}

export interface Manifest {
  /** Hash of the content: changes whenever any data file changes. */
  version: string;
  /** Derived from the inputs (latest date of the place sources), so that same inputs give identical outputs. */
  generatedAt: string;
  /** Oldest and newest information dates of the places (each at its freshest source): "Données de 2019 à 2024". */
  dateRange?: { from: string; to: string };
  sources: SourceInfo[];
  counts: {
    total: number;
    byKind: Record<Kind, number>;
    byDepartement: Record<string, Partial<Record<Kind, number>>>;
    /** Stop records of buses and itinerant services in the files, beside the places (not counted in `total`). */
    stops?: number;
  };
  files: DataFile[];
}
