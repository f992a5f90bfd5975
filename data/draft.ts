// What an adapter hands over: one source row, with source-specific fields already mapped onto our
// vocabulary but not yet validated (position, commune, contact fields are checked in build-place.ts).
import type { Place } from '../src/shared/place';
import type { KindHints } from './classify';
import { sha256 } from './file-hash';

/** Fields the adapter has already mapped onto the record's own vocabulary. */
type Mapped = Pick<Place, 'appointment' | 'services' | 'publics' | 'support' | 'fees' | 'access' | 'labels'>;

export interface Draft extends Mapped {
  /** Dataset id (sources.ts). */
  source: string;
  /** Data row number in the file (1 = first record after the header), for the report. */
  row: number;
  /** Place id: `<prefix>-<source row id>`, [a-z0-9-]. */
  id: string;
  name?: string;
  /** What classifyKind reads besides the name (build-place.ts passes the tidied name). */
  kind: Omit<KindHints, 'name'>;
  mobile?: boolean;
  lat?: unknown;
  lon?: unknown;
  street?: string;
  postcode?: string;
  commune?: string;
  insee?: string;
  phone?: string;
  email?: string;
  website?: string;
  /** OSM opening_hours candidate. */
  hours?: string;
  /** Hours the adapter already knows are not OSM (kept as text). */
  hoursText?: string;
  /** Row update date (YYYY-MM-DD) when the source gives one (normalise/date.ts). */
  date?: string;
  /** Ids of records of other files this row says it is (merge.ts joins them whatever the distance). */
  refs?: string[];
}

/** The app opens `?place=ID` for ids of at most this many characters (src/app/url-state.ts). */
export const MAX_ID_LENGTH = 100;

/**
 * Source row id → URL-safe place id `<prefix>-<slug>`. Longer than MAX_ID_LENGTH (Gironde's ids are
 * name + town: 129 characters for one), the slug is cut and a hash of the whole keeps it unique.
 */
export function slugId(prefix: string, raw: unknown): string | undefined {
  const s = String(raw ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!s) return undefined;
  const id = `${prefix}-${s}`;
  if (id.length <= MAX_ID_LENGTH) return id;
  const hash = sha256(id).slice(0, 8);
  return `${id.slice(0, MAX_ID_LENGTH - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}
