import { useEffect } from 'preact/hooks';
import { KioskShell } from '../kiosk/KioskShell';
import { OfflinePage } from '../offline/OfflinePage';
import { OrientationPage } from '../orientation/OrientationPage';
import { i18next, isLang, setLanguage, useT } from '../i18n';
import { PlacePage } from '../places/PlacePage';
import { Results } from '../search/Results';
import { StartScreen } from '../search/StartScreen';
import { useFocusHeading } from '../ui/focus';
import { lazyScreen } from '../ui/lazy-screen';
import { LANG_STORAGE_KEY } from '../ui/LanguageSwitcher';
import { Footer } from './Footer';
import { Header } from './Header';
import { ModeContext } from './mode';
import { NavigateContext } from './navigation';
import type { AppState } from './url-state';
import { useUrlState } from './use-url-state';
import '../styles/app.css';

// About, kept places, hand-picked lists, the referral sheet and the embed builder load when first opened.
const AboutPage = lazyScreen(() => import('./AboutPage').then((m) => m.AboutPage));
const FavouritesPage = lazyScreen(() => import('../favourites/FavouritesPage').then((m) => m.FavouritesPage));
const PlaceListPage = lazyScreen(() => import('../place-list/PlaceListPage').then((m) => m.PlaceListPage));
const ReferralPage = lazyScreen(() => import('../referral/ReferralPage').then((m) => m.ReferralPage));
const EmbedBuilderPage = lazyScreen(() => import('../embed/EmbedBuilderPage').then((m) => m.EmbedBuilderPage));

function Screen({ state }: { state: AppState }) {
  if (state.page === 'about') return <AboutPage />;
  if (state.page === 'offline') return <OfflinePage />;
  if (state.page === 'favoris') return <FavouritesPage state={state} />;
  if (state.page === 'fiche') return <ReferralPage state={state} />;
  if (state.page === 'orientation') return <OrientationPage state={state} />;
  if (state.page === 'integrer') return <EmbedBuilderPage state={state} />;
  if (state.place) return <PlacePage state={state} />;
  if (state.places.length) return <PlaceListPage state={state} />;
  if (state.near || state.commune) return <Results state={state} />;
  return <StartScreen state={state} />;
}

const screenKey = (s: AppState) => JSON.stringify([s.page, s.step, s.place, s.near, s.commune]);

export function App() {
  const t = useT('common');
  const [state, navigate] = useUrlState();
  const mode = state.mode === 'kiosk' ? 'kiosk' : 'personal';
  useFocusHeading(screenKey(state));

  useEffect(() => {
    // A personal device remembers the language; a URL's ?lang= or a kiosk's start address wins.
    if (mode === 'personal' && !state.lang) {
      let saved: string | null = null;
      try {
        saved = localStorage.getItem(LANG_STORAGE_KEY);
      } catch {
        /* storage blocked */
      }
      if (isLang(saved ?? undefined) && saved !== i18next.language) void setLanguage(saved as Parameters<typeof setLanguage>[0]);
    }
  }, []);

  return (
    <ModeContext.Provider value={mode}>
      <NavigateContext.Provider value={navigate}>
        <KioskShell state={state}>
          <a class="skip-link" href="#main">
            {t('skipLink')}
          </a>
          <Header state={state} />
          <main id="main" tabIndex={-1}>
            <Screen state={state} />
          </main>
          <Footer state={state} />
        </KioskShell>
      </NavigateContext.Provider>
    </ModeContext.Provider>
  );
}
