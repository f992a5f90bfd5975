// Maine-et-Loire open-data portal export: its own column names, position as "lat,lon" in
// `Geo Point`, a free `Catégorie`, and yes/no columns for services and publics.
import type { Public, Service } from '../../src/shared/place';
import { parseRowDate } from '../normalise/date';
import { clean } from '../normalise/text';
import { readRows, type DraftFields } from './rows';
import type { Adapter } from './types';

/** Column → service, when the column holds any value other than "non". */
const SERVICE_COLUMNS: [string, Service][] = [
  ['Accès internet', 'acces-materiel'],
  ['Démarches générales', 'demarches'],
  ['Démarches spécifiques', 'demarches'],
  ['Initiation aux outils numériques', 'outils-quotidien'],
  ['JT_MAT_Wif', 'wifi'],
  ['JT_MAT_Imp', 'printing'],
];

const PUBLIC_COLUMNS: [string, Public][] = [
  ['JT_PBC_Tou', 'tous'],
  ['JT_PBC_Jeu', 'jeunes'],
  ['JT_PBC_Sen', 'seniors'],
  ['JT_PBC_Ins', 'demandeurs-emploi'],
];

const yes = (v: unknown) => {
  const s = clean(v);
  return s !== undefined && !/^non?$/i.test(s);
};

export const readMaineEtLoire: Adapter = (text, dataset) => {
  const parsed: unknown = JSON.parse(text);
  const rows = (Array.isArray(parsed) ? (parsed as unknown[]) : []).map((record, i) => ({ row: i + 1, record }));
  return readRows(rows, [], dataset, 'ID', (r) => {
    const [lat, lon] = (clean(r['Geo Point']) ?? '').split(',').map((s) => s.trim());
    const street = [clean(r['Numéro']), clean(r.Adresse)].filter(Boolean).join(' ');
    const category = clean(r['Catégorie']);
    const draft: DraftFields = {
      name: clean(r.Nom),
      kind: { dataset: 'maine-et-loire', category: category ?? '' },
      lat,
      lon,
      street: [street, clean(r['Complément'])].filter(Boolean).join(', ') || undefined,
      postcode: clean(r.CP),
      commune: clean(r.Commune),
      phone: clean(r['Téléphone']),
      email: clean(r.Courriel),
      website: clean(r['Site web']),
      services: [...new Set(SERVICE_COLUMNS.filter(([c]) => yes(r[c])).map(([, s]) => s))],
      publics: PUBLIC_COLUMNS.filter(([c]) => yes(r[c])).map(([, p]) => p),
    };
    if (/france services/i.test(category ?? '')) draft.labels = ['France Services'];
    const date = parseRowDate(r.Date_maj);
    if (date) draft.date = date;
    return draft;
  });
};
