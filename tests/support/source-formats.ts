// Each source format the pipeline reads, as the tests write it (the fuzz suite, tests/unit/fuzz/, and
// the XSS data folder, tests/e2e/support/xss/): the adapter, the dataset (with its column mapping,
// if any) and how a place is written in the source's own columns.
import { readBibliotheques } from '../../data/adapters/bibliotheques';
import { readFranceServices } from '../../data/adapters/france-services';
import { readMaineEtLoire } from '../../data/adapters/maine-et-loire';
import { readMediationSchema } from '../../data/adapters/mediation-schema';
import { cell } from '../../data/mapping';
import { slugId } from '../../data/draft';
import { DATASETS, LIVE_DATASETS } from '../../data/sources';
import type { Adapter } from '../../data/adapters/types';
import type { Dataset } from '../../data/sources';
import type { Commune } from '../../src/shared/place';

/** What a valid row says, whatever the format: the values the built place must carry. */
export interface Model {
  name: string;
  street: string;
  commune: Commune;
  postcode: string;
  lat: number;
  lon: number;
  phone: string;
  email: string;
  website: string;
}

export type Row = Record<string, unknown>;

export interface Format {
  dataset: Dataset;
  adapter: Adapter;
  csv?: { header: string[] };
  /** The row of a place, in the source's own columns. */
  encode(m: Model, id: string): Row;
  /** The place id the pipeline gives a valid row. */
  placeId(m: Model, id: string): string;
  /** Columns holding the position (swapped by a mutation). */
  position: [string, string] | ((r: Row) => void);
  /** The column of the row's id, when the format has one (duplicated by a mutation). */
  idColumn?: string;
  /** Contact fields the format carries. */
  has: ('phone' | 'email' | 'website')[];
}

/** The place id of a row: `<prefix>-<row id>`. */
const prefixed = (prefix: string) => (_m: Model, id: string) => slugId(prefix, id)!;

const dataset = (id: string) => [...DATASETS, ...LIVE_DATASETS].find((d) => d.id === id)!;

const FRANCE_SERVICES_HEADER = ['id_fs', 'insee_dep', 'lib_fs', 'adresse', 'complement_adresse', 'insee_com', 'code_postal', 'lib_com', 'latitude', 'longitude', 'mail', 'telephone', 'h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi', 'prise_rdv', 'commentaire', 'type_fs', 'format_fs', 'groupe_fs', 'labellisation_fs'];
const LIBRARIES_HEADER = ['Code_bib', 'nom_de_l_etablissement', 'Adresse', 'code_departement', 'CP', 'Ville', 'Longitude', 'Latitude', 'type_adresse', 'site_internet', 'connexion_wi_fi', 'gratuite_des_services', 'nombre_de_livres'];
const CENSUS_HEADER = ['ID', 'NOM_TL', 'ADRESSE', 'CP', 'COMINIT', 'INSEECOM', 'NOMCOM', 'WEB', 'FACEBOOK', 'TYPO', 'LAT', 'LONG', 'CONTACT', 'MAIL'];
const SCHEMA_V1_HEADER = ['id', 'pivot', 'nom', 'commune', 'code_postal', 'code_insee', 'adresse', 'complement_adresse', 'latitude', 'longitude', 'typologie', 'telephone', 'courriels', 'site_web', 'horaires', 'source', 'itinerance', 'date_maj', 'services', 'publics_specifiquement_adresses', 'prise_en_charge_specifique', 'frais_a_charge', 'dispositif_programmes_nationaux', 'modalites_acces', 'prise_rdv'];

/** A row of the schema (v0 wording), its columns renamed by `rename`. */
function schemaRow(m: Model, id: string, rename: Record<string, string> = {}, extra: Row = {}): Row {
  const row: Row = {
    id,
    nom: m.name,
    adresse: m.street,
    code_postal: m.postcode,
    code_insee: m.commune.insee,
    commune: m.commune.name.toUpperCase(),
    latitude: m.lat,
    longitude: m.lon,
    telephone: m.phone,
    courriel: m.email,
    site_web: m.website,
    horaires: 'Mo-Fr 09:00-12:00,14:00-17:00',
    services: 'Prendre en main un ordinateur;Accéder à une connexion internet',
    publics_accueillis: 'Jeunes (16-26 ans);Seniors (+65 ans);Surdité',
    conditions_acces: 'Gratuit : Je peux accéder gratuitement au lieu',
    labels_nationaux: 'CNFS;Aidants Connect',
    source: 'hub',
    date_maj: '2023-01-15',
    ...extra,
  };
  for (const [from, to] of Object.entries(rename)) {
    row[to] = row[from];
    delete row[from];
  }
  return row;
}

const schemaJson = (id: string, rename?: Record<string, string>, extra?: Row): Format => ({
  dataset: dataset(id),
  adapter: readMediationSchema,
  encode: (m, rowId) => schemaRow(m, rowId, rename, extra),
  placeId: prefixed(dataset(id).idPrefix),
  position: ['latitude', 'longitude'],
  idColumn: 'id',
  has: ['phone', 'email', 'website'],
});

