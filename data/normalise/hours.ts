// Opening hours: published as OSM opening_hours only when the opening_hours library (the one the
// app uses) accepts them; anything else is kept verbatim as plain text and reported.
import opening_hours, { type optional_conf } from 'opening_hours';
import { clean } from './text';

// The library's typings make every option mandatory; undefined means "default".
const OPTIONS: optional_conf = { tag_key: 'opening_hours', mode: undefined, map_value: undefined, warnings_severity: undefined, locale: undefined };

export type HoursResult = { hours: string } | { hoursText: string; error: string } | undefined;

const cache = new Map<string, HoursResult>();

const FRENCH_WORDING = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|apr[eè]s-midi|sur rendez-vous)\b|\d\s*h\s*\d{0,2}\b/i;

export function parseHours(raw: string | undefined): HoursResult {
  const value = clean(raw);
  if (!value) return undefined;
  const known = cache.get(value);
  if (known !== undefined) return known;
  let result: HoursResult;
  // OSM caps a tag's value at 255 characters; the library takes seconds over a long text (and logs
  // "Infinite loop" for some) to refuse it anyway.
  if (value.length > 255) {
    result = { hoursText: value, error: 'longer than an OSM value can be (255 characters)' };
    cache.set(value, result);
    return result;
  }
  // Hours written out in French ("du lundi au vendredi 9h-12h") are never OSM: the library would
  // spend long looking for corrections (seconds over the hub files) to refuse them anyway.
  if (FRENCH_WORDING.test(value)) {
    result = { hoursText: value, error: 'written in words, not in OSM form' };
    cache.set(value, result);
    return result;
  }
  try {
    const oh = new opening_hours(value, null, OPTIONS);
    result = { hours: oh.prettifyValue() };
  } catch (e) {
    result = { hoursText: value, error: String(e).split('\n')[0]!.slice(0, 200) };
  }
  cache.set(value, result);
  return result;
}

const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const FR_DAYS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'];
const RANGE = /^(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})$/;

/**
 * France Services gives one column per weekday, e.g. "09:00 - 12:00 / 13:30 - 17:00".
 * Days with identical ranges are grouped ("Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00").
 * A day that does not read as ranges makes the whole week plain text ("Lundi : …; …").
 */
export function weekdayColumnsToOsm(days: (string | undefined)[]): string | { text: string } | undefined {
  const perDay: string[] = [];
  let malformed = false;
  days.forEach((raw, i) => {
    const value = raw?.trim() ?? '';
    if (value === '') return void (perDay[i] = '');
    const ranges = value.split('/').map((part) => {
      const m = RANGE.exec(part.trim());
      // "24:00 - 25:00" matches the form but is no time of day: the week stays as the source wrote it.
      const valid = m && [m[1], m[3]].every((h) => Number(h) <= 24) && [m[2], m[4]].every((min) => Number(min) < 60);
      return valid ? `${m[1]!.padStart(2, '0')}:${m[2]}-${m[3]!.padStart(2, '0')}:${m[4]}` : undefined;
    });
    if (ranges.some((r) => r === undefined)) malformed = true;
    perDay[i] = ranges.join(',');
  });
  if (malformed) {
    const text = days
      .map((raw, i) => (raw?.trim() ? `${FR_DAYS[i]} : ${raw.trim()}` : ''))
      .filter(Boolean)
      .join('; ');
    return { text };
  }
  const rules: string[] = [];
  for (let i = 0; i < perDay.length; ) {
    let j = i;
    while (j + 1 < perDay.length && perDay[j + 1] === perDay[i]) j++;
    if (perDay[i]) rules.push(`${OSM_DAYS[i]}${j > i ? (j === i + 1 ? ',' : '-') + OSM_DAYS[j] : ''} ${perDay[i]}`);
    i = j + 1;
  }
  return rules.length ? rules.join('; ') : undefined;
}
