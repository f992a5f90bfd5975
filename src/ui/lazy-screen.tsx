import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';

/**
 * A screen whose code loads when it is first shown, so that screens most visits never open stay
 * out of the first paint. The service worker keeps each chunk the page loads, and the rest once
 * the link is free (src/sw/shell.ts): a screen opened once, or any screen after that, works offline.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const t = useT('common');
    const [Screen, setScreen] = useState(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!Screen)
        load().then(
          (c) => setScreen(() => (loaded = c)),
          () => setFailed(true),
        );
    }, []);
    if (Screen) return <Screen {...props} />;
    return <p role="status">{failed ? t('loadError') : t('loading')}</p>;
  };
}
