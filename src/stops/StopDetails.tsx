import { i18next, useT } from '../i18n';
import type { AppState } from '../app/url-state';
import { keepSettings } from '../app/navigation';
import type { Place } from '../shared/place';
import type { BusStop } from '../shared/stop';
import { AppLink } from '../ui/AppLink';
import { passageText, weekParityText } from './passage';
import { scheduleText, sentence } from './schedule-text';
import './stops.css';

const whereOf = (s: { locality?: string; place?: string }) => [s.locality, s.place].filter(Boolean).join(', ');

/** A stop's page: when the bus comes (its next passage is the page's status line), where in the commune, the way to its bus. */
export function StopWhen({ place, state }: { place: Place; state: AppState }) {
  const t = useT(['stops', 'place']);
  const stop = place.stop;
  if (!stop) return null;
  const now = new Date();
  const when = { slots: stop.slots, dep: place.dep };
  const parity = weekParityText(t, when, now);
  const where = whereOf(stop);
  return (
    <section aria-labelledby="h-when" class="stop-when">
      <h2 id="h-when">{t('page.when')}</h2>
      <p class="stop-when__schedule">{sentence(scheduleText(t, stop.slots))}</p>
      {where && <p>{t('page.place', { place: where })}</p>}
      {parity && <p class="hint">{parity}</p>}
      <p class="hint">{t('page.holidays')}</p>
      {stop.text && <p class="hint stop-when__source">{t('page.sourceText', { text: stop.text })}</p>}
      <p>
        <AppLink to={{ ...state, place: stop.busId, large: false }}>{t('page.busLink', { bus: stop.busName })}</AppLink>
      </p>
    </section>
  );
}

/** A bus's page: every stop with its days, hours and next passage; each links to its own page. */
export function BusStops({ place, state }: { place: Place; state: AppState }) {
  const t = useT(['stops', 'place']);
  const stops = place.stops;
  if (!stops?.length) return null;
  const now = new Date();
  return (
    <section aria-labelledby="h-stops" class="bus-stops">
      <h2 id="h-stops">{t('bus.title')}</h2>
      <p class="hint">{t('bus.count', { count: stops.length })}</p>
      <ul class="bus-stops__list">
        {stops.map((s, i) => (
          <BusStopItem key={s.id ?? `base-${i}`} stop={s} state={state} now={now} mobile={place.mobile === true} />
        ))}
      </ul>
    </section>
  );
}

function BusStopItem({ stop, state, now, mobile }: { stop: BusStop; state: AppState; now: Date; mobile: boolean }) {
  const t = useT(['stops', 'place']);
  const next = passageText(t, i18next.language, stop, now, mobile);
  const where = whereOf(stop);
  // The stop at the bus's own commune has no page of its own (the bus's is this one): its commune's search.
  const to: AppState = stop.id ? { ...state, place: stop.id, large: false } : { ...keepSettings(state), commune: stop.insee, large: false };
  return (
    <li class="bus-stop" data-stop-id={stop.id}>
      <h3 class="bus-stop__commune">
        <AppLink to={to}>{stop.commune}</AppLink>
        {stop.base && <span class="hint"> · {t('bus.base')}</span>}
      </h3>
      {where && <p>{t('page.place', { place: where })}</p>}
      <p>{sentence(scheduleText(t, stop.slots))}</p>
      {next && <p class="bus-stop__next">{next}</p>}
    </li>
  );
}

/** Under the address: a bus's address is its base; a stop read from free text stands at its commune's centre. */
export function AddressNote({ place }: { place: Place }) {
  const t = useT(['stops', 'place']);
  if (place.stop) return place.stop.position === 'commune' ? <p class="hint">{t('page.positionCommune')}</p> : null;
  if (!place.mobile) return null;
  return <p class="hint">{place.stops?.length ? t('bus.note') : t('place:page.mobileNote')}</p>;
}
