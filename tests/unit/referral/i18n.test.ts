import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isGsm7 } from '../../../src/share/gsm7';

// The namespaces of favourites, lists and the referral sheet exist in easy-read French (falc)
// before the language is registered (by the orientation work): same keys as French.
const NAMESPACES = ['favourites', 'lists', 'referral'];
const load = (lang: string, ns: string) => JSON.parse(readFileSync(new URL(`../../../src/i18n/locales/${lang}/${ns}.json`, import.meta.url), 'utf8'));

function flatten(obj: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [kk, vv] of flatten(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(prefix + k, v);
  }
  return out;
}
const placeholders = (v: unknown) => [...JSON.stringify(v).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('favourites, lists and referral text', () => {
  for (const ns of NAMESPACES) {
    it(`falc/${ns}.json has the keys and placeholders of fr/${ns}.json`, () => {
      const fr = flatten(load('fr', ns));
      const falc = flatten(load('falc', ns));
      expect([...falc.keys()].sort()).toEqual([...fr.keys()].sort());
      for (const [key, text] of fr) expect(placeholders(falc.get(key)), key).toEqual(placeholders(text));
    });
  }

  it('the words of the SMS are GSM-7 in every language', () => {
    for (const lang of ['fr', 'en', 'gcf', 'falc']) {
      for (const ns of ['lists', 'referral']) {
        for (const [key, text] of flatten(load(lang, ns).sms)) expect(isGsm7(String(text)), `${lang} ${ns} sms.${key}: ${text}`).toBe(true);
      }
    }
  });

  it('the short days of the printed week are seven', () => {
    for (const lang of ['fr', 'en', 'gcf', 'falc']) expect(load(lang, 'referral').sheet.daysShort).toHaveLength(7);
  });
});
