import type { ComponentChildren, VNode } from 'preact';
import { i18next, useT } from '../i18n';
import type { Hit } from '../search/nearest';
import type { Service } from '../shared/place';
import { KindIcon } from '../ui/KindIcon';
import { formatDistance } from './format';
import { StaleLine } from './Freshness';
import type { OpeningHoursCtor } from './hours';
import { HoursStatusText } from './HoursStatusText';
import { BaseStopLines, NextPassage, StopAt } from '../stops/StopLines';

/** What someone most often comes for, first; the list shows three at most. */
const KEY_SERVICES: Service[] = ['demarches', 'acces-materiel', 'outils-quotidien', 'wifi', 'printing', 'insertion-pro', 'numerique-securise', 'materiel-solidaire'];

interface Props {
  hit: Hit;
  OH: OpeningHoursCtor | undefined;
  /** The place's name as a link to its page (inside the app, or the full app from the embed). */
  link: (name: ComponentChildren) => VNode;
  /** 3 when the list sits under its own heading. */
  level?: 2 | 3;
  /** The list's own buttons (keep, pick). */
  children?: ComponentChildren;
}

/**
 * One place of a result list: name, kind, distance, today's status, key services, data age. Shared
 * by the finder's list (src/places/ResultItem.tsx) and the embed (src/embed/), which has no
 * keep or pick buttons.
 */
export function ResultCard({ hit, OH, link, level = 2, children }: Props) {
  const t = useT(['finder', 'place']);
  const { place, km } = hit;
  const services = KEY_SERVICES.filter((s) => place.services.includes(s)).slice(0, 3);
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <li class="result" data-place-id={place.id}>
      <Heading class="result__name">
        {link(
          <>
            {place.name}
            <StopAt place={place} />
          </>,
        )}
      </Heading>
      <p class="result__kind">
        <KindIcon kind={place.kind} /> {t(`place:kind.${place.kind}`)}
        {place.mobile && <span class="badge"> {t('results.mobile')}</span>}
      </p>
      <p class="result__line">
        <span class="result__distance">{t('results.distance', { distance: formatDistance(t, i18next.language, km) })}</span>
        {place.address.commune && <span class="result__commune"> · {place.address.commune}</span>}
      </p>
      <p class="result__line">
        {place.stop ? <NextPassage place={place} /> : <HoursStatusText place={place} OH={OH} />}
      </p>
      <BaseStopLines place={place} />
      {services.length > 0 && <p class="result__services">{services.map((s) => t(`place:service.${s}`)).join(' · ')}</p>}
      <StaleLine place={place} />
      {children}
    </li>
  );
}
