import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { htmlLang, type Lang } from './languages';

export { htmlLang, isLang, LANGUAGES, type Lang } from './languages';

/**
 * UI text lives in src/i18n/locales/<lang>/<namespace>.json: one folder per language,
 * one file per feature (common, finder, offline, kiosk, share…), so features don't collide.
 * French is bundled (first paint needs it); other languages are loaded on demand and precached.
 */
const french = import.meta.glob<Record<string, unknown>>('./locales/fr/*.json', { eager: true, import: 'default' });
const lazy = import.meta.glob<Record<string, unknown>>(['./locales/*/*.json', '!./locales/fr/*.json'], { import: 'default' });

const namespaceOf = (path: string) => path.replace(/^.*\/([^/]+)\.json$/, '$1');

function bundle(files: Record<string, Record<string, unknown>>) {
  return Object.fromEntries(Object.entries(files).map(([path, strings]) => [namespaceOf(path), strings]));
}

export async function initI18n(lang: Lang = 'fr') {
  const fr = bundle(french);
  await i18next.init({
    lng: 'fr',
    fallbackLng: 'fr',
    ns: Object.keys(fr),
    defaultNS: 'common',
    resources: { fr },
    interpolation: { escapeValue: false }, // Preact escapes text; never feed t() to innerHTML
    returnNull: false,
  });
  if (lang !== 'fr') await setLanguage(lang);
  else document.documentElement.lang = 'fr';
}

export async function setLanguage(lang: Lang) {
  if (lang !== 'fr' && !i18next.hasResourceBundle(lang, 'common')) {
    const entries = Object.entries(lazy).filter(([path]) => path.startsWith(`./locales/${lang}/`));
    await Promise.all(
      entries.map(async ([path, load]) => i18next.addResourceBundle(lang, namespaceOf(path), await load(), true, true)),
    );
  }
  await i18next.changeLanguage(lang);
  document.documentElement.lang = htmlLang(lang);
  // Easy-read text puts one idea per line (src/styles/app.css keeps its line breaks).
  document.documentElement.classList.toggle('falc', lang === 'falc');
}

/** Re-renders the component when the language changes. */
export function useT(ns: string | string[] = 'common') {
  const [, setTick] = useState(0);
  useEffect(() => {
    const onChange = () => setTick((n) => n + 1);
    i18next.on('languageChanged', onChange);
    return () => i18next.off('languageChanged', onChange);
  }, []);
  return i18next.getFixedT(null, ns);
}

export { i18next };
