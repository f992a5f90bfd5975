// Every dataset the pipeline reads: where it lives in the data folder, where its publisher serves it,
// and what the app must show as attribution. The pinned addresses (DATASETS, the default) name the
// exact commits described in ../shared/data/README.md, so a download gives byte-identical files;
// LIVE_DATASETS are the publishers' current feeds a deployment rebuilds from (`--live`).
import type { Kind } from '../src/shared/place';
import type { ColumnMapping } from './mapping';
import { CGET_TIERS_LIEUX } from './mappings/cget-tiers-lieux';
import { GIRONDE } from './mappings/gironde';
import { HUB_LO } from './mappings/hub-lo';
import { AIX_EN_PROVENCE, DATA_INCLUSION_STRUCTURES, LE_HAVRE, WITH_TIERS_LIEUX_CENSUS } from './mappings/schema-variants';

export type DatasetFormat = 'france-services' | 'mediation' | 'bibliotheques' | 'maine-et-loire' | 'communes-centroids' | 'communes-centres' | 'stops-file';

export interface Dataset {
  id: string;
  /** Path relative to the data folder (and to the download cache). */
  path: string;
  format: DatasetFormat;
  /** Prefix of place ids from this dataset. */
  idPrefix: string;
  /**
   * Lower wins on merge (its id and identity are kept): France Services 0 > the mediation files
   * that fed v1 1 > Maine-et-Loire 2 > libraries 3 > the sources added later 4–5, so that a new
   * source never takes an id users already share.
   */
  priority: number;
  /** Official download address (for the data.gouv.fr feeds, the dataset API that names the newest file). */
  url: string;
  /** The address is a data.gouv.fr dataset (API): the newest CSV resource is what gets downloaded. */
  datagouvDataset?: string;
  /** Where a user can ask for a correction. */
  correctionUrl: string;
  title: string;
  publisher: string;
  licence: string;
  /** Dataset date, YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Schema-like files with their own column names: how their columns read as the schema (data/mappings/). */
  mapping?: ColumnMapping;
  /** Every row of this official list is of this kind (the tiers-lieux census). */
  kind?: Kind;
  /** Rows whose `source` is one of these are left out, reported with the reason given. */
  excludeSources?: Record<string, string>;
  /**
   * Files gathering several sources: rows of these sources take that source's own id space
   * (`cnfs-<id>`…); the others get `<idPrefix>-<source>-<id>`.
   */
  idPrefixBySource?: Record<string, string>;
}

const CARTOGRAPHIE = 'https://cartographie.societenumerique.gouv.fr/';
const LO2 = 'Licence Ouverte 2.0';
const MEDNUM_CLI = 'https://raw.githubusercontent.com/anct-cartographie-nationale/mednum-cli';
const CLIENT_APP = 'https://raw.githubusercontent.com/anct-cartographie-nationale/client-application';
const ANCT_CARTO = 'ANCT – Cartographie nationale des lieux d’inclusion numérique';

const FRANCE_SERVICES: Dataset = {
  id: 'france-services',
  path: 'france-services/liste-fs-20240801.csv',
  format: 'france-services',
  idPrefix: 'fs',
  priority: 0,
  url: 'https://raw.githubusercontent.com/anct-carto/france_services/e1016fd717a8c9cc53406621959c837fb74fc0c9/data/liste-fs-20240801.csv',
  correctionUrl: 'https://www.france-services.gouv.fr/contact',
  title: 'Liste des structures France Services',
  publisher: 'ANCT – France Services',
  licence: LO2,
  date: '2024-08-01',
};

const BIBLIOTHEQUES: Dataset = {
  id: 'bibliotheques',
  path: 'bibliotheques/adresses-bibliotheques-publiques.csv',
  format: 'bibliotheques',
  idPrefix: 'bib',
  priority: 3,
  url: 'https://raw.githubusercontent.com/SandraRiner/offre_culturelle/360756576e293d53bb7bfa3ba711f74c9dfb0a2a/data_prod/adresses_des_bibliotheques_publiques_prepared.csv',
  correctionUrl: 'https://data.culture.gouv.fr/explore/dataset/adresses-des-bibliotheques-publiques/',
  title: 'Adresses des bibliothèques publiques',
  publisher: 'Ministère de la Culture',
  licence: LO2,
  date: '2023',
};

