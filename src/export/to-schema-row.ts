// One Place → one row of the national schema, or the reasons it cannot be a valid row.
// Pure: no DOM, no Node (the page and data/export/cli.ts both use it).
import type { Place } from '../shared/place';
import {
  ACCESS_LABELS,
  FEE_LABELS,
  FIXED,
  ITINERANT,
  KIND_TYPOLOGIE,
  LIST_SEPARATOR,
  PROGRAMME_LABELS,
  PUBLIC_LABELS,
  SERVICE_LABELS,
  SUPPORT_LABELS,
  UNKNOWN_PIVOT,
  type SchemaRow,
} from './national-schema';

/** Why a place is not written: a field the schema requires is missing or malformed. */
export type Refusal = 'nom-missing' | 'commune-missing' | 'adresse-missing' | 'code_postal-missing' | 'code_postal-invalid' | 'date_maj-missing' | 'id-duplicate';

/** Written, but something of the record could not go into the schema and was left out. */
export type Note =
  | 'telephone-invalid'
  | 'code_insee-invalid'
  | 'horaires-not-osm'
  | 'services-none'
  | 'date_maj-from-month'
  | 'date_maj-from-year';

export type RowResult = { ok: true; row: SchemaRow; notes: Note[] } | { ok: false; reasons: Refusal[] };

// The schema's own patterns (fully anchored, as Table Schema patterns are).
const PHONE = /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$/;
const POSTCODE = /^\d{5}$/;
const INSEE = /^([013-9]\d|2[AB1-9])\d{3}$/;

/** Labels of `ids` in the order of the schema's list (the order of `labels`' keys). */
function listOf<K extends string>(labels: Partial<Record<K, string>>, ids: readonly K[] | undefined): string | undefined {
  if (!ids?.length) return undefined;
  const wanted = new Set<string>(ids);
  const out = (Object.keys(labels) as K[]).filter((k) => wanted.has(k)).map((k) => labels[k]!);
  return out.length ? out.join(LIST_SEPARATOR) : undefined;
}

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * A source date as the schema's YYYY-MM-DD. Datasets dated by month or year ("2022-07", "2023")
 * get the first day of that period: the earliest the data can be from, never fresher than it is.
 */
export function fullDate(date: string): { date: string; padded?: 'month' | 'year' } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const iso = `${y}-${mo ?? '01'}-${d ?? '01'}`;
  const t = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso) return undefined;
  return d ? { date: iso } : { date: iso, padded: mo ? 'month' : 'year' };
}

/** The newest of the record's source dates: when the record was last said to be true. */
export function newestSourceDate(place: Place): { date: string; padded?: 'month' | 'year' } | undefined {
  let best: ReturnType<typeof fullDate>;
  for (const s of place.sources) {
    const d = fullDate(s.date);
    if (d && (!best || d.date > best.date)) best = d;
  }
  return best;
}

/** `|` separates values inside a cell: a URL carrying one keeps it percent-encoded. */
const oneUrl = (url: string) => url.replace(/\|/g, '%7C');

/**
 * `publisherOf` names the publisher of a dataset id (manifest.sources): the schema's `source` is
 * "the structure that collected the data", one per dataset the record comes from.
 */
export function toSchemaRow(place: Place, publisherOf: (sourceId: string) => string | undefined): RowResult {
  const reasons: Refusal[] = [];
  const notes: Note[] = [];
  const name = place.name?.trim();
  const commune = place.address?.commune?.trim();
  const street = place.address?.street?.trim();
  const postcode = place.address?.postcode?.trim();
  const date = newestSourceDate(place);
  if (!name) reasons.push('nom-missing');
  if (!commune) reasons.push('commune-missing');
  if (!street) reasons.push('adresse-missing');
  if (!postcode) reasons.push('code_postal-missing');
  else if (!POSTCODE.test(postcode)) reasons.push('code_postal-invalid');
  if (!date) reasons.push('date_maj-missing');
  if (reasons.length) return { ok: false, reasons };

  const row: SchemaRow = {
    id: place.id,
    pivot: UNKNOWN_PIVOT,
    nom: name!,
    commune: commune!,
    code_postal: postcode!,
    adresse: street!,
    latitude: place.lat,
    longitude: place.lon,
    itinerance: place.mobile ? ITINERANT : FIXED,
    date_maj: date!.date,
  };
  if (date!.padded) notes.push(date!.padded === 'year' ? 'date_maj-from-year' : 'date_maj-from-month');

  const insee = place.address.insee;
  if (insee && INSEE.test(insee)) row.code_insee = insee;
  else if (insee) notes.push('code_insee-invalid');

  const typologie = KIND_TYPOLOGIE[place.kind];
  if (typologie) row.typologie = typologie;

  if (place.phone && PHONE.test(place.phone)) row.telephone = place.phone;
  else if (place.phone) notes.push('telephone-invalid');
  if (place.email) row.courriels = place.email;
  if (place.website) row.site_web = oneUrl(place.website);
  if (place.hours) row.horaires = place.hours;
  else if (place.hoursText) notes.push('horaires-not-osm');

  const source = unique(place.sources.map((s) => publisherOf(s.id) ?? s.id));
  if (source.length) row.source = source.join(LIST_SEPARATOR);

  const services = listOf(SERVICE_LABELS, place.services);
  if (services) row.services = services;
  else notes.push('services-none');
  const publics = listOf(PUBLIC_LABELS, place.publics);
  if (publics) row.publics_specifiquement_adresses = publics;
  const support = listOf(SUPPORT_LABELS, place.support);
  if (support) row.prise_en_charge_specifique = support;
  if (place.fees) row.frais_a_charge = FEE_LABELS[place.fees];

  const labels = place.labels ?? [];
  const programmes = listOf(PROGRAMME_LABELS, labels);
  if (programmes) row.dispositif_programmes_nationaux = programmes;
  const others = labels.filter((l) => !(l in PROGRAMME_LABELS));
  if (others.length) row.autres_formations_labels = others.join(LIST_SEPARATOR);

  const access = listOf(ACCESS_LABELS, place.access);
  if (access) row.modalites_acces = access;
  if (typeof place.appointment === 'string') row.prise_rdv = oneUrl(place.appointment);

  return { ok: true, row, notes };
}
