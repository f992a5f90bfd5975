// Schéma « lieux de médiation numérique », JSON array or CSV, early wording (2021–2022:
// `conditions_access`, comma-separated `services`, `publics_accueillis` mixing publics and
// disabilities) and current wording (`;` lists, `frais_a_charge`, `dispositif_programmes_nationaux`,
// `prise_en_charge_specifique`, `publics_specifiquement_adresses`, `typologie`), and schema v1
// (`|` lists, `courriels`, `itinerance`, `autres_formations_labels`: what src/export/ writes).
// Only the fields read here are ever published: mediator names and other free fields are ignored.
import { isoDate } from '../draft';
import { mapFees, mapLabels, mapPublics, mapServices, mapSupport } from '../normalise/vocabulary';
import { clean } from '../normalise/text';
import { normaliseWebsite } from '../normalise/website';
import { parseCsv } from './csv';
import { readRows, type DraftFields, type Row } from './rows';
import type { Adapter } from './types';

const join = (...values: unknown[]) => values.map((v) => clean(v)).filter(Boolean).join(';') || undefined;
/** The first value of a v1 `|` list (one e-mail, one website, one booking link per place). */
const first = (value: unknown) => clean(value)?.split('|')[0];

export const readMediationSchema: Adapter = (text, dataset) => {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const parsed: unknown = JSON.parse(trimmed);
    const rows = (Array.isArray(parsed) ? parsed : []).map((record: unknown, i) => ({ row: i + 1, record }));
    return readRows(rows, [], dataset, 'id', toDraft);
  }
  const { rows, problems } = parseCsv(text);
  return readRows(rows, problems, dataset, 'id', toDraft);
};

function toDraft(r: Row): DraftFields {
  const publicsText = join(r.publics_accueillis, r.publics_specifiquement_adresses);
  const labelsText = join(r.labels_nationaux, r.dispositif_programmes_nationaux, r.labels_autres, r.autres_formations_labels);
  const typologie = clean(r.typologie)?.split(/[;,|]/).map((t) => t.trim()).filter(Boolean);
  const booking = normaliseWebsite(first(r.prise_rdv));
  const draft: DraftFields = {
    name: clean(r.nom),
    kind: { dataset: 'mediation', ...(typologie?.length ? { typologie } : {}) },
    lat: r.latitude,
    lon: r.longitude,
    street: join(r.adresse, r.complement_adresse)?.replace(/;/g, ', '),
    postcode: clean(r.code_postal),
    commune: clean(r.commune),
    // Hub Antilles rows carry their BAN geocoding result when `code_insee` is empty.
    insee: clean(r.code_insee) ?? clean(r.result_citycode),
    phone: clean(r.telephone),
    email: clean(r.courriel) ?? first(r.courriels),
    website: first(r.site_web),
    hours: clean(r.horaires),
    services: mapServices(clean(r.services)),
    publics: mapPublics(publicsText),
    support: mapSupport(join(r.publics_accueillis, r.prise_en_charge_specifique)),
    fees: mapFees(clean(r.frais_a_charge) ?? clean(r.conditions_acces) ?? clean(r.conditions_access)),
    labels: mapLabels(labelsText),
  };
  if (booking) draft.appointment = booking;
  if (/(^|\|)\s*itin[ée]rant/i.test(clean(r.itinerance) ?? '')) draft.mobile = true;
  const date = isoDate(r.date_maj);
  if (date) draft.date = date;
  return draft;
}