const TIERS_LIEUX: Dataset = {
  id: 'tiers-lieux',
  path: 'tiers-lieux/cget-tiers-lieux-2019.csv',
  format: 'mediation',
  mapping: CGET_TIERS_LIEUX,
  kind: 'tiers-lieu',
  idPrefix: 'tl',
  priority: 4,
  url: 'https://raw.githubusercontent.com/anct-carto/mission_coworking/f228a034e88183f315ece63d2f4a90decbdfd017/CGET_TiersLieux_2019.csv',
  correctionUrl: 'https://github.com/anct-carto/mission_coworking',
  title: 'Recensement des tiers-lieux (Mission Coworking)',
  publisher: 'CGET (ANCT) – Mission Coworking',
  licence: LO2,
  date: '2019-06-13',
};

const CENTROIDS: Dataset = {
  id: 'communes',
  path: 'communes/communes-centroides-2018.csv',
  format: 'communes-centroids',
  idPrefix: 'commune',
  priority: 9,
  // Centroids computed from these IGN Admin Express COG 2018 contours (see docs/data.md).
  url: 'https://raw.githubusercontent.com/gregoiredavid/france-geojson/5d34ee6d0140c29f785fdb047d9329f1aab58833/communes.geojson',
  correctionUrl: 'https://geoservices.ign.fr/adminexpress',
  title: 'Communes (centroïdes, Admin Express COG 2018) et découpage administratif',
  publisher: 'IGN – Admin Express; Etalab – découpage administratif',
  licence: LO2,
  date: '2018',
};

const CENTRES_2025: Omit<Dataset, 'url' | 'path'> = {
  id: 'communes-centres',
  format: 'communes-centres',
  idPrefix: 'commune',
  priority: 9,
  correctionUrl: 'https://geo.api.gouv.fr/decoupage-administratif',
  title: 'Centres des communes (API Découpage administratif)',
  publisher: 'Etalab – geo.api.gouv.fr (IGN, INSEE)',
  licence: LO2,
  date: '2025-08-19',
};

/**
 * The stops of one bus, one row per stop (data/itinerance/stops-file.ts): not places, but where and
 * when a France Services bus of the list stops. Its bus is found by data/itinerance/match-bus.ts.
 */
export const CHARENTE_BUS_STOPS: Dataset = {
  id: 'bus-france-services-charente',
  path: 'itinerance/bus-france-services-charente-2023-09.json',
  format: 'stops-file',
  idPrefix: 'arret',
  priority: 9,
  url: `${MEDNUM_CLI}/c33e35bbbeabf4f443cbae434e8d63215394ac46/assets/input/bus-france-services-charente/bus-france-services-charente.json`,
  correctionUrl: CARTOGRAPHIE,
  title: 'Arrêts du bus France Services d’Emmaüs Ruffec (Charente)',
  publisher: ANCT_CARTO,
  licence: LO2,
  date: '2023-09',
};

/** A mediation file of the cartographie nationale's repositories. */
const mediation = (d: Omit<Dataset, 'format' | 'correctionUrl' | 'licence' | 'priority'> & { priority?: number }): Dataset => ({
  format: 'mediation',
  correctionUrl: CARTOGRAPHIE,
  licence: LO2,
  priority: 5,
  ...d,
});

