import type { ComponentChildren } from 'preact';
import { i18next, useT } from '../i18n';
import type { AppState } from '../app/url-state';
import type { Place } from '../shared/place';
import { todayLine } from '../share/today-line';
import { usePlaceTexts } from '../share/use-place-texts';
import { AppLink } from '../ui/AppLink';
import { ExternalLink } from '../ui/ExternalLink';
import { KindIcon } from '../ui/KindIcon';
import { formatDistance } from './format';
import type { OpeningHoursCtor } from './hours';
import { HoursStatusText } from './HoursStatusText';
import { telHref } from './links';
import { formatPhone } from './phone';
import { NextPassage, StopAt } from '../stops/StopLines';

interface Props {
  place: Place;
  /** Where the name leads (the place page). */
  to: AppState;
  OH: OpeningHoursCtor | undefined;
  km?: number;
  /** Said under the kind: the place left the index, the record is the saved one… */
  notice?: ComponentChildren;
  /** Buttons of the list it is in (keep, remove…). */
  children?: ComponentChildren;
}

/**
 * One place of a hand-picked list ("Mes lieux", a shared list): name, kind, address, phone and
 * today's hours (in the place's own time zone), so the list alone answers "where, and is it open".
 */
export function PlaceSummary({ place, to, OH, km, notice, children }: Props) {
  const t = useT(['share', 'place', 'finder']);
  const texts = usePlaceTexts([place]);
  const { street, postcode, commune } = place.address;
  return (
    <li class="result place-summary" data-place-id={place.id}>
      <h2 class="result__name">
        <AppLink to={to}>
          {place.name}
          <StopAt place={place} />
        </AppLink>
      </h2>
      <p class="result__kind">
        <KindIcon kind={place.kind} /> {t(`place:kind.${place.kind}`)}
        {place.mobile && <span class="badge"> {t('finder:results.mobile')}</span>}
      </p>
      {notice}
      {km !== undefined && (
        <p class="result__line">
          <span class="result__distance">{t('finder:results.distance', { distance: formatDistance(t, i18next.language, km) })}</span>
        </p>
      )}
      <p class="result__line">
        {place.stop ? <NextPassage place={place} /> : <HoursStatusText place={place} OH={OH} />}
      </p>
      <p class="result__line place-summary__today">{todayLine(place, new Date(), texts, t, (hours) => `${t('hoursToday')} : ${hours}`)}</p>
      <p class="result__line address">
        {[street, [postcode, commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
      </p>
      {place.phone && (
        <p class="result__line">
          <ExternalLink kind="tel" href={telHref(place.phone)}>
            {formatPhone(place.phone)}
          </ExternalLink>
        </p>
      )}
      {children && <div class="place-summary__actions">{children}</div>}
    </li>
  );
}
