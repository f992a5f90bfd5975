// Files in the schema (v0) whose columns differ only a little from it.
import type { ColumnMapping } from '../mapping';
import { FROM_TIERS_LIEUX_CENSUS } from './terms';

/** Aix-en-Provence: `Adresse` capitalised, `public_accueillis` without its s. */
export const AIX_EN_PROVENCE: ColumnMapping = { adresse: 'Adresse', publics_accueillis: 'public_accueillis' };

/** Le Havre: typologie in words ("Bibliothèque", "Relais lecture", "Espace de cowworking"). */
export const LE_HAVRE: ColumnMapping = {
  typologie: {
    terms: [
      { columns: ['typologie'], match: /biblioth|m[ée]diath|relais lecture/i, value: 'BIB' },
      { columns: ['typologie'], match: /cow+orking/i, value: 'TIERS_LIEUX' },
    ],
  },
  labels_autres: ['labels_autres', { terms: [{ columns: ['typologie'], match: /cow+orking/i, value: 'Coworking' }] }],
};

/** Hub files that took rows from the France Tiers-Lieux census (`source`): those rows are tiers-lieux. */
export const WITH_TIERS_LIEUX_CENSUS: ColumnMapping = { typologie: ['typologie', { terms: [FROM_TIERS_LIEUX_CENSUS] }] };

/**
 * Numi (Normandie), a data·inclusion "structures" extraction: OSM hours in `horaires_ouverture`,
 * the geocoder's INSEE code when the row has none. `_di_email_is_pii` is not trusted (false
 * everywhere): the e-mail rule applies as to every source.
 */
export const DATA_INCLUSION_STRUCTURES: ColumnMapping = {
  horaires: 'horaires_ouverture',
  code_insee: { first: ['code_insee', '_di_geocodage_code_insee'] },
  typologie: ['typologie', { terms: [FROM_TIERS_LIEUX_CENSUS] }],
};
