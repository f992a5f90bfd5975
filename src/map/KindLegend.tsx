import { useT } from '../i18n';
import { KINDS } from '../shared/place';
import { KindBadge } from './KindBadge';

/** What each marker means, in words: the map never relies on shape or colour alone. */
export function KindLegend() {
  const t = useT(['map', 'place']);
  return (
    <div class="map-legend">
      <h3 class="map-legend__title">{t('legend.title')}</h3>
      <ul class="map-legend__list">
        {KINDS.map((kind) => (
          <li key={kind}>
            <KindBadge kind={kind} />
            <span>{t(`place:kind.${kind}`)}</span>
          </li>
        ))}
        <li>
          <span class="map-legend__cluster" aria-hidden="true">
            3
          </span>
          <span>{t('legend.cluster')}</span>
        </li>
        <li>
          <span class="map-origin__symbol" aria-hidden="true" />
          <span>{t('legend.origin')}</span>
        </li>
      </ul>
    </div>
  );
}
