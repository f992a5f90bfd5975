import { useEffect, useState } from 'preact/hooks';
import { useMode } from '../app/mode';
import { keepSettings } from '../app/navigation';
import { serializeState, type AppState } from '../app/url-state';
import { KeepButton } from '../favourites/KeepButton';
import { useT } from '../i18n';
import { useOnline } from '../device-data/use-online';
import { needsHoursLibrary } from '../places/hours';
import { useOpeningHours } from '../places/opening-hours';
import { PlaceSummary } from '../places/PlaceSummary';
import { ReferralButton } from '../referral/ReferralButton';
import { resolveOrigin, type Origin } from '../search/use-search';
import { distanceKm } from '../shared/geo';
import { smsParts } from '../share/gsm7';
import { ShareActions } from '../share/ShareActions';
import { personalUrl } from '../share/share-url';
import { buildPlacesSms } from '../share/sms-list';
import { findPlaces, type ListEntry } from './find-places';

/**
 * A hand-picked list (?places=id1,id2…): what a mediator hands over, opened on the person's phone.
 * Offline, the places on the device show and the others say so, in their place in the list.
 */
export function PlaceListPage({ state }: { state: AppState }) {
  const t = useT(['lists', 'needs', 'share', 'common']);
  const personal = useMode() !== 'kiosk';
  const online = useOnline();
  const [loaded, setLoaded] = useState<{ entries: ListEntry[]; origin?: Origin }>();
  // A shared list opens on a weak signal too: the hours library only for hours only it can read.
  const OH = useOpeningHours(loaded?.entries.some((e) => e.state === 'found' && needsHoursLibrary(e.place)) ?? false);

  useEffect(() => {
    let live = true;
    (async () => {
      const origin = await resolveOrigin(state).catch(() => undefined);
      const entries = await findPlaces(state.places, origin, personal);
      if (live) setLoaded({ entries, origin });
    })();
    return () => {
      live = false;
    };
    // The network coming back is a reason to try again the places that could not be shown.
  }, [state.places.join(','), state.near?.lat, state.near?.lon, state.commune, online]);

  const count = state.places.length;
  const heading = (
    <h1 tabIndex={-1} data-focus-heading>
      {t('title', { count })}
    </h1>
  );
  if (!loaded) {
    return (
      <div class="place-list">
        {heading}
        <p role="status">{t('loading')}</p>
      </div>
    );
  }

  const { entries, origin } = loaded;
  const found = entries.flatMap((e) => (e.state === 'found' ? [e.place] : []));
  // Not found while the network answers: gone from the index. Otherwise it may just not be on this device.
  const unavailable = entries.filter((e) => e.state === 'error' || (e.state === 'missing' && !online)).length;
  const link = personalUrl(`${location.origin}${location.pathname}${serializeState({ ...keepSettings(state), places: state.places, need: state.need, near: state.near, commune: state.commune })}`);
  const sms = buildPlacesSms({ heading: t('sms.heading', { count: found.length }), places: found, detail: 'short', phoneWord: t('share:sms.phone'), link });

  return (
    <div class="place-list">
      {heading}
      {state.need && <p class="lead">{t('need', { need: t(`needs:need.${state.need}.label`) })}</p>}
      {origin && <p class="hint">{origin.name ? t('distanceFrom', { name: origin.name }) : t('distanceFromPosition')}</p>}
      {unavailable > 0 && (
        <p class="message" data-testid="list-unavailable">
          {t('unavailableSummary', { count: unavailable })}{' '}
          {/* A reload: what was read offline (the places of the départements on the device) is read again from the network. */}
          <button type="button" class="link-button" onClick={() => location.reload()}>
            {t('retry')}
          </button>
        </p>
      )}
      <ol class="result-list">
        {entries.map((entry, i) =>
          entry.state === 'found' ? (
            <PlaceSummary
              key={entry.id}
              place={entry.place}
              to={{ ...state, place: entry.id }}
              OH={OH}
              km={origin && distanceKm(origin.lat, origin.lon, entry.place.lat, entry.place.lon)}
              notice={entry.notice === 'gone' && <p class="message">{t('favourites:notice.gone')}</p>}
            >
              <KeepButton place={entry.place} />
            </PlaceSummary>
          ) : (
            <li key={entry.id} class="result place-summary place-summary--missing" data-missing-id={entry.id}>
              <p>{entry.state === 'missing' && online ? t('gone', { n: i + 1 }) : t('unavailable', { n: i + 1 })}</p>
            </li>
          ),
        )}
      </ol>
      {found.length > 0 && (
        <>
          <p>
            <ReferralButton from={state} ids={found.map((p) => p.id)} />
          </p>
          <ShareActions places={found} url={link} title={t('shareTitle')} sms={{ text: sms, count: t('sms.count', { count: sms.length, parts: smsParts(sms) }) }} />
        </>
      )}
    </div>
  );
}
