// Update dates as the files write them, to YYYY-MM-DD. A date the source could not have meant
// (the Unix epoch that spreadsheets and exports write for "no date") is unknown, never a date.

/** Written for "no date" by exports that turn an empty value into 0 (UTC and UTC−x offsets). */
const EPOCH_PLACEHOLDERS = new Set(['1969-12-31', '1970-01-01']);

const ISO = /^(\d{4})-(\d{2})-(\d{2})/; // 2022-05-09, 2022-05-09T10:00:00Z
const SLASHED_YMD = /^(\d{4})\/(\d{2})\/(\d{2})/; // 2020/06/30 14:16:50.898 (Hub Lo)
const FRENCH = /^(\d{2})\/(\d{2})\/(\d{4})$/; // 25/04/2022 (data·inclusion, Gironde)

/** The row's update date (YYYY-MM-DD), or undefined when absent, malformed or a placeholder. */
export function parseRowDate(raw: unknown): string | undefined {
  const s = String(raw ?? '').trim();
  const m = ISO.exec(s) ?? SLASHED_YMD.exec(s);
  const fr = m ? undefined : FRENCH.exec(s);
  const [y, mo, d] = m ? [m[1], m[2], m[3]] : fr ? [fr[3], fr[2], fr[1]] : [];
  if (!y || !mo || !d) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (EPOCH_PLACEHOLDERS.has(date)) return undefined;
  // 2022-02-30 is not a day: the round trip through Date catches it.
  const parsed = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? undefined : date;
}
