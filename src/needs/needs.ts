// What a person comes for, in their words, and what it means for the index: one pure table
// shared by the guided orientation (src/orientation/) and the mediator's referral sheet.
// Every need maps onto ordinary URL filters, so an orientation ends on a plain results URL.
import type { Kind, Service } from '../shared/place';

export const NEEDS = ['demarches', 'apprendre', 'imprimer', 'ordinateur', 'materiel', 'enfant', 'emploi', 'arnaques', 'autre'] as const;
export type Need = (typeof NEEDS)[number];

/** What to bring, by need (labels in the `needs` namespace, `bring.<id>`). */
export const BRING_ITEMS = [
  'identite',
  'numero-fiscal',
  'france-connect',
  'numero-caf',
  'carte-vitale',
  'france-travail',
  'justificatif-domicile',
  'justificatif-ressources',
  'telephone-charge',
  'codes-appareil',
  'email-mot-de-passe',
  'documents-a-imprimer',
  'cle-usb',
  'cv',
  'messages-suspects',
  'identifiants-ent',
] as const;
export type BringItem = (typeof BRING_ITEMS)[number];

export interface Filters {
  kinds: Kind[];
  services: Service[];
}

export interface NeedRule {
  /** Pictogram shown beside the words (decorative: the words carry the meaning). */
  icon: string;
  /** The filters this need adds to a search. Empty: the nearest places that can help in general. */
  filters: Filters;
  /**
   * Where the open data rarely records what the need asks (few sources say whether a place has a
   * printer), the results say so and offer these places, which can help in general.
   */
  fallback?: Filters & {
    /** Why these places (key in the `needs` namespace, `fallback.<key>`). */
    reason: string;
  };
  bring: BringItem[];
}

/**
 * Sources of the mapping: the nine services of the national schema, and the France Services
 * charter (every France Services helps with the procedures of its partner bodies — CAF, impôts,
 * ANTS, France Travail, Assurance maladie… — and offers a computer, a printer and a scanner in free access).
 */
export const NEED_RULES: Record<Need, NeedRule> = {
  demarches: {
    icon: '📄',
    filters: { kinds: [], services: ['demarches'] },
    // Every France Services helps with its partners' procedures (charter), whatever its record lists;
    // lieux de médiation (conseillers numériques, Aidants Connect) help to do them online.
    fallback: { kinds: ['france-services', 'mediation'], services: [], reason: 'procedures' },
    bring: ['identite', 'france-connect', 'numero-fiscal', 'numero-caf', 'carte-vitale', 'justificatif-domicile', 'telephone-charge', 'email-mot-de-passe'],
  },
  apprendre: {
    icon: '📱',
    filters: { kinds: [], services: ['outils-quotidien'] },
    // Lieux de médiation and libraries run most first-steps workshops, recorded or not.
    fallback: { kinds: ['mediation', 'mediatheque'], services: [], reason: 'askAdvice' },
    bring: ['telephone-charge', 'codes-appareil', 'email-mot-de-passe'],
  },
  imprimer: {
    icon: '🖨️',
    filters: { kinds: [], services: ['printing'] },
    fallback: { kinds: ['france-services'], services: [], reason: 'franceServicesEquipment' },
    bring: ['documents-a-imprimer', 'cle-usb', 'email-mot-de-passe'],
  },
  ordinateur: {
    icon: '💻',
    // A library, an EPN or a France Services: the data rarely lists public computers, but these kinds have them.
    filters: { kinds: ['mediatheque', 'mediation', 'france-services'], services: [] },
    bring: ['email-mot-de-passe', 'cle-usb'],
  },
  materiel: {
    icon: '🛒',
    filters: { kinds: [], services: ['materiel-solidaire'] },
    fallback: { kinds: ['france-services', 'mediation'], services: [], reason: 'askAdvice' },
    bring: ['identite', 'justificatif-ressources', 'justificatif-domicile'],
  },
  enfant: {
    icon: '🎒',
    filters: { kinds: [], services: ['parentalite'] },
    fallback: { kinds: ['mediation', 'mediatheque'], services: [], reason: 'askAdvice' },
    bring: ['identifiants-ent', 'telephone-charge', 'codes-appareil'],
  },
  emploi: {
    icon: '💼',
    filters: { kinds: [], services: ['insertion-pro'] },
    fallback: { kinds: ['france-services'], services: [], reason: 'franceServicesPartners' },
    bring: ['identite', 'france-travail', 'cv', 'cle-usb', 'email-mot-de-passe'],
  },
  arnaques: {
    icon: '🛡️',
    filters: { kinds: [], services: ['numerique-securise'] },
    fallback: { kinds: ['mediation', 'france-services'], services: [], reason: 'askAdvice' },
    bring: ['telephone-charge', 'messages-suspects', 'codes-appareil'],
  },
  autre: {
    icon: '💬',
    filters: { kinds: [], services: [] },
    bring: ['identite', 'telephone-charge'],
  },
};

export const isNeed = (value: string | null | undefined): value is Need => (NEEDS as readonly string[]).includes(value ?? '');
