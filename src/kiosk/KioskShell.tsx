import type { ComponentChildren } from 'preact';
import type { AppState } from '../app/url-state';

interface Props {
  state: AppState;
  children: ComponentChildren;
}

/** Kiosk mode wrapper (?mode=kiosk): idle countdown and full reset. Filled in by src/kiosk/. */
export function KioskShell({ children }: Props) {
  return <>{children}</>;
}
