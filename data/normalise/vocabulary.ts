// Free-text labels of the schéma « lieux de médiation numérique » (early and current wordings)
// onto the fixed ids of src/shared/place.ts. Matching is on folded text (no accents, lower case)
// and by phrase, because some files glue several labels together without a separator.
import type { AccessMode, Fee, Public, Service, Support } from '../../src/shared/place';
import { fold } from './text';

type Rule<T> = [RegExp, T];

const SERVICE_RULES: Rule<Service>[] = [
  // current wording (schema v1)
  [/aide aux demarches administratives/, 'demarches'],
  [/maitrise des outils numeriques du quotidien/, 'outils-quotidien'],
  [/insertion professionnelle via le numerique/, 'insertion-pro'],
  [/utilisation securisee du numerique/, 'numerique-securise'],
  [/parentalite et education avec le numerique/, 'parentalite'],
  [/loisirs et creations numeriques/, 'loisirs-creations'],
  [/comprehension (et usage des sites d'information et medias|du monde numerique)/, 'culture-numerique'],
  [/acces internet et materiel informatique/, 'acces-materiel'],
  [/acquisition de materiel informatique a prix solidaire/, 'materiel-solidaire'],
  // early wording (2021–2022 files)
  [/prendre en main un (smartphone|ordinateur)|utiliser le numerique au quotidien|usages de base du numerique/, 'outils-quotidien'],
  [/approfondir ma culture numerique|promouvoir la citoyennete numerique/, 'culture-numerique'],
  [/acceder a une connexion internet|acceder a du materi/, 'acces-materiel'],
  [/demarches administratives|demarches de sante/, 'demarches'],
  [/insertion professionnelle|developper mon entreprise/, 'insertion-pro'],
  [/creer avec le numerique/, 'loisirs-creations'],
  [/parentalite/, 'parentalite'],
  [/securi(t|s)e/, 'numerique-securise'],
  [/equiper|prix solidaire|materiel reconditionne/, 'materiel-solidaire'],
];

const PUBLIC_RULES: Rule<Public>[] = [
  [/^jeunes|jeunes \(16 26 ans\)/, 'jeunes'],
  [/etudiant/, 'etudiants'],
  [/familles/, 'familles'],
  [/seniors/, 'seniors'],
  [/femmes/, 'femmes'],
  [/demandeurs? d'emploi|insertion/, 'demandeurs-emploi'],
  [/tout public|^tous$/, 'tous'],
];

const SUPPORT_RULES: Rule<Support>[] = [
  [/surdite/, 'surdite'],
  [/handicaps? moteurs?/, 'handicap-moteur'],
  [/handicaps? (mentaux|psychiques)/, 'handicap-mental'],
  [/illettrisme/, 'illettrisme'],
  [/langues? etrangeres?/, 'langues-etrangeres'],
  [/deficience visuelle/, 'deficience-visuelle'],
];

/** National programmes and labels worth showing, keyed by what the files write. */
const LABEL_RULES: Rule<string>[] = [
  [/cnfs|conseillers? numeriques?/, 'Conseiller numérique'],
  [/france services?|msap/, 'France Services'],
  [/aidants connect/, 'Aidants Connect'],
  [/aptic|pass numerique/, 'Pass numérique'],
  [/point relais caf|point d'acces numerique caf/, 'Point numérique CAF'],
  [/bibliotheques? numeriques? de reference/, 'Bibliothèque numérique de référence'],
  [/certification pix/, 'Certification PIX'],
  [/grande ecole du numerique/, 'Grande École du Numérique'],
  [/promeneurs du net/, 'Promeneurs du Net'],
  [/relais pour l'emploi/, "Relais pour l'emploi"],
  [/campus connecte/, 'Campus connecté'],
  // Tiers-lieux: what kind of place it is, as the census and the hubs say.
  [/fab ?labs?/, 'Fablab'],
  [/co ?working/, 'Coworking'],
];

/** Schema v1 `modalites_acces`: how to get help there. */
const ACCESS_RULES: Rule<AccessMode>[] = [
  [/se presenter/, 'se-presenter'],
  [/telephoner/, 'telephoner'],
  [/contacter par mail/, 'contacter-par-mail'],
  [/prendre un rdv|prendre rendez vous/, 'prendre-rdv'],
];

/** Equipment lists (Gironde `equipements`): the two the filters know. */
const EQUIPMENT_RULES: Rule<Service>[] = [
  [/\bwi ?fi\b/, 'wifi'],
  [/imprimante|impression/, 'printing'],
];

function matchAll<T>(text: string | undefined, rules: Rule<T>[], split = false): T[] {
  if (!text) return [];
  // ";" (v0), "|" (v1), " / " (Le Havre): never a bare "/", which "Familles/enfants" uses inside a label.
  const parts = split ? text.split(/[;|]|\s\/\s/).map(fold) : [fold(text)];
  const found = new Set<T>();
  for (const part of parts) for (const [re, id] of rules) if (re.test(part)) found.add(id);
  return [...found].sort();
}

export const mapServices = (text: string | undefined): Service[] => matchAll(text, SERVICE_RULES);
export const mapPublics = (text: string | undefined): Public[] => matchAll(text, PUBLIC_RULES, true);
export const mapSupport = (text: string | undefined): Support[] => matchAll(text, SUPPORT_RULES);
export const mapLabels = (text: string | undefined): string[] => matchAll(text, LABEL_RULES);
export const mapAccess = (text: string | undefined): AccessMode[] => matchAll(text, ACCESS_RULES);
export const mapEquipment = (text: string | undefined): Service[] => matchAll(text, EQUIPMENT_RULES);

/** `modalites_acces` saying only "Ce lieu n'accueille pas de public": not a place one can go to. */
export const noPublicReception = (text: string | undefined): boolean =>
  text !== undefined && /n'accueille pas de public/.test(fold(text)) && mapAccess(text).length === 0;

/**
 * One fee per place. Files list several conditions ("Gratuit;Adhésion;Payant"): the most favourable
 * one is what a person on a low income needs to know, so free beats conditional beats paying.
 */
export function mapFees(text: string | undefined): Fee | undefined {
  if (!text) return undefined;
  const parts = text.split(/[;|,]/).map((p) => fold(p.split(':')[0] ?? ''));
  if (parts.some((p) => p === 'gratuit')) return 'gratuit';
  if (parts.some((p) => p.startsWith('gratuit sous condition'))) return 'gratuit-sous-condition';
  if (parts.some((p) => p === 'payant' || p === 'adhesion')) return 'payant';
  return undefined;
}