const franceServices: Format = {
  dataset: dataset('france-services'),
  adapter: readFranceServices,
  csv: { header: FRANCE_SERVICES_HEADER },
  encode: (m, id) => ({
    id_fs: id,
    insee_dep: m.commune.dep,
    lib_fs: m.name,
    adresse: m.street,
    complement_adresse: '',
    insee_com: m.commune.insee,
    code_postal: m.postcode,
    lib_com: m.commune.name,
    latitude: m.lat,
    longitude: m.lon,
    mail: m.email,
    telephone: m.phone,
    h_lundi: '09:00 - 12:00 / 13:30 - 17:00',
    h_mardi: '09:00 - 12:00',
    prise_rdv: 'Oui',
    type_fs: 'Autre',
    format_fs: 'Fixe',
    labellisation_fs: '2022',
  }),
  placeId: prefixed('fs'),
  position: ['latitude', 'longitude'],
  idColumn: 'id_fs',
  has: ['phone', 'email'],
};

const libraries: Format = {
  dataset: dataset('bibliotheques'),
  adapter: readBibliotheques,
  csv: { header: LIBRARIES_HEADER },
  encode: (m, id) => ({
    Code_bib: id,
    nom_de_l_etablissement: m.name,
    Adresse: m.street,
    code_departement: m.commune.dep,
    CP: m.postcode,
    Ville: m.commune.name,
    Longitude: m.lon,
    Latitude: m.lat,
    type_adresse: 'Bâtiment ouvert',
    site_internet: m.website,
    connexion_wi_fi: 'oui',
    gratuite_des_services: 'oui',
    nombre_de_livres: 12000,
  }),
  placeId: prefixed('bib'),
  position: ['Latitude', 'Longitude'],
  idColumn: 'Code_bib',
  has: ['website'],
};

const census: Format = {
  dataset: dataset('tiers-lieux'),
  adapter: readMediationSchema,
  csv: { header: CENSUS_HEADER },
  encode: (m, id) => ({
    ID: id,
    NOM_TL: m.name,
    ADRESSE: m.street,
    CP: m.postcode,
    COMINIT: m.commune.name.toUpperCase(),
    INSEECOM: m.commune.insee,
    NOMCOM: m.commune.name,
    WEB: m.website,
    FACEBOOK: 'https://www.facebook.com/lieu',
    TYPO: 'Coworking, Fablab',
    LAT: m.lat,
    LONG: m.lon,
    CONTACT: 'Jean Dupont',
    MAIL: m.email,
  }),
  placeId: prefixed('tl'),
  position: ['LAT', 'LONG'],
  idColumn: 'ID',
  has: ['email', 'website'],
};

const maineEtLoire: Format = {
  dataset: dataset('maine-et-loire'),
  adapter: readMaineEtLoire,
  encode: (m, id) => ({
    'Geo Point': `${m.lat},${m.lon}`,
    ID: id,
    Date_maj: '2021-06-10',
    Nom: m.name,
    'Catégorie': 'Espace public numérique',
    Adresse: m.street,
    CP: m.postcode,
    Commune: m.commune.name,
    'Téléphone': m.phone,
    Courriel: m.email,
    'Site web': m.website,
    'Accès internet': 'Oui',
    JT_MAT_Wif: 'oui',
    JT_PBC_Sen: 'non',
  }),
  placeId: prefixed('ml49'),
  position: (r) => {
    const [a, b] = (typeof r['Geo Point'] === 'string' ? r['Geo Point'] : '').split(',');
    r['Geo Point'] = `${b},${a}`;
  },
  idColumn: 'ID',
  has: ['phone', 'email', 'website'],
};

const schemaV1Csv: Format = {
  dataset: dataset('lieux-mediation-numerique'),
  adapter: readMediationSchema,
  csv: { header: SCHEMA_V1_HEADER },
  encode: (m, id) => ({
    ...schemaRow(m, id, { courriel: 'courriels' }),
    site_web: `${m.website}|https://www.autre-site.fr`,
    courriels: `${m.email}|autre@mairie-exemple.fr`,
    typologie: 'TIERS_LIEUX|FABLAB',
    services: 'Aide aux démarches administratives|Accès internet et matériel informatique',
    publics_specifiquement_adresses: 'Jeunes|Seniors',
    prise_en_charge_specifique: 'Surdité|Illettrisme',
    frais_a_charge: 'Gratuit|Payant',
    dispositif_programmes_nationaux: 'Aidants Connect|Conseillers numériques',
    modalites_acces: 'Se présenter|Téléphoner',
    itinerance: 'Fixe',
    prise_rdv: 'https://rdv.exemple.fr/lieu',
  }),
  placeId: prefixed('lmn'),
  position: ['latitude', 'longitude'],
  idColumn: 'id',
  has: ['phone', 'email', 'website'],
};

