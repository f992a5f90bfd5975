import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import type { Commune } from '../shared/place';
import { loadWholeGazetteer } from '../places/store';
import { townList, type TownList } from './towns';

interface Props {
  near: { lat: number; lon: number };
  onPick: (commune: Commune) => void;
  onClose: () => void;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** A town chosen with big buttons only: the nearest towns, narrowed with an on-screen letter pad. */
export function TownPicker({ near, onPick, onClose }: Props) {
  const t = useT('kiosk');
  const ref = useRef<HTMLDialogElement>(null);
  const [towns, setTowns] = useState<TownList | 'loading' | 'failed'>('loading');
  const [prefix, setPrefix] = useState('');

  useEffect(() => {
    ref.current?.showModal();
    loadWholeGazetteer()
      .then((g) => setTowns(townList(g.communes, near, g.keys)))
      .catch(() => setTowns('failed'));
  }, []);

  const matches = useMemo(() => (typeof towns === 'object' ? towns.find(prefix) : []), [towns, prefix]);

  return (
    <dialog ref={ref} class="kiosk-picker" aria-labelledby="kiosk-picker-title" onCancel={onClose}>
      <div class="kiosk-picker__head">
        <h2 id="kiosk-picker-title">{prefix ? t('townsMatching', { prefix }) : t('townsNearby')}</h2>
        <button type="button" class="kiosk-button" onClick={onClose}>
          {t('closePicker')}
        </button>
      </div>
      {towns === 'loading' && <p role="status">{t('loadingTowns')}</p>}
      {towns === 'failed' && <p role="alert">{t('townsFailed')}</p>}
      {typeof towns === 'object' && matches.length === 0 && <p role="status">{t('noTown', { prefix })}</p>}
      <ul class="kiosk-picker__towns" aria-live="polite">
        {matches.map((c) => (
          <li key={c.insee}>
            <button type="button" class="kiosk-button kiosk-town" data-insee={c.insee} onClick={() => onPick(c)}>
              {c.name} <span class="kiosk-town__dep">({c.dep})</span>
            </button>
          </li>
        ))}
      </ul>
      <p class="kiosk-picker__typed">
        {t('typed')} <output class="kiosk-picker__prefix">{prefix || '…'}</output>
      </p>
      <div class="kiosk-pad" role="group" aria-label={t('letterPad')}>
        {LETTERS.map((letter) => (
          <button type="button" class="kiosk-pad__key" key={letter} aria-label={t('letter', { letter })} onClick={() => setPrefix(prefix + letter)}>
            {letter}
          </button>
        ))}
        <button type="button" class="kiosk-pad__key kiosk-pad__wide" onClick={() => setPrefix(`${prefix} `)} disabled={!prefix}>
          {t('space')}
        </button>
        <button type="button" class="kiosk-pad__key kiosk-pad__wide" onClick={() => setPrefix(prefix.slice(0, -1))} disabled={!prefix}>
          {t('erase')}
        </button>
        <button type="button" class="kiosk-pad__key kiosk-pad__wide" onClick={() => setPrefix('')} disabled={!prefix}>
          {t('eraseAll')}
        </button>
      </div>
    </dialog>
  );
}
