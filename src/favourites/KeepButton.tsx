import { useState } from 'preact/hooks';
import { useMode } from '../app/mode';
import { useT } from '../i18n';
import type { Place } from '../shared/place';
import { keepPlace, removeKept } from './kept-store';
import { useKeptPlaces } from './use-kept';
import './favourites.css';
import { titleOf } from '../stops/stop-texts';

/**
 * "Garder": keeps the place in "Mes lieux" on this device, or takes it out (a toggle button:
 * aria-pressed, and a name that says which place). Never on a kiosk.
 */
export function KeepButton({ place }: { place: Place }) {
  const t = useT('favourites');
  const kiosk = useMode() === 'kiosk';
  const kept = useKeptPlaces();
  const [failed, setFailed] = useState(false);
  if (kiosk) return null;
  const pressed = Boolean(kept?.some((k) => k.id === place.id));
  const toggle = () => {
    // A place kept is for later, often without a signal: the "Mes lieux" screen is loaded now,
    // and the worker keeps it like any file the page asks for (src/sw/shell.ts): it opens offline.
    if (!pressed) void import('./FavouritesPage').catch(() => undefined);
    void (pressed ? removeKept(place.id) : keepPlace(place)).then(
      () => setFailed(false),
      () => setFailed(true),
    );
  };
  return (
    <>
      <button type="button" class="keep-button" aria-pressed={pressed} disabled={kept === undefined} onClick={toggle}>
        <span class="keep-button__star" aria-hidden="true">
          {pressed ? '★' : '☆'}
        </span>
        {t('keep.label')}
        <span class="visually-hidden">{t('keep.which', { name: titleOf(t, place) })}</span>
      </button>
      {failed && (
        <p role="alert" class="message message--error">
          {t('keep.failed')}
        </p>
      )}
    </>
  );
}
