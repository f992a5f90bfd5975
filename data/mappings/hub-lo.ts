// Hub Lo (Centre-Val de Loire): the hub's own columns, kinds as yes/no flags, free-text hours.
// `c_contacts`, `c_mobile`, `c__userid_modification` name people: not mapped, so never read.
import type { ColumnMapping } from '../mapping';
import { flag } from './terms';

export const HUB_LO: ColumnMapping = {
  id: 'c_gid',
  nom: 'c_nom',
  adresse: 'c_adresse',
  code_postal: 'c_postcode',
  commune: 'c_city',
  latitude: 'c_lat_coor1',
  longitude: 'c_long_coor1',
  telephone: 'c_telephone',
  courriels: 'c_courriel',
  site_web: 'c_site_web',
  horaires: 'c_horaire_ouverture',
  date_maj: 'c__edit_datemaj',
  typologie: {
    terms: [flag('c_fablab', 'FABLAB'), flag('c_coworking', 'TIERS_LIEUX'), flag('c_mediatheque', 'BIB'), flag('c_msap', 'MSAP'), flag('c_epn', 'EPN')],
  },
  labels_autres: { terms: [flag('c_fablab', 'Fablab'), flag('c_coworking', 'Coworking'), flag('c_promeneur', 'Promeneurs du Net')] },
  services: {
    terms: [
      flag('c_epn', 'Accès internet et matériel informatique'),
      flag('c_materiel_info', 'Accès internet et matériel informatique'),
      flag('c_formation', 'Maîtrise des outils numériques du quotidien'),
    ],
  },
};