const hubLo: Format = {
  dataset: dataset('hub-lo'),
  adapter: readMediationSchema,
  encode: (m, id) => ({
    gid: 1,
    c_gid: id,
    c_nom: m.name,
    c_adresse: m.street,
    c_postcode: m.postcode,
    c_city: m.commune.name.toUpperCase(),
    c_lat_coor1: m.lat,
    c_long_coor1: m.lon,
    c_telephone: m.phone,
    c_courriel: m.email,
    c_site_web: m.website,
    c_contacts: 'Marie Durand 06 12 34 56 78',
    c_epn: 'True',
    c_formation: 'oui',
    c_horaire_ouverture: 'du lundi au vendredi 9h-12h',
    c__edit_datemaj: '2020/06/30 14:16:50.898',
  }),
  placeId: prefixed('hublo'),
  position: ['c_lat_coor1', 'c_long_coor1'],
  idColumn: 'c_gid',
  has: ['phone', 'email', 'website'],
};

const gironde: Format = {
  dataset: dataset('gironde'),
  adapter: readMediationSchema,
  encode: (m) => ({
    'Dernière MAJ': '07/12/2021',
    Lieu: m.name,
    'Type Structure': 'Autre',
    Commune: m.commune.name,
    'Adresse postale': `${m.street} - ${m.postcode} ${m.commune.name}`,
    Email: m.email,
    'Site internet': m.website.replace('https://', ''),
    'Téléphone': m.phone,
    'Coord. X': m.lat,
    'Coord. Y': m.lon,
    services: 'Réaliser des démarches administratives;Etre initié aux outils numériques',
    equipements: 'Wifi, imprimante',
  }),
  // No id column: the name and the town make one.
  placeId: (m) => slugId('gironde', `${cell({ v: m.name }, 'v')} ${m.commune.name}`)!,
  position: ['Coord. X', 'Coord. Y'],
  has: ['phone', 'email', 'website'],
};

/** data·inclusion: rows of the conseiller numérique and Hinaura sources take those id spaces. */
const SOURCES = ['conseiller-numerique', 'Hinaura', 'dora'];
const sourceOf = (id: string) => SOURCES[Number(/\d+/.exec(id)?.[0] ?? 0) % SOURCES.length]!;
const dataInclusion: Format = {
  ...schemaJson('data-inclusion'),
  encode: (m, id) => schemaRow(m, id, {}, { source: sourceOf(id) }),
  placeId: (_m, id) => {
    const source = sourceOf(id);
    return source === 'conseiller-numerique' ? slugId('cnfs', id)! : source === 'Hinaura' ? slugId('hinaura', id)! : slugId('di', `${source}-${id}`)!;
  },
};

/** Every format, by a name for the test titles. */
export const FORMATS: Record<string, Format> = {
  'France Services CSV': franceServices,
  'libraries CSV': libraries,
  'tiers-lieux census CSV (mapping)': census,
  'Maine-et-Loire JSON': maineEtLoire,
  'schema v0 JSON (cnfs)': schemaJson('cnfs'),
  'schema early JSON (cnfs 2022-07)': { ...schemaJson('cnfs-2022-07', { conditions_acces: 'conditions_access' }), encode: (m, id) => ({ ...schemaRow(m, id, { conditions_acces: 'conditions_access' }), services: 'Prendre en main un ordinateur, Accéder à une connexion internet' }) },
  'schema v1 CSV (national export)': schemaV1Csv,
  'schema v0 JSON, data·inclusion (id spaces, SIAO left out)': dataInclusion,
  'Hub Lo JSON (mapping)': hubLo,
  'Gironde JSON (mapping, no id)': gironde,
  'Aix-en-Provence JSON (mapping)': schemaJson('aix-en-provence', { adresse: 'Adresse', publics_accueillis: 'public_accueillis' }),
  'Le Havre JSON (mapping)': schemaJson('le-havre', {}, { typologie: 'Espace de cowworking', publics_accueillis: 'Seniors / Familles/ enfant' }),
  'Numi JSON (mapping)': schemaJson('numi-normandie', { horaires: 'horaires_ouverture', code_insee: '_di_geocodage_code_insee' }, { date_maj: '05/08/2016' }),
  'Hub du Sud JSON (census rows)': schemaJson('hub-du-sud', {}, { source: 'france-tiers-lieux' }),
  'Hub Antilles JSON (result_citycode)': schemaJson('hub-antilles', { code_insee: 'result_citycode' }),
};

/** The format of every place dataset of the pipeline (DATASETS), for a data folder with all of them. */
export const FORMAT_OF_DATASET: Record<string, Format> = {
  ...Object.fromEntries(Object.values(FORMATS).map((f) => [f.dataset.id, f])),
  hinaura: schemaJson('hinaura'),
  charente: schemaJson('charente', {}, { source: 'france-tiers-lieux' }),
  'nouvelle-caledonie': schemaJson('nouvelle-caledonie'),
};
