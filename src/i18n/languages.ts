// The interface languages, pure (no i18next): the URL parser, formatters and the switcher share them.

/**
 * `falc` is easy-read French ("Facile à lire et à comprendre", Inclusion Europe's rules): French
 * for the browser, speech and Intl, so `<html lang="fr">` while it is shown.
 */
export const LANGUAGES = [
  { code: 'fr', label: 'Français', htmlLang: 'fr' },
  { code: 'en', label: 'English', htmlLang: 'en' },
  { code: 'gcf', label: 'Kréyòl', htmlLang: 'gcf' },
  { code: 'falc', label: 'Facile à lire', htmlLang: 'fr' },
] as const;
export type Lang = (typeof LANGUAGES)[number]['code'];

export const isLang = (code: string | undefined): code is Lang => LANGUAGES.some((l) => l.code === code);

/**
 * The BCP 47 tag of a language code, for `lang=` attributes, Intl and speech: "falc" is not a valid
 * tag (Intl throws on it), easy-read French is French.
 */
export const htmlLang = (code: string): string => LANGUAGES.find((l) => l.code === code)?.htmlLang ?? code;
