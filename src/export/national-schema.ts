// The national schema « lieux de médiation numérique » v1.0.2 (LaMednum/standard-mediation-num,
// a Frictionless table schema; a copy sits in ../shared/schema/): its columns in order and the
// labels of its closed lists, keyed by Repère's own ids (src/shared/place.ts). Pure constants;
// tests/unit/export/ checks them against the schema file itself.
import type { AccessMode, Fee, Kind, Public, Service, Support } from '../shared/place';

export const SCHEMA = {
  name: 'standard-mediation-num',
  title: 'Lieux de médiation numérique',
  version: 'v1.0.2',
  url: 'https://raw.githubusercontent.com/LaMednum/standard-mediation-num/v1.0.2/schema.json',
  homepage: 'https://github.com/LaMednum/standard-mediation-num',
} as const;

/** What every exported file is published under: the sources' own licence. */
export const LICENCE = {
  name: 'Licence Ouverte 2.0',
  id: 'etalab-2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
} as const;

export const FIELDS = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const;
export type Field = (typeof FIELDS)[number];

/** One exported row: absent fields are simply not there (empty cell in CSV). */
export type SchemaRow = Partial<Record<Field, string | number>>;

/**
 * `pivot` (SIRET, RNA or RIDET) is required, but a Place carries none. The national
 * cartography's own tool (mednum-cli, `processPivot`) writes fourteen zeros when the SIRET is
 * unknown or unusable: the export does the same, so the row is recognisable as "pivot unknown".
 */
export const UNKNOWN_PIVOT = '00000000000000';

/** Lists inside one cell are separated by `|` (schema v1). */
export const LIST_SEPARATOR = '|';

// `wifi` and `printing` have no equivalent in the schema's nine services.
export const SERVICE_LABELS: Partial<Record<Service, string>> = {
  demarches: 'Aide aux démarches administratives',
  'outils-quotidien': 'Maîtrise des outils numériques du quotidien',
  'insertion-pro': 'Insertion professionnelle via le numérique',
  'numerique-securise': 'Utilisation sécurisée du numérique',
  parentalite: 'Parentalité et éducation avec le numérique',
  'loisirs-creations': 'Loisirs et créations numériques',
  'culture-numerique': 'Compréhension du monde numérique',
  'acces-materiel': 'Accès internet et matériel informatique',
  'materiel-solidaire': 'Acquisition de matériel informatique à prix solidaire',
};

// `demandeurs-emploi` has no equivalent; `tous` is the schema's default (empty field).
export const PUBLIC_LABELS: Partial<Record<Public, string>> = {
  jeunes: 'Jeunes',
  etudiants: 'Étudiants',
  familles: 'Familles et/ou enfants',
  seniors: 'Seniors',
  femmes: 'Femmes',
};

/**
 * Repère keeps one "foreign languages" value where the schema has two (English, others): the
 * sources say "langues étrangères" without naming one, so the catch-all "(autres)" is written.
 */
export const SUPPORT_LABELS: Record<Support, string> = {
  surdite: 'Surdité',
  'handicap-moteur': 'Handicaps moteurs',
  'handicap-mental': 'Handicaps mentaux',
  illettrisme: 'Illettrisme',
  'langues-etrangeres': 'Langues étrangères (autres)',
  'deficience-visuelle': 'Déficience visuelle',
};

export const FEE_LABELS: Record<Fee, string> = {
  gratuit: 'Gratuit',
  'gratuit-sous-condition': 'Gratuit sous condition',
  payant: 'Payant',
};

export const ACCESS_LABELS: Record<AccessMode, string> = {
  'se-presenter': 'Se présenter',
  telephoner: 'Téléphoner',
  'contacter-par-mail': 'Contacter par mail',
  'prendre-rdv': 'Prendre un RDV en ligne',
};

/** Repère labels (data/normalise/vocabulary.ts) that are one of the schema's national programmes. */
export const PROGRAMME_LABELS: Record<string, string> = {
  'Aidants Connect': 'Aidants Connect',
  'Bibliothèque numérique de référence': 'Bibliothèques numérique de référence',
  'Certification PIX': 'Certification PIX',
  'Conseiller numérique': 'Conseillers numériques',
  'France Services': 'France Services',
  'Grande École du Numérique': 'Grande école du numérique',
  'Point numérique CAF': "Point d'accès numérique CAF",
  'Promeneurs du Net': 'Promeneurs du net',
};

/**
 * `typologie` codes (data·inclusion's list of structure types) a kind implies. A lieu de
 * médiation may be an association, a town hall, a CCAS…: the records do not say, so none is written.
 */
export const KIND_TYPOLOGIE: Record<Kind, string | undefined> = {
  'france-services': 'RFS',
  mediatheque: 'BIB',
  'tiers-lieu': 'TIERS_LIEUX',
  mediation: undefined,
};

export const ITINERANT = 'Itinérant';
export const FIXED = 'Fixe';
