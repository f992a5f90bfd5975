// Schéma « lieux de médiation numérique », JSON array or CSV, in every wording met so far:
// - early (2021–2022): `conditions_access`, comma-separated `services`, `publics_accueillis`
//   mixing publics and disabilities;
// - v0 with `;` lists (hubs, data·inclusion extracts), `/` lists (Le Havre);
// - v1.0.x, the national export: `|` lists, `courriels`, `frais_a_charge`,
//   `dispositif_programmes_nationaux`, `prise_en_charge_specifique`, `publics_specifiquement_adresses`,
//   `modalites_acces`, `itinerance`.
// A source with its own column names declares a mapping onto the schema (data/mappings/,
// data/sources.ts). Only the fields listed here are ever read: mediator names and other free
// fields of the files never reach the index.
import type { Dataset } from '../sources';
import { schemaReader } from '../mapping';
import { parseRowDate } from '../normalise/date';
import { mapAccess, mapEquipment, mapFees, mapLabels, mapPublics, mapServices, mapSupport, noPublicReception } from '../normalise/vocabulary';
import { clean } from '../normalise/text';
import { normaliseWebsite } from '../normalise/website';
import { slugId } from '../draft';
import { parseCsv } from './csv';
import { readRows, type DraftFields, type Row } from './rows';
import type { Adapter } from './types';

const join = (...values: (string | undefined)[]) => values.filter(Boolean).join(';') || undefined;
/** The first value of a v1 `|` list: one e-mail, one website, one booking link per place. */
const first = (value: string | undefined) => value?.split('|')[0]?.trim() || undefined;

export const readMediationSchema: Adapter = (text, dataset) => {
  const trimmed = text.trimStart();
  const toDraft = (r: Row) => rowToDraft(r, dataset);
  const id = (r: Row) => rowId(r, dataset);
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const parsed: unknown = JSON.parse(trimmed);
    const rows = (Array.isArray(parsed) ? parsed : []).map((record: unknown, i) => ({ row: i + 1, record }));
    return readRows(rows, [], dataset, id, toDraft);
  }
  const { rows, problems } = parseCsv(text);
  return readRows(rows, problems, dataset, id, toDraft);
};

/**
 * The place id. Files that gather several sources (data·inclusion) name each row by its source and
 * that source's id: rows of a source with an id space of its own here (conseiller-numerique →
 * `cnfs-`, Hinaura → `hinaura-`) keep that id, so the same place read from two files is one id.
 */
function rowId(r: Row, d: Dataset): string | undefined {
  const field = schemaReader(r, d.mapping);
  const raw = field('id');
  if (!d.idPrefixBySource) return slugId(d.idPrefix, raw);
  const source = field('source') ?? '';
  const prefix = d.idPrefixBySource[source];
  return prefix ? slugId(prefix, raw) : slugId(d.idPrefix, raw && `${source}-${raw}`);
}

/**
 * Other records this row says it is: hub exports name a conseiller numérique place or a France
 * Services by its id inside their own ("mediation-numerique-conseiller-numerique-<id>",
 * "<id>-mediation-numerique-france-services").
 */
export function referencedIds(rawId: string | undefined): string[] {
  if (!rawId) return [];
  const refs: string[] = [];
  const cnfs = /conseiller-numerique-([0-9a-f]{24})|([0-9a-f]{24})-mediation-numerique-conseiller-numerique/.exec(rawId);
  if (cnfs) refs.push(`cnfs-${cnfs[1] ?? cnfs[2]}`);
  const fs = /france-services-(\d+)|(\d+)-mediation-numerique-france-services/.exec(rawId);
  if (fs) refs.push(`fs-${fs[1] ?? fs[2]}`);
  return refs;
}

function rowToDraft(r: Row, d: Dataset): DraftFields | { reason: string } {
  const field = schemaReader(r, d.mapping);
  const source = field('source');
  const excluded = source ? d.excludeSources?.[source] : undefined;
  if (excluded) return { reason: excluded };
  const access = field('modalites_acces');
  if (noPublicReception(access)) return { reason: 'no-public-reception' };

  const typologie = field('typologie')?.split(/[;,|]/).map((t) => t.trim()).filter(Boolean);
  const booking = normaliseWebsite(first(field('prise_rdv')));
  const publics = join(field('publics_accueillis'), field('publics_specifiquement_adresses'));
  const itinerance = field('itinerance') ?? '';
  const draft: DraftFields = {
    name: field('nom'),
    kind: { dataset: 'mediation', ...(d.kind ? { list: d.kind } : {}), ...(typologie?.length ? { typologie } : {}) },
    lat: field('latitude'),
    lon: field('longitude'),
    street: join(field('adresse'), field('complement_adresse'))?.replace(/;/g, ', '),
    postcode: field('code_postal'),
    commune: field('commune'),
    // Hub Antilles rows carry their BAN geocoding result when `code_insee` is empty.
    insee: field('code_insee') ?? field('result_citycode'),
    phone: field('telephone'),
    email: first(field('courriels')) ?? field('courriel'),
    website: first(field('site_web')),
    hours: clean(field('horaires')),
    services: [...new Set([...mapServices(field('services')), ...mapEquipment(field('equipements'))])].sort(),
    publics: mapPublics(publics),
    support: mapSupport(join(field('publics_accueillis'), field('prise_en_charge_specifique'))),
    fees: mapFees(field('frais_a_charge') ?? field('conditions_acces') ?? field('conditions_access')),
    labels: mapLabels(join(field('labels_nationaux'), field('dispositif_programmes_nationaux'), field('labels_autres'), field('formations_labels'), field('autres_formations_labels'))),
    access: mapAccess(access),
    refs: referencedIds(field('id')),
  };
  // "Fixe|Itinérant": a place one can go to that also travels; its address is not a mere base.
  if (/itin[ée]rant/i.test(itinerance) && !/fixe/i.test(itinerance)) draft.mobile = true;
  if (booking) draft.appointment = booking;
  const date = parseRowDate(field('date_maj'));
  if (date) draft.date = date;
  return draft;
}
