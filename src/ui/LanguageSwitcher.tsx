import { htmlLang, i18next, LANGUAGES, setLanguage, useT, type Lang } from '../i18n';
import { useMode } from '../app/mode';

export const LANG_STORAGE_KEY = 'repere.lang';

/** Buttons rather than a select: one tap, and each name is read in its own language. */
export function LanguageSwitcher() {
  const t = useT('common');
  const mode = useMode();
  const choose = async (lang: Lang) => {
    await setLanguage(lang);
    // A shared kiosk must not remember the last visitor's choice.
    if (mode === 'personal') {
      try {
        localStorage.setItem(LANG_STORAGE_KEY, lang);
      } catch {
        /* private browsing: the choice lasts for this visit */
      }
    }
  };
  return (
    <nav class="lang" aria-label={t('language')}>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              lang={htmlLang(l.code)}
              aria-pressed={i18next.language === l.code}
              onClick={() => void choose(l.code)}
            >
              {l.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
