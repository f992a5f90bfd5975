import { useEffect, useState } from 'preact/hooks';
import { i18next, useT } from '../i18n';
import { loadManifest } from '../places/store';
import { formatDataDate } from '../offline/format';
import { AppLink } from '../ui/AppLink';
import { keepSettings } from './navigation';
import type { AppState } from './url-state';

/** On every screen: sources and credits, offline use, and the data date. */
export function Footer({ state }: { state: AppState }) {
  const t = useT('common');
  const [date, setDate] = useState<string>();
  useEffect(() => {
    loadManifest().then((m) => setDate(m.generatedAt), () => {});
  }, []);
  return (
    <footer class="footer">
      <nav aria-label={t('footer.label')}>
        <ul>
          <li>
            <AppLink to={{ ...keepSettings(state), page: 'about' }}>{t('footer.about')}</AppLink>
          </li>
          <li>
            <AppLink to={{ ...keepSettings(state), page: 'offline' }}>{t('footer.offline')}</AppLink>
          </li>
        </ul>
      </nav>
      {date && <p class="footer__date">{t('footer.dataDate', { date: formatDataDate(date, i18next.language) })}</p>}
    </footer>
  );
}
