import { useEffect, useRef } from 'preact/hooks';

/** What counts as someone being there. */
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Calls `onIdle` after `seconds` without activity, counting only once someone has touched
 * the screen (an untouched kiosk home has nothing to reset). `onActive` runs on every activity.
 */
export function useIdle(seconds: number, onIdle: () => void, onActive: () => void) {
  const handlers = useRef({ onIdle, onActive });
  handlers.current = { onIdle, onActive };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const activity = () => {
      clearTimeout(timer);
      handlers.current.onActive();
      timer = setTimeout(() => handlers.current.onIdle(), seconds * 1000);
    };
    for (const type of ACTIVITY) addEventListener(type, activity, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) removeEventListener(type, activity, { capture: true });
    };
  }, [seconds]);
}
