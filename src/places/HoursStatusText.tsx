import { i18next, useT } from '../i18n';
import type { Place } from '../shared/place';
import { statusText } from './format';
import { placeStatus, type OpeningHoursCtor } from './hours';

/** "Ouvert · ferme à 17 h": the words carry the state; the colour only repeats it. */
export function HoursStatusText({ place, OH }: { place: Place; OH: OpeningHoursCtor | undefined }) {
  const t = useT(['place', 'finder']);
  const status = placeStatus(place, new Date(), OH);
  return <span class={`status status--${status?.state ?? 'loading'}`}>{statusText(t, i18next.language, status)}</span>;
}
