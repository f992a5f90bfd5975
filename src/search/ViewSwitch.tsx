import type { AppState } from '../app/url-state';
import { useT } from '../i18n';
import { AppLink } from '../ui/AppLink';
import { Picto } from '../ui/Picto';

/** List or map, for the results of the app and of the embed: replaces the history entry (Back leaves the results). */
export function ViewSwitch({ state }: { state: AppState }) {
  const t = useT('finder');
  return (
    <nav class="view-switch" aria-label={t('results.viewLabel')}>
      <AppLink to={{ ...state, view: 'list' }} replace aria-current={state.view === 'list' ? 'page' : undefined}>
        <Picto name="list" />
        {t('results.viewList')}
      </AppLink>
      <AppLink to={{ ...state, view: 'map' }} replace aria-current={state.view === 'map' ? 'page' : undefined}>
        <Picto name="map" />
        {t('results.viewMap')}
      </AppLink>
    </nav>
  );
}
