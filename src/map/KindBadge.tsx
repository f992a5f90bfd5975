import type { Kind } from '../shared/place';
import { KindIcon } from '../ui/KindIcon';

/** Shapes per kind (map.css draws them in the kind's colour): shape, pictogram and colour together. */
export const KIND_SHAPE: Record<Kind, 'square' | 'circle' | 'diamond' | 'shield'> = {
  'france-services': 'square',
  mediation: 'circle',
  'tiers-lieu': 'diamond',
  mediatheque: 'shield',
};

export function KindBadge({ kind, mobile }: { kind: Kind; mobile?: boolean }) {
  return (
    <span class={`map-badge map-badge--${KIND_SHAPE[kind]} map-badge--${kind}${mobile ? ' map-badge--mobile' : ''}`}>
      <span class="map-badge__glyph">
        <KindIcon kind={kind} />
      </span>
    </span>
  );
}
