import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { parseState, type AppState } from '../app/url-state';
import { useT } from '../i18n';
import { backgroundTurn } from '../device-data';
import { applyWaitingUpdate } from '../offline/register';
import { loadCommuneList } from '../places/store';
import { Picto } from '../ui/Picto';
import { countdownSeconds, DEFAULT_IDLE_SECONDS, kioskHomeUrl } from './home';
import { IdleDialog } from './IdleDialog';
import { useIdle } from './idle';
import { goTo } from './navigate';
import { TownPicker } from './TownPicker';
import './kiosk.css';

interface Props {
  state: AppState;
  children: ComponentChildren;
}

const HOME_KEY = 'repere.kiosk.home';
let homeUrl: string | undefined;

/**
 * The start address every reset comes back to, whatever the person did. A page opened by Back
 * (or reloaded) shows a person's address, which may have lost the kiosk's `near=` when a town
 * was picked: the address of the last fresh start is kept for the tab. It is the kiosk's own
 * setting, the only thing kept (a reset empties the storage, the next start writes it again).
 */
function kioskHome(): string {
  if (homeUrl) return homeUrl;
  const fromUrl = kioskHomeUrl(location.pathname, location.search);
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  try {
    const kept = sessionStorage.getItem(HOME_KEY);
    if (kept && nav && nav.type !== 'navigate') return (homeUrl = kept);
    sessionStorage.setItem(HOME_KEY, fromUrl);
  } catch {
    /* storage blocked: the address in use */
  }
  return (homeUrl = fromUrl);
}

/** Where the kiosk stands (its start address's near=), for the screens that offer "Autour d'ici". */
export function kioskPosition(): { lat: number; lon: number } | undefined {
  const url = kioskHome();
  return parseState(url.slice(url.indexOf('?'))).near;
}

/**
 * A full reset: a new page load of the start address drops every search, filter, open place,
 * dialog and language choice; the storage is emptied so nothing of one person meets the next.
 * A new app version waiting in the service worker is taken now, when nobody is using the kiosk.
 */
export function resetKiosk() {
  const home = kioskHome();
  sessionStorage.clear();
  localStorage.clear();
  if (applyWaitingUpdate()) {
    // The new version reloads the page once it controls it (soon after this returns): make
    // that reload the start address, and reset anyway should the new version never take over.
    history.replaceState(null, '', home);
    setTimeout(() => location.replace(home), 5000);
  } else {
    location.replace(home);
  }
}

/** Kiosk mode wrapper (?mode=kiosk): large targets, "Vous êtes ici", town picker, idle countdown and full reset. */
export function KioskShell({ state, children }: Props) {
  if (state.mode !== 'kiosk') return <>{children}</>;
  return <Kiosk state={state}>{children}</Kiosk>;
}

function Kiosk({ state, children }: Props) {
  const t = useT('kiosk');
  const [asking, setAsking] = useState(false);
  const [picking, setPicking] = useState(false);
  const idle = state.idle ?? DEFAULT_IDLE_SECONDS;
  // The kiosk's position, from its start address: the URL's near= changes when a town is picked, the kiosk does not move.
  const [home] = useState(kioskPosition);

  useLayoutEffect(() => {
    document.documentElement.classList.add('kiosk');
    return () => document.documentElement.classList.remove('kiosk');
  }, []);

  useEffect(() => {
    // The town picker must work when the library's connection drops: load the town list once,
    // while the network is there, instead of on the first tap — after the first results (the
    // background's turn), decoded in slices.
    let live = true;
    void backgroundTurn().then(() => {
      if (live) loadCommuneList().catch(() => undefined);
    });
    return () => void (live = false);
  }, []);

  useEffect(() => {
    // Back into an earlier person's pages (history entries of a previous session, or the page
    // kept in the back-forward cache) must never show them: go home instead.
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav?.type === 'back_forward') resetKiosk();
    const onShow = (e: PageTransitionEvent) => e.persisted && resetKiosk();
    addEventListener('pageshow', onShow);
    // Last line of defence for links not made by ExternalLink (a library's attribution, say):
    // on a shared screen no click may open another site or a new window.
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a');
      if (a && (a.origin !== location.origin || a.target === '_blank')) e.preventDefault();
    };
    addEventListener('click', onClick, true);
    addEventListener('auxclick', onClick, true);
    return () => {
      removeEventListener('pageshow', onShow);
      removeEventListener('click', onClick, true);
      removeEventListener('auxclick', onClick, true);
    };
  }, []);

  useEffect(() => {
    // The kiosk's start screen is the list around it: a "new search" comes back here rather than
    // to a screen asking for geolocation or typing, which a shared touch screen cannot offer.
    if (home && !state.near && !state.commune && !state.place && !state.page) goTo({ ...state, near: home }, { replace: true });
  }, [state]);

  useIdle(
    idle,
    () => setAsking(true),
    () => setAsking(false),
  );

  const fresh = { ...state, place: undefined, places: [], large: false, page: undefined, step: undefined, view: 'list' as const };

  return (
    <>
      <aside class="kiosk-bar" aria-label={t('kioskBar')}>
        {state.label && (
          <p class="kiosk-bar__here">
            {t('youAreHere')} <strong>{state.label}</strong>
          </p>
        )}
        <div class="kiosk-bar__actions">
          {home && (
            <button type="button" class="kiosk-button" onClick={() => goTo({ ...fresh, near: home, commune: undefined })}>
              <Picto name="here" />{t('aroundHere')}
            </button>
          )}
          <button type="button" class="kiosk-button" onClick={() => setPicking(true)}>
            <Picto name="town" />{t('chooseTown')}
          </button>
          <button type="button" class="kiosk-button kiosk-button--secondary" onClick={resetKiosk}>
            <Picto name="restart" />{t('startOver')}
          </button>
        </div>
        <p class="kiosk-bar__help">{t('kioskHelp')}</p>
      </aside>
      {children}
      {picking && (
        <TownPicker
          near={home ?? { lat: 46.6, lon: 2.5 }}
          onClose={() => setPicking(false)}
          onPick={(c) => {
            setPicking(false);
            goTo({ ...fresh, near: undefined, commune: c.insee });
          }}
        />
      )}
      {asking && <IdleDialog seconds={countdownSeconds(idle)} onContinue={() => setAsking(false)} onTimeout={resetKiosk} />}
    </>
  );
}
