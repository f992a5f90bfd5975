// E-mail addresses: published only when they reach a service, not a named person.
//
// Rule (docs/data.md): a local part made of two or three name-like words joined by "." or "_"
// ("prenom.nom", "j.dupont", "jean.paul.martin") is a person's address and is dropped, at any
// domain — including institutional ones such as @conseiller-numerique.fr, where such addresses
// name an individual adviser. It is kept when one of its words is functional vocabulary
// ("accueil.cscv", "mairie.avessac", "cs.beauregard", "bibliotheque.numerique").

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/;

/** Short words that stand for a service when they are a whole word of the address. */
const FUNCTIONAL_WORDS = new Set([
  'cs', 'csc', 'cscs', 'cscv', 'fs', 'mfs', 'efs', 'msap', 'epn', 'mjc', 'mpt', 'pij', 'bij', 'cij', 'ccas', 'cias',
  'ml', 'mla', 'bib', 'bm', 'cdc', 'cc', 'ca', 'ot', 'rsa', 'caf', 'cpam', 'pae', 'evs', 'fjt', 'ehpad', 'cyber',
  'info', 'infos', 'pole', 'ville', 'rdv', 'aide', 'lab', 'asso', 'club', 'cafe', 'foyer', 'ecole', 'poste',
]);

/** Word stems that make an address functional wherever they appear in a word. */
const FUNCTIONAL_STEMS = [
  'accueil', 'contact', 'mairie', 'commune', 'centre', 'social', 'service', 'mediath', 'biblio', 'numeri',
  'cyberbase', 'secretaria', 'direction', 'associa', 'atelier', 'animation', 'epicerie', 'territoire', 'jeune',
  'emploi', 'france', 'maison', 'espace', 'agence', 'mission', 'relais', 'tiers', 'fablab', 'public', 'admin',
  'communaute', 'quartier', 'multimedia', 'ludo', 'point', 'reseau', 'mediation', 'insertion', 'formation',
  'famille', 'senior', 'solidar', 'habitant', 'citoyen', 'culture', 'loisir', 'accompagn', 'permanence',
  'guichet', 'bureau', 'office', 'college', 'lycee', 'residence', 'ressource', 'conseil', 'inclusion',
  'informatique', 'digital', 'web', 'coordination', 'projet', 'equipe', 'standard', 'courrier', 'interco',
];

export function isPersonalEmail(email: string): boolean {
  const local = email.split('@')[0] ?? '';
  const words = local.split(/[._]/);
  if (words.length < 2 || words.length > 3) return false;
  if (!words.every((w) => /^[a-z][a-z-]*$/.test(w))) return false;
  const functional = words.some((w) => FUNCTIONAL_WORDS.has(w) || FUNCTIONAL_STEMS.some((stem) => w.includes(stem)));
  return !functional;
}

export type EmailResult = { email: string } | { dropped: 'invalid' | 'personal' } | undefined;

/** Lower-cased valid address, or why it was dropped; undefined when the field is empty. */
export function normaliseEmail(raw: string | undefined): EmailResult {
  if (!raw) return undefined;
  const first = raw.trim().toLowerCase().replace(/^mailto:/, '').split(/[\s;,/|]+/)[0] ?? '';
  if (first === '') return undefined;
  if (!EMAIL.test(first)) return { dropped: 'invalid' };
  if (isPersonalEmail(first)) return { dropped: 'personal' };
  return { email: first };
}
