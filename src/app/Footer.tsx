import { i18next, useT } from '../i18n';
import { formatDataDate } from '../offline/format';
import { useDataManifest } from '../device-data/use-data-manifest';
import { AppLink } from '../ui/AppLink';
import { Picto } from '../ui/Picto';
import { keepSettings } from './navigation';
import type { AppState } from './url-state';

/** On every screen: sources and credits, offline use, and the data date. */
export function Footer({ state }: { state: AppState }) {
  const t = useT(['common', 'embed']);
  // The same hook as the header's offline line, so both show the version in use, even after an update.
  const manifest = useDataManifest();
  const date = manifest?.generatedAt;
  // The years the places' information spans; a copy saved before ranges existed says its date.
  const [from, to] = [manifest?.dateRange?.from.slice(0, 4), manifest?.dateRange?.to.slice(0, 4)];
  return (
    <footer class="footer">
      <nav aria-label={t('footer.label')}>
        <ul>
          <li>
            <AppLink to={{ ...keepSettings(state), page: 'about' }}><Picto name="about" />{t('footer.about')}</AppLink>
          </li>
          <li>
            <AppLink to={{ ...keepSettings(state), page: 'offline' }}><Picto name="offline" />{t('footer.offline')}</AppLink>
          </li>
          {/* For partners' sites: nothing to do with a shared screen. */}
          {state.mode !== 'kiosk' && (
            <li>
              <AppLink to={{ ...keepSettings(state), page: 'integrer' }}>{t('embed:builder.link')}</AppLink>
            </li>
          )}
        </ul>
      </nav>
      {from && to ? (
        <p class="footer__date">{from === to ? t('footer.dataYear', { year: to }) : t('footer.dataRange', { from, to })}</p>
      ) : (
        date && <p class="footer__date">{t('footer.dataDate', { date: formatDataDate(date, i18next.language) })}</p>
      )}
    </footer>
  );
}
