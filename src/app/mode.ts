import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** 'kiosk': shared touch screen, nothing leaves it (see src/kiosk/). */
export type Mode = 'personal' | 'kiosk';
export const ModeContext = createContext<Mode>('personal');
export const useMode = () => useContext(ModeContext);