export const DATASETS: Dataset[] = [
  FRANCE_SERVICES,
  // The December export supersedes July's for the same ids: listed first, it wins ties.
  mediation({
    id: 'cnfs',
    path: 'lieux-mediation-numerique/cnfs-2022-12.json',
    idPrefix: 'cnfs',
    priority: 1,
    url: `${MEDNUM_CLI}/8098cc4a19a42b6acfd15b1345d5d3b99039b64b/assets/input/cnfs.json`,
    title: 'Lieux d’activité des conseillers numériques France Services',
    publisher: ANCT_CARTO,
    date: '2022-12',
  }),
  mediation({
    id: 'cnfs-2022-07',
    path: 'lieux-mediation-numerique/cnfs-2022-07.json',
    idPrefix: 'cnfs',
    priority: 1,
    url: `${CLIENT_APP}/9f64eee0ab0c004bee01b3793532f64086931d63/src/assets/data/lieux-de-mediation-numerique.cnfs.json`,
    title: 'Lieux d’activité des conseillers numériques France Services (export de juillet 2022)',
    publisher: ANCT_CARTO,
    date: '2022-07',
  }),
  mediation({
    id: 'hub-antilles',
    path: 'lieux-mediation-numerique/hub-antilles-2023-05.json',
    idPrefix: 'antilles',
    priority: 1,
    url: `${MEDNUM_CLI}/f38218336c93d142cd6f0ec57ec265e83b0c0edb/assets/input/mednum-hub-antilles/mednum-hub-antilles.json`,
    title: 'Lieux de médiation numérique du Hub Antilles',
    publisher: `${ANCT_CARTO} (Hub Antilles)`,
    date: '2023-05',
  }),
  mediation({
    id: 'hinaura',
    path: 'lieux-mediation-numerique/hinaura-2021.json',
    idPrefix: 'hinaura',
    priority: 1,
    url: 'https://unpkg.com/@gouvfr-anct/cartographie-nationale@5.22.0/assets/data/source.json',
    title: 'Lieux de médiation numérique du Hub Hinaura',
    publisher: `${ANCT_CARTO} (Hinaura)`,
    date: '2021',
  }),
  {
    id: 'maine-et-loire',
    path: 'maine-et-loire/lieux-mediation-numerique-maine-et-loire-2021.json',
    format: 'maine-et-loire',
    idPrefix: 'ml49',
    priority: 2,
    url: `${MEDNUM_CLI}/716e56f4989a773359d896894dc7c3c6332f2101/assets/input/lieux-de-mediation-numerique-en-maine-et-loire.json`,
    correctionUrl: 'https://data.maine-et-loire.fr/explore/dataset/lieux-de-mediation-numerique-en-maine-et-loire/',
    title: 'Lieux de médiation numérique en Maine-et-Loire',
    publisher: 'Département de Maine-et-Loire',
    licence: LO2,
    date: '2021',
  },
  BIBLIOTHEQUES,
  TIERS_LIEUX,
  mediation({
    id: 'data-inclusion',
    path: 'lieux-mediation-numerique/data-inclusion-2023-02.json',
    idPrefix: 'di',
    url: `${MEDNUM_CLI}/5c7c8a2adb6e982011017da01989d106f8b33205/assets/input/data-inclusion/data-inclusion.json`,
    title: 'Structures du référentiel data·inclusion (extrait de la cartographie nationale)',
    publisher: `${ANCT_CARTO} (data·inclusion)`,
    date: '2023-02-06',
    // SIAO rows are social-emergency services (housing, shelter), not help with digital life.
    excludeSources: { siao: 'social-emergency-service' },
    idPrefixBySource: { 'conseiller-numerique': 'cnfs', Hinaura: 'hinaura' },
  }),
  mediation({
    id: 'hub-du-sud',
    path: 'lieux-mediation-numerique/hub-du-sud-2023-05.json',
    idPrefix: 'sud',
    url: `${CLIENT_APP}/f855d8478b2e7b750bea6e727bcf5dc7086387a4/src/assets/data/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json`,
    title: 'Lieux de médiation numérique du Hub du Sud (Provence-Alpes-Côte d’Azur)',
    publisher: `${ANCT_CARTO} (Hub du Sud)`,
    date: '2023-05-17',
    mapping: WITH_TIERS_LIEUX_CENSUS,
  }),
  mediation({
    id: 'numi-normandie',
    path: 'lieux-mediation-numerique/numi-normandie-2023-04.json',
    idPrefix: 'numi',
    url: `${MEDNUM_CLI}/ef1caa9752d6b3a46445655dea4214a4854a16de/assets/input/numi/numi.json`,
    title: 'Lieux de médiation numérique en Normandie (Numi)',
    publisher: `${ANCT_CARTO} (Numi, data·inclusion)`,
    date: '2023-04',
    mapping: DATA_INCLUSION_STRUCTURES,
  }),
  mediation({
    id: 'charente',
    path: 'lieux-mediation-numerique/charente-2023-07.json',
    idPrefix: 'charente',
    url: `${CLIENT_APP}/cf77ffe53b60c6a303d3c0e73ec718acada70df2/src/assets/data/20230711-charente-lieux-de-mediation-numeriques-nouvelle-aquitaine.json`,
    title: 'Lieux de médiation numérique en Charente',
    publisher: ANCT_CARTO,
    date: '2023-07-11',
    mapping: WITH_TIERS_LIEUX_CENSUS,
  }),
  mediation({
    id: 'hub-lo',
    path: 'lieux-mediation-numerique/hub-lo-centre-val-de-loire-2023-02.json',
    idPrefix: 'hublo',
    url: `${MEDNUM_CLI}/b3ed3dd5d06e38a19e4489bb788678bf006294d4/assets/input/hub-lo/hub-lo.json`,
    title: 'Lieux de médiation numérique du Hub Lo (Centre-Val de Loire)',
    publisher: `${ANCT_CARTO} (Hub Lo)`,
    date: '2023-02',
    mapping: HUB_LO,
  }),
  mediation({
    id: 'gironde',
    path: 'lieux-mediation-numerique/gironde-2024-03.json',
    idPrefix: 'gironde',
    url: `${MEDNUM_CLI}/715d8ebd70dccffcc3a0c26f22d0544927b8560f/assets/input/gironde/gironde.json`,
    title: 'Lieux de médiation numérique en Gironde',
    publisher: ANCT_CARTO,
    date: '2024-03',
    mapping: GIRONDE,
  }),
  mediation({
    id: 'nouvelle-caledonie',
    path: 'lieux-mediation-numerique/nouvelle-caledonie-2024-03.json',
    idPrefix: 'nc',
    url: `${CLIENT_APP}/46605b719841671f0868a7bd378bc1e194ba0cd8/src/assets/data/20240320-nouvelle-caledonie-lieux-de-mediation-numeriques-nouvelle-caledonie.json`,
    title: 'Lieux de médiation numérique en Nouvelle-Calédonie',
    publisher: ANCT_CARTO,
    date: '2024-03-20',
  }),
  mediation({
    id: 'le-havre',
    path: 'lieux-mediation-numerique/le-havre-2024-07.json',
    idPrefix: 'lehavre',
    url: `${MEDNUM_CLI}/04d8940f78a394e6ba4bdb393f0f2e12a1c767f7/assets/input/le-havre/le-havre.json`,
    title: 'Lieux de médiation numérique de Le Havre Seine Métropole',
    publisher: ANCT_CARTO,
    date: '2024-07',
    mapping: LE_HAVRE,
  }),
  mediation({
    id: 'aix-en-provence',
    path: 'lieux-mediation-numerique/aix-en-provence-2024-01.json',
    idPrefix: 'aix',
    url: `${MEDNUM_CLI}/93f735b9db27f8131ba8ed1ae9d915e5466828f4/assets/input/aix-en-provence/aix-en-provence.json`,
    title: 'Lieux de médiation numérique du Pays d’Aix',
    publisher: ANCT_CARTO,
    date: '2024-01-31',
    mapping: AIX_EN_PROVENCE,
  }),
  CHARENTE_BUS_STOPS,
  CENTROIDS,
  {
    ...CENTRES_2025,
    path: 'communes/communes-centres-geoapi-2025.json',
    url: 'https://raw.githubusercontent.com/Stef91FR/Prix-m2/b641fc2a41edce4a69826a2a9894e6dd6350cede/communes_min.json',
  },
];

