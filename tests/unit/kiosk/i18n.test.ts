import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isGsm7 } from '../../../src/share/gsm7';

const dir = (lang: string) => new URL(`../../../src/i18n/locales/${lang}/`, import.meta.url);
const load = (lang: string, file: string) => JSON.parse(readFileSync(new URL(file, dir(lang)), 'utf8')) as Record<string, unknown>;

/** "a.b.c" → "text" for every string; arrays count as one value. */
function flatten(obj: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [kk, vv] of flatten(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(prefix + k, JSON.stringify(v));
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const files = readdirSync(dir('fr')).filter((f) => f.endsWith('.json'));

describe('Kreyòl (gcf), English and easy-read French (falc) translate every French string', () => {
  for (const lang of ['gcf', 'en', 'falc']) {
    for (const file of files) {
      it(`${lang}/${file}: same keys and placeholders as fr/${file}`, () => {
        expect(existsSync(new URL(file, dir(lang))), `${lang}/${file} is missing`).toBe(true);
        const fr = flatten(load('fr', file));
        const other = flatten(load(lang, file));
        expect([...other.keys()].sort()).toEqual([...fr.keys()].sort());
        for (const [key, text] of fr) expect(placeholders(other.get(key)!), `${lang} ${file} ${key}`).toEqual(placeholders(text));
      });
    }
  }

  it('the SMS words of every language are GSM-7', () => {
    for (const lang of ['fr', 'en', 'gcf', 'falc']) for (const word of Object.values(load(lang, 'share.json').sms as Record<string, string>)) expect(isGsm7(word), `${lang}: ${word}`).toBe(true);
  });
});
