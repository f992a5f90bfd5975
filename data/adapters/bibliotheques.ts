// Ministère de la Culture list of public libraries (CSV). `type_adresse` tells what the address is:
//   "Bâtiment ouvert" (open to the public)              → kept
//   "Bibliobus"                                         → kept, mobile
//   "Lieu uniquement administratif"                     → dropped (offices, no public)
//   "Réserve de documents non ouverte au public"        → dropped (closed stores)
//   "Bibliothèque départementale"                       → dropped (county lending HQ, serves libraries not people)
//   "0" (unknown)                                       → kept as a building: most are ordinary branch libraries
import { clean, fold } from '../normalise/text';
import { parseCsv } from './csv';
import { readRows, type DraftFields } from './rows';
import type { Adapter } from './types';

const DROPPED_TYPES: Record<string, string> = {
  'lieu uniquement administratif': 'library-administrative-only',
  'reserve de documents non ouverte au public': 'library-closed-store',
  'bibliotheque departementale': 'library-departmental-hq',
};

const COLUMNS = ['Code_bib', 'nom_de_l_etablissement', 'type_adresse', 'Latitude', 'Longitude', 'Adresse', 'CP', 'Ville', 'site_internet', 'connexion_wi_fi', 'gratuite_des_services'];
const key = (name: string) => fold(name).replace(/[^a-z0-9]+/g, '_');

/**
 * The ministry's own export may write the same columns with other case or accents ("code_bib",
 * "Latitude"/"latitude"): each expected column is matched to a header once, by folded name.
 */
function renameHeaders(rows: { record: Record<string, string> }[]): void {
  const headers = Object.keys(rows[0]?.record ?? {});
  const rename = COLUMNS.map((c) => [c, headers.find((h) => h !== c && key(h) === key(c))] as const).filter(([c, h]) => h && !headers.includes(c));
  if (rename.length === 0) return;
  for (const { record } of rows) for (const [c, h] of rename) record[c] = record[h!]!;
}

export const readBibliotheques: Adapter = (text, dataset) => {
  const { rows, problems } = parseCsv(text);
  renameHeaders(rows);
  return readRows<Record<string, string>>(rows, problems, dataset, 'Code_bib', (r) => {
    const type = fold(r.type_adresse ?? '');
    const dropped = DROPPED_TYPES[type];
    if (dropped) return { reason: dropped };
    const draft: DraftFields = {
      name: clean(r.nom_de_l_etablissement),
      kind: { dataset: 'bibliotheques' },
      lat: r.Latitude,
      lon: r.Longitude,
      street: clean(r.Adresse),
      postcode: clean(r.CP),
      commune: clean(r.Ville),
      website: clean(r.site_internet),
      services: /^oui$/i.test(clean(r.connexion_wi_fi) ?? '') ? ['wifi'] : [],
    };
    if (type === 'bibliobus') draft.mobile = true;
    const free = clean(r.gratuite_des_services);
    if (free && /^oui$/i.test(free)) draft.fees = 'gratuit';
    else if (free && /^non$/i.test(free)) draft.fees = 'payant';
    return draft;
  });
};
