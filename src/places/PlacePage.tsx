import { useEffect, useState } from 'preact/hooks';
import { i18next, useT } from '../i18n';
import { keepSettings, useNavigate } from '../app/navigation';
import { serializeState, type AppState } from '../app/url-state';
import { answerShown } from '../device-data';
import { resolveOrigin } from '../search/use-search';
import { distanceKm } from '../shared/geo';
import type { Manifest, Place } from '../shared/place';
import { LargeView } from '../share/LargeView';
import { ReadAloud } from '../share/ReadAloud';
import { ShareActions } from '../share/ShareActions';
import { AppLink } from '../ui/AppLink';
import { ExternalLink } from '../ui/ExternalLink';
import { KindIcon } from '../ui/KindIcon';
import { formatDistance } from './format';
import { formatDataDate } from '../offline/format';
import { Picto } from '../ui/Picto';
import { PlaceFreshness } from './Freshness';
import { HoursStatusText } from './HoursStatusText';
import { HoursTable } from './HoursTable';
import { geoHref, mailtoHref, osmDirectionsHref, safeWebUrl, telHref } from './links';
import { formatPhone } from './phone';
import { useOpeningHours } from './opening-hours';
import { loadManifest } from './store';
import { useMode } from '../app/mode';
import { KeepButton } from '../favourites/KeepButton';
import { findPlaceOrKept } from '../favourites/lookup';
import { ReferralButton } from '../referral/ReferralButton';
import { AddressNote, BusStops, StopWhen } from '../stops/StopDetails';
import { NextPassage } from '../stops/StopLines';
import { titleOf } from '../stops/stop-texts';

type Loaded = { status: 'loading' } | { status: 'missing' } | { status: 'error' } | { status: 'done'; place: Place; manifest: Manifest; km?: number; notice?: 'gone' | 'saved' };

