import { useMode } from '../app/mode';
import { keepSettings } from '../app/navigation';
import type { AppState } from '../app/url-state';
import { useT } from '../i18n';
import { AppLink } from '../ui/AppLink';
import { useKeptPlaces } from './use-kept';
import './favourites.css';

/** "Mes lieux (3)" in the header, on a personal device only. */
export function FavouritesLink({ state }: { state: AppState }) {
  const t = useT('favourites');
  const kept = useKeptPlaces();
  if (useMode() === 'kiosk') return null;
  const count = kept?.length ?? 0;
  return (
    <AppLink to={{ ...keepSettings(state), page: 'favoris' }} class="favourites-link" aria-current={state.page === 'favoris' ? 'page' : undefined}>
      <span aria-hidden="true">★</span> {count ? t('navCount', { count }) : t('nav')}
    </AppLink>
  );
}
