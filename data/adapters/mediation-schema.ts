// Schéma « lieux de médiation numérique », JSON array or CSV, early wording (2021–2022:
// `conditions_access`, comma-separated `services`, `publics_accueillis` mixing publics and
// disabilities) and current wording (`;` lists, `frais_a_charge`, `dispositif_programmes_nationaux`,
// `prise_en_charge_specifique`, `publics_specifiquement_adresses`, `typologie`).
// Only the fields read here are ever published: mediator names and other free fields are ignored.
import { isoDate, slugId, type Draft } from '../draft';
import { mapFees, mapLabels, mapPublics, mapServices, mapSupport } from '../normalise/vocabulary';
import { clean } from '../normalise/text';
import { normaliseWebsite } from '../normalise/website';
import { parseCsv, type NumberedRow } from './csv';
import type { Adapter, AdapterResult, RowProblem } from './types';

type Row = Record<string, unknown>;

const str = (v: unknown): string | undefined => clean(v);
const join = (...values: unknown[]) => values.map(str).filter(Boolean).join(';') || undefined;

export const readMediationSchema: Adapter = (text, dataset) => {
  const trimmed = text.trimStart();
  let rows: NumberedRow<unknown>[];
  const problems: RowProblem[] = [];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const parsed: unknown = JSON.parse(trimmed);
    rows = (Array.isArray(parsed) ? parsed : []).map((record: unknown, i) => ({ row: i + 1, record }));
  } else {
    const csv = parseCsv(text);
    rows = csv.rows;
    problems.push(...csv.problems);
  }
  const unreadable = problems.length;
  const drafts: Draft[] = [];
  rows.forEach(({ row, record: raw }) => {
    if (typeof raw !== 'object' || raw === null) return void problems.push({ row, reason: 'not-an-object' });
    const r = raw as Row;
    const id = slugId(dataset.idPrefix, r.id);
    if (!id) return void problems.push({ row, reason: 'id-missing' });
    drafts.push(toDraft(r, row, id, dataset.id));
  });
  const result: AdapterResult = { rowsRead: rows.length + unreadable, drafts, problems };
  return result;
};

function toDraft(r: Row, row: number, id: string, source: string): Draft {
  const publicsText = join(r.publics_accueillis, r.publics_specifiquement_adresses);
  const labelsText = join(r.labels_nationaux, r.dispositif_programmes_nationaux, r.labels_autres);
  const typologie = str(r.typologie)?.split(/[;,]/).map((t) => t.trim()).filter(Boolean);
  const booking = normaliseWebsite(str(r.prise_rdv));
  const draft: Draft = {
    source,
    row,
    id,
    name: str(r.nom),
    kind: { dataset: 'mediation', ...(typologie?.length ? { typologie } : {}) },
    lat: r.latitude,
    lon: r.longitude,
    street: join(r.adresse, r.complement_adresse)?.replace(/;/g, ', '),
    postcode: str(r.code_postal),
    commune: str(r.commune),
    // Hub Antilles rows carry their BAN geocoding result when `code_insee` is empty.
    insee: str(r.code_insee) ?? str(r.result_citycode),
    phone: str(r.telephone),
    email: str(r.courriel),
    website: str(r.site_web),
    hours: str(r.horaires),
    services: mapServices(str(r.services)),
    publics: mapPublics(publicsText),
    support: mapSupport(join(r.publics_accueillis, r.prise_en_charge_specifique)),
    fees: mapFees(str(r.frais_a_charge) ?? str(r.conditions_acces) ?? str(r.conditions_access)),
    labels: mapLabels(labelsText),
  };
  if (booking) draft.appointment = booking;
  const date = isoDate(r.date_maj);
  if (date) draft.date = date;
  return draft;
}