const DATAGOUV_API = 'https://www.data.gouv.fr/api/1/datasets';

/**
 * The publishers' current feeds. Addresses as confirmed in docs/data.md ("Live feeds"): where a
 * stable resource address could not be confirmed, the data.gouv.fr dataset API is asked for the
 * dataset's newest CSV instead.
 */
export const LIVE_DATASETS: Dataset[] = [
  {
    ...FRANCE_SERVICES,
    path: 'live/france-services.csv',
    datagouvDataset: 'liste-des-structures-france-services',
    url: `${DATAGOUV_API}/liste-des-structures-france-services/`,
    date: 'live',
  },
  {
    id: 'lieux-mediation-numerique',
    path: 'live/lieux-de-mediation-numerique.csv',
    format: 'mediation',
    idPrefix: 'lmn',
    priority: 1,
    // A stable data.gouv.fr resource address, read as a schema CSV by public reuses; see docs/data.md.
    url: 'https://www.data.gouv.fr/api/1/datasets/r/398edc71-0d51-4cb6-9cbe-2540a4db573c',
    correctionUrl: CARTOGRAPHIE,
    title: 'Lieux de médiation numérique (export national, schéma v1)',
    publisher: ANCT_CARTO,
    licence: LO2,
    date: 'live',
  },
  {
    ...BIBLIOTHEQUES,
    path: 'live/bibliotheques.csv',
    url: 'https://www.data.gouv.fr/fr/datasets/r/806a8aa1-952f-404d-9857-3f27b7c0ca86',
    date: 'live',
  },
  // No newer national census with a confirmed address: the 2019 census stays pinned.
  TIERS_LIEUX,
  // No live stops feed is known: the one bus's file stays pinned.
  CHARENTE_BUS_STOPS,
  CENTROIDS,
  {
    ...CENTRES_2025,
    path: 'live/communes-centres.json',
    url: 'https://geo.api.gouv.fr/communes?fields=code,nom,codeDepartement,centre,population&format=json',
    date: 'live',
  },
];

const isCommunes = (d: Dataset) => d.format === 'communes-centroids' || d.format === 'communes-centres';
export const placeDatasets = (all: Dataset[]) => all.filter((d) => !isCommunes(d) && d.format !== 'stops-file');
/** Files of stops of buses (not places: the buses are in the France Services list). */
export const stopsDatasetsOf = (all: Dataset[]) => all.filter((d) => d.format === 'stops-file');
export const communeCentresOf = (all: Dataset[]) => all.find((d) => d.format === 'communes-centres');
