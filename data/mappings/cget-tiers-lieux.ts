// CGET "Mission Coworking" census of tiers-lieux (2019), CSV. `CONTACT` names a person: not mapped,
// so never read.
import type { ColumnMapping } from '../mapping';

export const CGET_TIERS_LIEUX: ColumnMapping = {
  id: 'ID',
  nom: 'NOM_TL',
  adresse: 'ADRESSE',
  code_postal: 'CP',
  code_insee: 'INSEECOM',
  commune: { first: ['NOMCOM', 'COMINIT'] },
  latitude: 'LAT',
  longitude: 'LONG',
  // A Facebook page is what many small tiers-lieux have instead of a site.
  site_web: { first: ['WEB', 'FACEBOOK'] },
  courriels: 'MAIL',
  typologie: {
    terms: [
      { columns: ['TYPO'], match: /fablab/i, value: 'FABLAB' },
      { columns: ['TYPO'], match: /coworking/i, value: 'TIERS_LIEUX' },
    ],
  },
  // The census's own distinction, shown to users as a label.
  labels_autres: {
    terms: [
      { columns: ['TYPO'], match: /fablab/i, value: 'Fablab' },
      { columns: ['TYPO'], match: /coworking/i, value: 'Coworking' },
    ],
  },
};
