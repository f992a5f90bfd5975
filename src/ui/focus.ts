import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to the screen's heading when the screen changes (not on first load),
 * so keyboard and screen-reader users land on the new content.
 */
export function useFocusHeading(key: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The heading may only render once data arrives (seconds on a weak network): wait for it,
    // but never pull focus away from something the person has moved to meanwhile.
    const started = document.activeElement;
    let tries = 0;
    const timer = setInterval(() => {
      const target = document.querySelector<HTMLElement>('[data-focus-heading]');
      const active = document.activeElement;
      const untouched = !active || active === document.body || active === started || !active.isConnected;
      if (target && untouched) target.focus();
      if (target || !untouched || ++tries > 300) clearInterval(timer);
    }, 50);
    return () => clearInterval(timer);
  }, [key]);
}
