import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';

/**
 * ?page=offline — save a département, a region or the whole of France, see and delete what is
 * stored. The body loads on demand: it is not part of the first screen's code.
 */
export function OfflinePage() {
  const t = useT('common');
  const [Body, setBody] = useState<ComponentType>();
  useEffect(() => {
    void import('./OfflineAreas').then((m) => setBody(() => m.OfflineAreas));
  }, []);
  return Body ? <Body /> : <p role="status">{t('loading')}</p>;
}
