/** IANA time zone of a département: hours in the data are local to the place. */
const OVERSEAS_TZ: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
};

export function timeZoneOf(dep: string): string {
  return OVERSEAS_TZ[dep] ?? 'Europe/Paris';
}

/** Region the opening_hours library needs for public holidays (Abolition de l'esclavage in the Antilles, Alsace-Moselle…). */
const HOLIDAY_REGION: Record<string, string> = {
  '57': 'Moselle',
  '67': 'Bas-Rhin',
  '68': 'Haut-Rhin',
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '976': 'Mayotte',
  '977': 'Saint-Barthélemy',
  '978': 'Saint-Martin',
};

export const holidayRegionOf = (dep: string): string => HOLIDAY_REGION[dep] ?? 'France';
