import { useMode } from '../app/mode';
import { i18next, useT } from '../i18n';
import { formatDataDate } from './format';
import { useReloadOffer } from './reload-offer';
import { useDataManifest } from '../device-data/use-data-manifest';
import { useOnline } from '../device-data/use-online';
import './offline.css';

/** Header strip: "Hors ligne · données du 1er août 2024", and the new-version prompt (not on a kiosk). */
export function OfflineStatus() {
  const t = useT('offline');
  const online = useOnline();
  const manifest = useDataManifest();
  const reload = useReloadOffer();
  const mode = useMode();
  // A kiosk asks nobody: it applies the new version at its next reset (applyWaitingUpdate).
  const offerReload = reload && mode !== 'kiosk';
  const date = manifest ? formatDataDate(manifest.generatedAt, i18next.language) : undefined;
  // The live region is always there, so screen readers announce what appears in it.
  return (
    <div class="offline-status" role="status">
      {!online && (
        <p class="offline-status__line" data-testid="offline-status">
          <span class="offline-status__dot" aria-hidden="true" />
          {date ? t('status.offlineWithDate', { date }) : t('status.offline')}
        </p>
      )}
      {offerReload && (
        <p class="offline-status__line offline-status__update">
          {t('status.newVersion')}
          <button type="button" class="offline-button" onClick={reload}>
            {t('status.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
