import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MapViewProps } from './types';

/**
 * The map's public entry for a screen that may show it (the finder's results, the embed): Leaflet
 * and the map code arrive only when the map view is asked for.
 */
export function useMapView(wanted: boolean): ComponentType<MapViewProps> | undefined {
  const [MapView, setMapView] = useState<ComponentType<MapViewProps>>();
  useEffect(() => {
    if (wanted && !MapView) void import('./MapView').then((m) => setMapView(() => m.default));
  }, [wanted]);
  return MapView;
}
