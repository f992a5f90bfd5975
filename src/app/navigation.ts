import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { EMPTY_STATE, type AppState } from './url-state';

export type Navigate = (next: AppState, options?: { replace?: boolean }) => void;
export const NavigateContext = createContext<Navigate>(() => {});
export const useNavigate = () => useContext(NavigateContext);

/** Settings that follow the user from screen to screen (kiosk, language, large view); everything else is the screen. */
export const keepSettings = (state: AppState): AppState => ({
  ...EMPTY_STATE,
  mode: state.mode,
  label: state.label,
  idle: state.idle,
  lang: state.lang,
  large: state.large,
});
