import { useState } from 'preact/hooks';
import { useNavigate } from '../app/navigation';
import type { AppState } from '../app/url-state';
import { useT } from '../i18n';
import { REFERRAL_MAX } from '../referral/open';
import { ReferralButton } from '../referral/ReferralButton';
import type { Place } from '../shared/place';
import { LIST_MAX, listState } from './links';
import './place-list.css';
import { titleOf } from '../stops/stop-texts';

/** Choosing places in a result list, to send them together or to put them on a referral sheet. */
export interface Picker {
  active: boolean;
  picked: string[];
  start: () => void;
  stop: () => void;
  toggle: (id: string) => void;
}

export function usePicker(): Picker {
  const [picked, setPicked] = useState<string[] | null>(null);
  return {
    active: picked !== null,
    picked: picked ?? [],
    start: () => setPicked([]),
    stop: () => setPicked(null),
    toggle: (id) =>
      setPicked((list) => {
        const now = list ?? [];
        if (now.includes(id)) return now.filter((x) => x !== id);
        return now.length < LIST_MAX ? [...now, id] : now;
      }),
  };
}

/** The checkbox of one result, in choosing mode. */
export function PickBox({ place, picker }: { place: Place; picker: Picker }) {
  const t = useT('lists');
  const checked = picker.picked.includes(place.id);
  const id = `pick-${place.id}`;
  return (
    <p class="pick-box">
      <input id={id} type="checkbox" checked={checked} disabled={!checked && picker.picked.length >= LIST_MAX} onChange={() => picker.toggle(place.id)} />
      <label for={id}>
        {t('pick.label')}
        <span class="visually-hidden">{t('pick.which', { name: titleOf(t, place) })}</span>
      </label>
    </p>
  );
}

/**
 * Above the list: "Choisir des lieux à envoyer" and the referral sheet of the nearest places; once
 * choosing, how many are chosen and the way out.
 */
export function PickStart({ picker, state, places }: { picker: Picker; state: AppState; places: Place[] }) {
  const t = useT('lists');
  if (!picker.active) {
    return (
      <div class="pick-start">
        <button type="button" class="button button--secondary" onClick={picker.start}>
          {t('pick.start')}
        </button>{' '}
        <ReferralButton from={state} ids={places.map((p) => p.id)} />
      </div>
    );
  }
  return (
    <div class="pick-start">
      <p class="hint">{t('pick.startHint')}</p>
      <p role="status" class="pick-count">
        {picker.picked.length ? t('pick.count', { count: picker.picked.length }) : t('pick.none')}
        {picker.picked.length >= LIST_MAX && ` ${t('pick.full')}`}
      </p>
    </div>
  );
}

/** Below the list, once choosing: send the chosen places (the list page has the QR, SMS, print), or a referral sheet. */
export function PickActions({ picker, state }: { picker: Picker; state: AppState }) {
  const t = useT('lists');
  const navigate = useNavigate();
  if (!picker.active) return null;
  const none = picker.picked.length === 0;
  return (
    <div class="pick-actions">
      <button type="button" class="button button--primary" disabled={none} onClick={() => navigate(listState(state, picker.picked))}>
        {t('pick.send')}
      </button>
      <ReferralButton from={state} ids={picker.picked} disabled={none} />
      <button type="button" class="button button--secondary" onClick={picker.stop}>
        {t('pick.cancel')}
      </button>
      {picker.picked.length > REFERRAL_MAX && <p class="hint">{t('pick.referralFirst')}</p>}
    </div>
  );
}
