import type { MapViewProps } from './types';

/** Loaded lazily (import('../map/MapView')) after the first results. Filled in by src/map/. */
export default function MapView(_props: MapViewProps) {
  return null;
}
