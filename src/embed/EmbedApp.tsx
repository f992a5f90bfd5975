import { NavigateContext } from '../app/navigation';
import { useUrlState } from '../app/use-url-state';
import { useT } from '../i18n';
import { OfflineStatus } from '../offline/OfflineStatus';
import { embedState, fullAppUrl } from './embed-url';
import { EmbedFinder } from './EmbedFinder';
import { NewTabLink } from './NewTabLink';
import '../styles/app.css';
import './embed.css';

/**
 * The embed's whole page: the finder for the address's search, and a way out to the full app.
 * No header, no footer, no language switcher, nothing kept but what works offline (the worker's
 * caches); it never talks to the page around it (no postMessage) and never takes the focus.
 */
export function EmbedApp() {
  const t = useT('embed');
  const [raw, navigate] = useUrlState();
  const state = embedState(raw);
  return (
    <NavigateContext.Provider value={navigate}>
      <main id="main" class="embed">
        <EmbedFinder state={state} />
      </main>
      <footer class="embed__footer">
        <NewTabLink href={fullAppUrl(location.origin, state)} class="embed__open">
          {t('openInApp')}
        </NewTabLink>
        <OfflineStatus />
      </footer>
    </NavigateContext.Provider>
  );
}
