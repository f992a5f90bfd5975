import { useT } from '../i18n';
import { useUrlState } from './use-url-state';

/** Placeholder shell: the finder replaces this. */
export function App() {
  const t = useT();
  const [state] = useUrlState();
  return (
    <main id="main">
      <h1>{t('appName')}</h1>
      <p>{t('tagline')}</p>
      <pre hidden>{JSON.stringify(state)}</pre>
    </main>
  );
}
