import { FavouritesLink } from '../favourites/FavouritesLink';
import { OfflineStatus } from '../offline/OfflineStatus';
import { useT } from '../i18n';
import { AppLink } from '../ui/AppLink';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { keepSettings } from './navigation';
import type { AppState } from './url-state';

export function Header({ state }: { state: AppState }) {
  const t = useT('common');
  return (
    <header class="header">
      <div class="header__bar">
        <AppLink to={keepSettings(state)} class="brand">
          <span class="brand__mark" aria-hidden="true" />
          <span class="visually-hidden">{t('home')}</span>
          <span aria-hidden="true">{t('appName')}</span>
        </AppLink>
        <FavouritesLink state={state} />
        <LanguageSwitcher />
      </div>
      <OfflineStatus />
    </header>
  );
}
