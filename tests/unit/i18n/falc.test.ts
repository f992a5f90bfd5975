// Easy-read French (FALC) follows the European easy-to-read rules (Inclusion Europe, "Information
// for all") where a machine can check them: short sentences, numbers as digits, no abbreviations,
// and it really is rewritten (not French copied over).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlLang, isLang, LANGUAGES } from '../../../src/i18n/languages';

const dir = (lang: string) => new URL(`../../../src/i18n/locales/${lang}/`, import.meta.url);
const strings = (lang: string): Map<string, string> => {
  const out = new Map<string, string>();
  const walk = (file: string, v: unknown, key: string) => {
    if (typeof v === 'string') out.set(`${file} ${key}`, v);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(file, x, `${key}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(file, x, key ? `${key}.${k}` : k);
  };
  for (const file of readdirSync(dir(lang)).filter((f) => f.endsWith('.json'))) walk(file, JSON.parse(readFileSync(new URL(file, dir(lang)), 'utf8')), '');
  return out;
};

/** Sentences (or list items, or lines): what a reader takes in at once. */
const sentences = (text: string) =>
  text
    .replace(/\{\{\w+\}\}/g, 'X')
    .split(/[.!?:;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w));

const MAX_WORDS = 16;
const NUMBER_WORDS = /\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|cent|mille)\b/i;
/** Abbreviations the French UI uses and easy-read French spells out. SMS words are exempt (160 characters). */
const ABBREVIATIONS = new RegExp(`(?<!\\p{L})(${['Auj\\.', 'RDV', 'Tél', 'Mo', 'Ko', 'Go', 'km', 'm', 'h', 'ex\\.', 'etc\\.', 'QR', 'ANTS'].join('|')})(?!\\p{L})`, 'u');
const SMS = /^share\.json sms\./;

const falc = strings('falc');
const fr = strings('fr');

describe('easy-read French (falc)', () => {
  it('is a language of its own, shown as French', () => {
    expect(isLang('falc')).toBe(true);
    expect(LANGUAGES.find((l) => l.code === 'falc')?.label).toBe('Facile à lire');
    expect(htmlLang('falc')).toBe('fr');
    expect(htmlLang('gcf')).toBe('gcf');
    // Intl rejects "falc" as a locale: every formatter must get the French tag instead.
    expect(() => new Intl.NumberFormat('falc')).toThrow(RangeError);
    expect(() => new Intl.NumberFormat(htmlLang('falc'))).not.toThrow();
  });

  it(`has short sentences (at most ${MAX_WORDS} words)`, () => {
    const long = [...falc].flatMap(([key, text]) => sentences(text).filter((s) => words(s).length > MAX_WORDS).map((s) => `${key}: ${s}`));
    expect(long).toEqual([]);
    // The check bites: ordinary French has longer ones.
    expect([...fr.values()].some((text) => sentences(text).some((s) => words(s).length > MAX_WORDS))).toBe(true);
  });

  it('writes numbers as digits and spells out abbreviations', () => {
    const bad = ([key, text]: [string, string]) => {
      const words = text.replace(/\{\{\w+\}\}/g, 'X');
      return !SMS.test(key) && (NUMBER_WORDS.test(words) || ABBREVIATIONS.test(words));
    };
    expect([...falc].filter(bad).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect([...fr].filter(bad).length).toBeGreaterThan(3);
  });

  it('is rewritten, not French copied over', () => {
    const long = [...fr].filter(([, text]) => words(text).length >= 4);
    const same = long.filter(([key, text]) => falc.get(key) === text);
    // Names and short facts (days, "Adresse : …") may stay; most sentences are written again.
    expect(same.length / long.length).toBeLessThan(0.15);
  });
});
