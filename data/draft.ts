// What an adapter hands over: one source row, with source-specific fields already mapped onto our
// vocabulary but not yet validated (position, commune, contact fields are checked in build-place.ts).
import type { Place } from '../src/shared/place';
import type { KindHints } from './classify';

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

/** Source row id → URL-safe id part. */
export function slugId(prefix: string, raw: unknown): string | undefined {
  const s = String(raw ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s ? `${prefix}-${s}` : undefined;
}
