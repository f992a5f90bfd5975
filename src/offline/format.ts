// Sizes and dates as people read them: "2,4 Mo", "1er août 2024". Pure, so unit-tested.

const UNITS: Record<string, [string, string, string, string]> = {
  fr: ['octets', 'Ko', 'Mo', 'Go'],
  en: ['bytes', 'KB', 'MB', 'GB'],
  falc: ['octets', 'kilooctets', 'mégaoctets', 'gigaoctets'], // easy-read French: no abbreviations
};

/** Decimal units (1 Mo = 1 000 000 octets), as phones show storage; one decimal below 10. */
export function formatBytes(bytes: number, lang = 'fr'): string {
  const units = UNITS[lang] ?? UNITS.fr;
  const locale = lang === 'en' ? 'en-GB' : 'fr-FR';
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(
    Number(value.toFixed(digits)),
  );
  return `${number}\u00a0${units[unit]}`;
}

/**
 * "2024-08-01…" → "1er août 2024" (French ordinal for the first day), "1 August 2024" in English.
 * A month-only date (a dataset's "2022-07") stays month-only: "juillet 2022", never a made-up day.
 * The one formatter of data and source dates in the app (footer, about, place page, offline).
 */
export function formatDataDate(iso: string, lang = 'fr'): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  // Noon UTC: the calendar day is the same in every French time zone.
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1), 12));
  const locale = lang === 'en' ? 'en-GB' : 'fr-FR';
  const fields = d ? ({ day: 'numeric', month: 'long', year: 'numeric' } as const) : ({ month: 'long', year: 'numeric' } as const);
  const formatted = new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'UTC' }).format(date);
  return lang === 'en' ? formatted : formatted.replace(/^1 /, '1er ');
}
