import { useEffect, useState } from 'preact/hooks';
import { useMode } from '../app/mode';
import { listKept, onKeptChange, type KeptPlace } from './kept-store';

/**
 * The kept places, read once and shared by every keep button, the header link and "Mes lieux";
 * read again after each change (in this tab or another). On a kiosk: nothing, and nothing is read.
 */
let cache: Promise<KeptPlace[]> | undefined;
onKeptChange(() => (cache = undefined));

const read = () => {
  cache ??= listKept().catch(() => {
    cache = undefined;
    return [];
  });
  return cache;
};

export function useKeptPlaces(): KeptPlace[] | undefined {
  const kiosk = useMode() === 'kiosk';
  const [kept, setKept] = useState<KeptPlace[]>();
  useEffect(() => {
    if (kiosk) return;
    let live = true;
    const load = () => void read().then((list) => live && setKept(list));
    load();
    const off = onKeptChange(load);
    return () => {
      live = false;
      off();
    };
  }, [kiosk]);
  return kept;
}
