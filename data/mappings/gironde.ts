// Gironde: French column names, no id column, postcode inside the postal address, and its own
// service wording. `Coord. X` is the latitude, `Coord. Y` the longitude.
import type { ColumnMapping } from '../mapping';

export const GIRONDE: ColumnMapping = {
  // No id in the file: the name and the town make one that stays as long as they do.
  id: { join: ['Lieu', 'Commune'] },
  nom: 'Lieu',
  // "8 rue de la Boétie - 33000 Bordeaux" → the street before the postcode (and before a "BP 40111").
  adresse: { column: 'Adresse postale', pattern: /^(.*?)(?:[\s,-]*\b(?:BP|CS)\s*\d+)?(?:\s*-?\s*\d{5}\b.*)?$/i },
  // The last 5-digit number: "BP 40273 33697 Mérignac Cedex" is in 33697. Anchored: unanchored, a
  // cell with no postcode costs a pass per starting position.
  code_postal: { column: 'Adresse postale', pattern: /^[\s\S]*\b(\d{5})\b/ },
  commune: 'Commune',
  latitude: 'Coord. X',
  longitude: 'Coord. Y',
  telephone: 'Téléphone',
  courriels: 'Email',
  site_web: 'Site internet',
  date_maj: 'Dernière MAJ',
  services: {
    terms: [
      { columns: ['services'], match: /démarches administratives/i, value: 'Aide aux démarches administratives' },
      { columns: ['services'], match: /initié aux outils numériques/i, value: 'Maîtrise des outils numériques du quotidien' },
      { columns: ['services', 'equipements'], match: /accès à internet|accès internet|ordinateur/i, value: 'Accès internet et matériel informatique' },
      { columns: ['services'], match: /activités récréatives numériques/i, value: 'Loisirs et créations numériques' },
    ],
  },
};
