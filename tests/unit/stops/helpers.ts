// i18next with the real resources of the stops' screens, in each language.
import i18next, { type TFunction } from 'i18next';
import { readFileSync } from 'node:fs';

const load = (lang: string, ns: string) => JSON.parse(readFileSync(new URL(`../../../src/i18n/locales/${lang}/${ns}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
export const LANGS = ['fr', 'en', 'gcf', 'falc'] as const;

export async function initStopsI18n(): Promise<void> {
  const resources = Object.fromEntries(LANGS.map((l) => [l, { stops: load(l, 'stops'), place: load(l, 'place'), share: load(l, 'share'), about: load(l, 'about') }]));
  await i18next.init({ lng: 'fr', fallbackLng: false, resources, interpolation: { escapeValue: false } });
}

export const tIn = (lang: (typeof LANGS)[number]): TFunction => i18next.getFixedT(lang, ['stops', 'place']);

/** The texts put no-break spaces in times ("9\u00a0h"): compared here with plain spaces. */
export const plain = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');
