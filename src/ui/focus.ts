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
    // The heading may render after data arrives: try now, then on the next frames.
    let tries = 0;
    const focus = () => {
      const target = document.querySelector<HTMLElement>('[data-focus-heading]');
      if (target) target.focus();
      else if (tries++ < 60) requestAnimationFrame(focus);
    };
    focus();
  }, [key]);
}
