import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseState, serializeState, type AppState } from './url-state';

/** Reads the state from the URL; `navigate` pushes a new history entry (or replaces it). */
export function useUrlState(): [AppState, (next: AppState, options?: { replace?: boolean }) => void] {
  const [state, setState] = useState(() => parseState(location.search));

  useEffect(() => {
    const onPop = () => setState(parseState(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: AppState, options: { replace?: boolean } = {}) => {
    const url = `${location.pathname}${serializeState(next)}`;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setState(parseState(location.search));
  }, []);

  return [state, navigate];
}
