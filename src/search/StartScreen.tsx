import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { keepSettings, useNavigate } from '../app/navigation';
import type { AppState } from '../app/url-state';
import { AppLink } from '../ui/AppLink';
import { CommuneCombobox } from './CommuneCombobox';
import { geolocate, type GeoError } from './geolocate';

export function StartScreen({ state }: { state: AppState }) {
  const t = useT(['finder', 'orientation']);
  const navigate = useNavigate();
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<GeoError>();

  const aroundMe = async () => {
    if (locating) return;
    setError(undefined);
    setLocating(true);
    try {
      const near = await geolocate();
      navigate({ ...keepSettings(state), near });
    } catch (e) {
      setError(e as GeoError);
    } finally {
      setLocating(false);
    }
  };

  return (
    <div class="start">
      <h1 tabIndex={-1} data-focus-heading>
        {t('start.title')}
      </h1>
      <p class="lead">{t('start.intro')}</p>
      <button type="button" class="button button--primary button--big" onClick={() => void aroundMe()} aria-describedby={error ? 'geo-error' : undefined}>
        <svg class="button__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm9 3h-2.06A7 7 0 0 0 13 5.06V3h-2v2.06A7 7 0 0 0 5.06 11H3v2h2.06A7 7 0 0 0 11 18.94V21h2v-2.06A7 7 0 0 0 18.94 13H21v-2zm-9 6a5 5 0 1 1 0-10 5 5 0 0 1 0 10z" />
        </svg>
        {t('start.aroundMe')}
      </button>
      <p role="status" class="status-line">
        {locating ? t('start.locating') : ''}
      </p>
      {error && (
        <p id="geo-error" class="message message--error" role="alert">
          {t(`start.geo.${error}`)}
        </p>
      )}
      <p class="separator" aria-hidden="true">
        {t('start.or')}
      </p>
      <CommuneCombobox onChoose={(c) => navigate({ ...keepSettings(state), commune: c.insee })} />
      <div class="start__guide">
        <p class="start__guide-question">{t('orientation:entry.question')}</p>
        <AppLink to={{ ...keepSettings(state), page: 'orientation' }} class="button button--secondary button--big">
          <span class="button__icon" aria-hidden="true">
            🧭
          </span>
          {t('orientation:entry.link')}
        </AppLink>
        <p class="hint">
          {t('orientation:entry.hint')}
        </p>
      </div>
    </div>
  );
}