export function PlacePage({ state }: { state: AppState }) {
  const t = useT(['place', 'common', 'finder']);
  const OH = useOpeningHours();
  const navigate = useNavigate();
  const personal = useMode() !== 'kiosk';
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setLoaded({ status: 'loading' });
    (async (): Promise<Loaded> => {
      const origin = await resolveOrigin(state).catch(() => undefined);
      // A place kept in "Mes lieux" opens from its saved record when the index cannot give it.
      const [found, manifest] = await Promise.all([findPlaceOrKept(state.place!, origin, personal), loadManifest()]);
      if (!found) return { status: 'missing' };
      const { place, notice } = found;
      return { status: 'done', place, manifest, notice, km: origin && distanceKm(origin.lat, origin.lon, place.lat, place.lon) };
    })().then(
      (r) => {
        if (cancelled) return;
        setLoaded(r);
        answerShown();
      },
      () => !cancelled && setLoaded({ status: 'error' }),
    );
    return () => {
      cancelled = true;
    };
  }, [state.place]);

  const hasSearch = Boolean(state.near || state.commune || state.places.length);
  const back = hasSearch ? (
    <p class="back">
      <AppLink to={{ ...state, place: undefined }}><Picto name="back" />{state.places.length ? t('lists:backToList') : t('page.backToResults')}</AppLink>
    </p>
  ) : null;

  if (loaded.status === 'loading') return <p role="status" class="screen-loading">{t('common:loading')}</p>;
  if (loaded.status !== 'done') {
    return (
      <div class="place">
        {back}
        <h1 tabIndex={-1} data-focus-heading>
          {loaded.status === 'missing' ? t('page.notFound') : t('common:loadError')}
        </h1>
        <AppLink to={keepSettings(state)}>{t('finder:results.newSearch')}</AppLink>
      </div>
    );
  }

  const { place, manifest, km, notice } = loaded;
  const lang = i18next.language;
  const website = safeWebUrl(place.website);
  const booking = typeof place.appointment === 'string' ? safeWebUrl(place.appointment) : undefined;
  const email = place.email ? mailtoHref(place.email) : undefined;
  const sources = place.sources.map((s) => ({ ref: s, info: manifest.sources.find((m) => m.id === s.id) }));
  const correction = sources.map((s) => safeWebUrl(s.info?.correctionUrl)).find(Boolean);
  const absoluteUrl = `${location.origin}${location.pathname}${serializeState({ ...keepSettings(state), place: place.id })}`;
  const { street, postcode, commune } = place.address;
  if (state.large) return <LargeView place={place} url={absoluteUrl} onClose={() => navigate({ ...state, large: false })} />;

  return (
    <article class="place">
      {back}
      <h1 tabIndex={-1} data-focus-heading>
        {titleOf(t, place)}
      </h1>
      <p class="place__kind">
        <KindIcon kind={place.kind} /> {t(`kind.${place.kind}`)}
        {place.mobile && <span class="badge"> {t('finder:results.mobile')}</span>}
      </p>
      {km !== undefined && <p>{t('page.distance', { distance: formatDistance(t, lang, km) })}</p>}
      {notice && (
        <p class="message" data-testid="kept-notice">
          {notice === 'gone' ? t('favourites:notice.gone') : t('favourites:notice.savedShort')}
        </p>
      )}
      <p class="place__status">
        {place.stop ? <NextPassage place={place} /> : <HoursStatusText place={place} OH={OH} />}
      </p>
      <KeepButton place={place} />
      <PlaceFreshness place={place} manifest={manifest} />
      <ReadAloud place={place} />
      <StopWhen place={place} state={state} />

      <section aria-labelledby="h-address">
        <h2 id="h-address">{t('page.address')}</h2>
        <p class="address">
          {street && <>{street}<br /></>}
          {[postcode, commune].filter(Boolean).join(' ')}
        </p>
        <AddressNote place={place} />
      </section>
      <BusStops place={place} state={state} />

      {(place.phone || email || website || booking || place.appointment) && (
      <section aria-labelledby="h-contact">
        <h2 id="h-contact">{t('page.contact')}</h2>
        <ul class="actions">
          {place.phone && (
            <li>
              <ExternalLink kind="tel" href={telHref(place.phone)} class="button button--primary">
                <Picto name="call" />{t('page.call', { phone: formatPhone(place.phone) })}
              </ExternalLink>
            </li>
          )}
          {email && (
            <li>
              <ExternalLink kind="mailto" href={email} class="button button--secondary">
                <Picto name="email" />{t('page.email', { email: place.email })}
              </ExternalLink>
            </li>
          )}
          {website && (
            <li>
              <ExternalLink kind="web" href={website} class="button button--secondary">
                <Picto name="website" />{t('page.website')}
              </ExternalLink>
            </li>
          )}
          {booking && (
            <li>
              <ExternalLink kind="web" href={booking} class="button button--secondary">
                <Picto name="booking" />{t('page.booking')}
              </ExternalLink>
            </li>
          )}
        </ul>
        {place.appointment === true && <p>{t('page.appointmentOnly')}</p>}
      </section>
      )}

      <section aria-labelledby="h-directions">
        <h2 id="h-directions">{t('page.directions')}</h2>
        <ul class="actions">
          <li>
            <ExternalLink kind="directions" href={geoHref(place)} class="button button--secondary">
              <Picto name="directions" />{t('page.directionsApp')}
            </ExternalLink>
          </li>
          <li>
            <ExternalLink kind="directions" href={osmDirectionsHref(place)} class="button button--secondary">
              <Picto name="directions" />{t('page.directionsOsm')}
            </ExternalLink>
          </li>
        </ul>
      </section>

      {(place.hours || place.hoursText) && (
        <section aria-labelledby="h-hours">
          <h2 id="h-hours">{t('page.hours')}</h2>
          {place.hours && <HoursTable place={place} OH={OH} />}
          {place.hoursText && (
            <>
              <h3>{t('page.hoursText')}</h3>
              <p class="hours-text">{place.hoursText}</p>
            </>
          )}
        </section>
      )}

      <TermList id="h-services" title={t('page.services')} items={place.services.map((s) => t(`service.${s}`))} />
      <TermList id="h-publics" title={t('page.publics')} items={(place.publics ?? []).map((p) => t(`public.${p}`))} />
      <TermList id="h-support" title={t('page.support')} items={(place.support ?? []).map((s) => t(`support.${s}`))} />
      <TermList id="h-fees" title={t('page.fees')} items={place.fees ? [t(`fee.${place.fees}`)] : []} />
      <TermList id="h-labels" title={t('page.labels')} items={place.labels ?? []} />

      <section aria-labelledby="h-sources">
        <h2 id="h-sources">{t('page.sources')}</h2>
        <ul>
          {sources.map(({ ref, info }) => (
            <li key={ref.id}>
              {t('page.sourceLine', { title: info?.title ?? ref.id, publisher: info?.publisher ?? '', date: formatDataDate(ref.date, lang) })}
            </li>
          ))}
        </ul>
        {correction && (
          <p class="place__report">
            <ExternalLink kind="web" href={correction}>
              {t('page.report')}
            </ExternalLink>
          </p>
        )}
      </section>

      <ShareActions places={[place]} url={absoluteUrl} title={titleOf(t, place)} onLarge={() => navigate({ ...state, large: true })} />
      <p>
        <ReferralButton from={state} ids={[place.id]} />
      </p>
    </article>
  );
}

function TermList({ id, title, items }: { id: string; title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul class="tags">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
