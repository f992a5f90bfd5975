// Every dataset the pipeline reads: where it lives in the data folder, where its publisher serves it,
// and what the app must show as attribution. Addresses pin the exact commits described in
// ../shared/data/README.md, so a download gives byte-identical files.

export type DatasetFormat = 'france-services' | 'mediation' | 'bibliotheques' | 'maine-et-loire' | 'communes-centroids';

export interface Dataset {
  id: string;
  /** Path relative to the data folder (and to the download cache). */
  path: string;
  format: DatasetFormat;
  /** Prefix of place ids from this dataset. */
  idPrefix: string;
  /** Lower wins on merge: France Services > mediation schema files > Maine-et-Loire > libraries. */
  priority: number;
  url: string;
  /** Where a user can ask for a correction. */
  correctionUrl: string;
  title: string;
  publisher: string;
  licence: string;
  /** Dataset date, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

const CARTOGRAPHIE = 'https://cartographie.societenumerique.gouv.fr/';
const LO2 = 'Licence Ouverte 2.0';

export const DATASETS: Dataset[] = [
  {
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
  },
  {
    id: 'cnfs',
    path: 'lieux-mediation-numerique/cnfs-2022-07.json',
    format: 'mediation',
    idPrefix: 'cnfs',
    priority: 1,
    url: 'https://raw.githubusercontent.com/anct-cartographie-nationale/client-application/9f64eee0ab0c004bee01b3793532f64086931d63/src/assets/data/lieux-de-mediation-numerique.cnfs.json',
    correctionUrl: CARTOGRAPHIE,
    title: 'Lieux d’activité des conseillers numériques France Services',
    publisher: 'ANCT – Cartographie nationale des lieux d’inclusion numérique',
    licence: LO2,
    date: '2022-07',
  },
  {
    id: 'hub-antilles',
    path: 'lieux-mediation-numerique/hub-antilles-2023-05.json',
    format: 'mediation',
    idPrefix: 'antilles',
    priority: 1,
    url: 'https://raw.githubusercontent.com/anct-cartographie-nationale/mednum-cli/f38218336c93d142cd6f0ec57ec265e83b0c0edb/assets/input/mednum-hub-antilles/mednum-hub-antilles.json',
    correctionUrl: CARTOGRAPHIE,
    title: 'Lieux de médiation numérique du Hub Antilles',
    publisher: 'ANCT – Cartographie nationale des lieux d’inclusion numérique (Hub Antilles)',
    licence: LO2,
    date: '2023-05',
  },
  {
    id: 'hinaura',
    path: 'lieux-mediation-numerique/hinaura-2021.json',
    format: 'mediation',
    idPrefix: 'hinaura',
    priority: 1,
    url: 'https://unpkg.com/@gouvfr-anct/cartographie-nationale@5.22.0/assets/data/source.json',
    correctionUrl: CARTOGRAPHIE,
    title: 'Lieux de médiation numérique du Hub Hinaura',
    publisher: 'ANCT – Cartographie nationale des lieux d’inclusion numérique (Hinaura)',
    licence: LO2,
    date: '2021',
  },
  {
    id: 'maine-et-loire',
    path: 'maine-et-loire/lieux-mediation-numerique-maine-et-loire-2021.json',
    format: 'maine-et-loire',
    idPrefix: 'ml49',
    priority: 2,
    url: 'https://raw.githubusercontent.com/anct-cartographie-nationale/mednum-cli/716e56f4989a773359d896894dc7c3c6332f2101/assets/input/lieux-de-mediation-numerique-en-maine-et-loire.json',
    correctionUrl: 'https://data.maine-et-loire.fr/explore/dataset/lieux-de-mediation-numerique-en-maine-et-loire/',
    title: 'Lieux de médiation numérique en Maine-et-Loire',
    publisher: 'Département de Maine-et-Loire',
    licence: LO2,
    date: '2021',
  },
  {
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
  },
  {
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
  },
];

export const PLACE_DATASETS = DATASETS.filter((d) => d.format !== 'communes-centroids');
export const COMMUNES_DATASET = DATASETS.find((d) => d.format === 'communes-centroids')!;
