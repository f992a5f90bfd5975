import type { Place } from '../shared/place';

export interface MapViewProps {
  /** The results, in display order; the map fits them (and the user's position). */
  places: Place[];
  /** Where the search is centred (user's position or commune centroid). */
  origin?: { lat: number; lon: number; label: string; kind: 'position' | 'commune' };
  /** The zoom around the origin (?zoom=); without it the map fits the results. */
  zoom?: number;
  /** Tapping a marker's popup action opens the place page. */
  onOpenPlace: (id: string) => void;
}
