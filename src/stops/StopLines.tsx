import { i18next, useT } from '../i18n';
import type { Place } from '../shared/place';
import { hereOf } from './stop-texts';
import { passageText } from './passage';
import { atText } from './schedule-text';
import './stops.css';

/** After a stop's name in a result: " — à Machault le mardi, 9 h–12 h et 13 h–16 h 30". */
export function StopAt({ place }: { place: Place }) {
  const t = useT(['stops', 'place']);
  const here = place.stop && hereOf(place);
  if (!here) return null;
  return <span class="result__at"> — {atText(t, here)}</span>;
}

/** A bus standing for its stop at its own commune: "à Vouziers le lundi, 9 h–12 h" and its next passage. */
export function BaseStopLines({ place }: { place: Place }) {
  const t = useT(['stops', 'place']);
  const here = !place.stop && hereOf(place);
  if (!here) return null;
  return (
    <>
      <p class="result__line">{atText(t, here)}</p>
      <p class="result__line">
        <NextPassage place={place} />
      </p>
    </>
  );
}

/** "Prochain passage : mardi 9 h", on the stop's own clock; nothing when no passage is known. */
export function NextPassage({ place }: { place: Place }) {
  const t = useT(['stops', 'place']);
  const here = hereOf(place);
  const text = here && passageText(t, i18next.language, here, new Date(), place.mobile === true);
  if (!text) return null;
  return <span class="status status--passage">{text}</span>;
}
