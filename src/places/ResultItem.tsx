import { i18next, useT } from '../i18n';
import type { AppState } from '../app/url-state';
import type { Hit } from '../search/nearest';
import type { Service } from '../shared/place';
import { AppLink } from '../ui/AppLink';
import { KindIcon } from '../ui/KindIcon';
import { formatDistance } from './format';
import { StaleLine } from './Freshness';
import type { OpeningHoursCtor } from './hours';
import { HoursStatusText } from './HoursStatusText';
import { KeepButton } from '../favourites/KeepButton';
import { PickBox, type Picker } from '../place-list/Picker';
import { BaseStopLines, NextPassage, StopAt } from '../stops/StopLines';

/** What someone most often comes for, first; the list shows three at most. */
const KEY_SERVICES: Service[] = ['demarches', 'acces-materiel', 'outils-quotidien', 'wifi', 'printing', 'insertion-pro', 'numerique-securise', 'materiel-solidaire'];

/** `level` 3 when the list sits under its own heading (results of an orientation with a fallback list). */
export function ResultItem({ hit, state, OH, picker, level = 2 }: { hit: Hit; state: AppState; OH: OpeningHoursCtor | undefined; picker?: Picker; level?: 2 | 3 }) {
  const t = useT(['finder', 'place']);
  const { place, km } = hit;
  const services = KEY_SERVICES.filter((s) => place.services.includes(s)).slice(0, 3);
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <li class="result" data-place-id={place.id}>
      <Heading class="result__name">
        <AppLink to={{ ...state, place: place.id }}>
          {place.name}
          <StopAt place={place} />
        </AppLink>
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
      {picker?.active ? <PickBox place={place} picker={picker} /> : <KeepButton place={place} />}
    </li>
  );
}
