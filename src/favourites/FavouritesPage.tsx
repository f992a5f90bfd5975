import { useEffect, useRef, useState } from 'preact/hooks';
import { useMode } from '../app/mode';
import { keepSettings, useNavigate } from '../app/navigation';
import type { AppState } from '../app/url-state';
import { i18next, useT } from '../i18n';
import { formatDataDate } from '../offline/format';
import { useDataManifest } from '../device-data/use-data-manifest';
import { listState } from '../place-list/links';
import { formatDistance } from '../places/format';
import { needsHoursLibrary } from '../places/hours';
import { useOpeningHours } from '../places/opening-hours';
import { PlaceSummary } from '../places/PlaceSummary';
import { ReferralButton } from '../referral/ReferralButton';
import { distanceKm } from '../shared/geo';
import { clearKept, readLastSearch, removeKept, replaceKept, restoreKept, type KeptPlace, type LastSearch } from './kept-store';
import { refreshKept, type KeptStatus } from './lookup';
import { useKeptPlaces } from './use-kept';
import './favourites.css';
import { titleOf } from '../stops/stop-texts';

/** "Mes lieux" (?page=favoris): the places kept on this device, offline too. Not on a kiosk. */
export function FavouritesPage({ state }: { state: AppState }) {
  const t = useT('favourites');
  if (useMode() === 'kiosk') {
    return (
      <div class="favourites">
        <h1 tabIndex={-1} data-focus-heading>
          {t('page.title')}
        </h1>
        <p class="message">{t('page.kiosk')}</p>
      </div>
    );
  }
  return <Favourites state={state} />;
}

/** The origin of the last search, as URL parameters (a commune, else a point). */
const originOf = (last: LastSearch | undefined) =>
  last && (last.commune ? { commune: last.commune } : { near: { lat: last.lat, lon: last.lon } });

/** YYYY-MM-DD of a timestamp, in the device's own day. */
const localDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

type Message = { text: string; undo?: KeptPlace };

function Favourites({ state }: { state: AppState }) {
  const t = useT(['favourites', 'finder', 'common']);
  const navigate = useNavigate();
  const kept = useKeptPlaces();
  // The hours library only for hours only it can read (the weekly intervals answer the rest).
  const OH = useOpeningHours(kept?.some((k) => needsHoursLibrary(k.place)) ?? false);
  // A new data version adopted while the page is open: every kept place is checked again.
  const version = useDataManifest()?.version;
  const [statuses, setStatuses] = useState<Map<string, KeptStatus>>(new Map());
  const [last, setLast] = useState<LastSearch>();
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const noRef = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void readLastSearch().then(setLast, () => undefined);
  }, [kept]);

  useEffect(() => {
    if (!kept) return;
    let live = true;
    for (const k of kept) void refreshKept(k).then((s) => live && setStatuses((m) => new Map(m).set(k.id, s)));
    return () => {
      live = false;
    };
  }, [kept, version]);

  // Focus follows what the person did: the undo button after a removal, "Non" when asked to confirm.
  useEffect(() => {
    if (message?.undo) undoRef.current?.focus();
    else if (message) messageRef.current?.focus();
  }, [message]);
  useEffect(() => {
    if (confirming) noRef.current?.focus();
  }, [confirming]);

  if (!kept) return <p role="status">{t('common:loading')}</p>;

  const lang = i18next.language;
  const remove = async (k: KeptPlace, name: string) => {
    const removed = await removeKept(k.id).catch(() => undefined);
    setMessage(removed ? { text: t('page.removed', { name }), undo: removed } : { text: t('page.readError') });
  };
  const undo = async (k: KeptPlace) => {
    await restoreKept(k).catch(() => undefined);
    setMessage({ text: t('page.restored', { name: k.place.name }) });
  };
  const clearAll = async () => {
    setConfirming(false);
    await clearKept().catch(() => undefined);
    setMessage({ text: t('page.cleared') });
  };
  const ids = kept.map((k) => k.id);
  const origin = originOf(last);

  return (
    <div class="favourites">
      <h1 tabIndex={-1} data-focus-heading>
        {t('page.title')}
      </h1>
      <p class="lead">{t('page.intro')}</p>

      <div role="status" class="favourites__status">
        {message && (
          <p ref={messageRef} tabIndex={-1} class="message">
            {message.text}{' '}
            {message.undo && (
              <button ref={undoRef} type="button" class="link-button" onClick={() => void undo(message.undo!)}>
                {t('page.undo')}
              </button>
            )}
          </p>
        )}
      </div>

      {kept.length === 0 ? (
        <>
          <p>{t('page.empty')}</p>
          <p class="hint">{t('page.emptyHint')}</p>
        </>
      ) : (
        <>
          <p class="results__count">{t('page.count', { count: kept.length })}</p>
          {last && <p class="hint">{last.name ? t('page.distanceFrom', { name: last.name }) : t('page.distanceFromPosition')}</p>}
          <ol class="result-list">
            {kept.map((k) => {
              const status = statuses.get(k.id);
              const place = status?.place ?? k.place;
              const km = last && distanceKm(last.lat, last.lon, place.lat, place.lon);
              return (
                <PlaceSummary key={k.id} place={place} to={{ ...keepSettings(state), place: k.id }} OH={OH} km={km} notice={notice(k, status)}>
                  <button type="button" class="button button--secondary" onClick={() => void remove(k, place.name)}>
                    {t('page.remove')}
                    <span class="visually-hidden">{t('page.removeWhich', { name: titleOf(t, place) })}</span>
                  </button>
                </PlaceSummary>
              );
            })}
          </ol>

          <ul class="actions favourites__actions">
            <li>
              <button type="button" class="button button--primary" onClick={() => navigate(listState(state, ids, origin))}>
                {t('page.send')}
              </button>
              <p class="hint">{t('page.sendHint')}</p>
            </li>
            <li>
              <ReferralButton from={{ ...state, ...origin }} ids={ids} />
            </li>
            <li>
              {confirming ? (
                <div class="favourites__confirm" role="group" aria-labelledby="confirm-all">
                  <p id="confirm-all">{t('page.confirmAll', { count: kept.length })}</p>
                  <button type="button" class="button button--primary" onClick={() => void clearAll()}>
                    {t('page.confirmYes')}
                  </button>{' '}
                  <button ref={noRef} type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
                    {t('page.confirmNo')}
                  </button>
                </div>
              ) : (
                <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
                  {t('page.removeAll')}
                </button>
              )}
            </li>
          </ul>
        </>
      )}
    </div>
  );

  function notice(k: KeptPlace, status: KeptStatus | undefined) {
    if (!status || status.state === 'current') {
      return status?.changed ? <p class="message">{t('notice.changed')}</p> : null;
    }
    if (status.state === 'saved') return <p class="message">{t('notice.saved', { date: formatDataDate(localDay(k.seenAt), lang) })}</p>;
    const successor = status.successor;
    return (
      <div class="message message--error" data-testid="kept-gone">
        <p>{t('notice.gone')}</p>
        {successor && (
          <>
            <p>{t('notice.successor', { distance: formatDistance(t, lang, successor.metres / 1000), name: successor.place.name })}</p>
            <button type="button" class="button button--secondary" onClick={() => void replaceKept(k.id, successor.place)}>
              {t('notice.replace', { name: successor.place.name })}
            </button>
          </>
        )}
      </div>
    );
  }
}
