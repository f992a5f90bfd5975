import { useEffect, useRef } from 'preact/hooks';
import { i18next, useT } from '../i18n';
import { formatDistance } from '../places/format';
import type { Place } from '../shared/place';
import { KindIcon } from '../ui/KindIcon';
import { StopAt } from '../stops/StopLines';
import { titleOf } from '../stops/stop-texts';

interface Props {
  place: Place;
  /** Straight-line distance from the search's centre, when there is one. */
  distanceKm?: number;
  onOpen: () => void;
  onClose: () => void;
}

/** A marker's popup: which place, what kind, how far, and the way to its page. */
export function PlacePopup({ place, distanceKm, onOpen, onClose }: Props) {
  const t = useT(['map', 'place', 'finder']);
  const openRef = useRef<HTMLButtonElement>(null);
  // The popup was opened from a marker: the keyboard user lands on its main action.
  useEffect(() => openRef.current?.focus({ preventScroll: true }), []);

  return (
    <div
      class="map-popup"
      role="group"
      aria-label={titleOf(t, place)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <p class="map-popup__name">
        {place.name}
        <StopAt place={place} />
      </p>
      <p class="map-popup__kind">
        <KindIcon kind={place.kind} />
        <span>
          {t(`place:kind.${place.kind}`)}
          {place.mobile && ` · ${t('finder:results.mobile')}`}
        </span>
      </p>
      {distanceKm !== undefined && (
        <p class="map-popup__distance">{t('finder:results.distance', { distance: formatDistance(t, i18next.language, distanceKm) })}</p>
      )}
      <div class="map-popup__actions">
        <button type="button" class="button button--primary" ref={openRef} onClick={onOpen}>
          {t('finder:results.openPlace')}
        </button>
        <button type="button" class="button button--secondary map-popup__close" onClick={onClose}>
          {t('map:popup.close')}
        </button>
      </div>
    </div>
  );
}
