// One Leaflet map as the app wants it: accessible controls in the user's language, no animation
// when the user asked for reduced motion, the vector fallback under the tiles.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { TileSource } from './tile-sources';
import { addBasemapShapes, addFallbackPanes, addTownLabels } from './fallback-layers';

export interface MapSetup {
  source: TileSource;
  reducedMotion: boolean;
  zoomInLabel: string;
  zoomOutLabel: string;
  /** On a kiosk nothing may open a new page: the attribution is plain text there. */
  linksAllowed: boolean;
}

export const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function createMap(container: HTMLElement, setup: MapSetup): { map: L.Map; ready: Promise<void>; dispose: () => void } {
  const animate = !setup.reducedMotion;
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    minZoom: setup.source.minZoom,
    maxZoom: setup.source.maxZoom,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
  });
  if (!animate) {
    // Keyboard pans, popup auto-pan and setView all go through panBy, which animates by default.
    const panBy = map.panBy.bind(map);
    map.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
  }

  L.control.zoom({ zoomInTitle: setup.zoomInLabel, zoomOutTitle: setup.zoomOutLabel }).addTo(map);
  const attribution = setup.linksAllowed ? setup.source.attribution : setup.source.attribution.replace(/<[^>]*>/g, '');
  L.control
    .attribution({ prefix: setup.linksAllowed ? '<a href="https://leafletjs.com" target="_blank" rel="noopener noreferrer">Leaflet</a>' : 'Leaflet' })
    .addAttribution(attribution)
    .addTo(map);

  addFallbackPanes(map);
  L.tileLayer(setup.source.url, {
    minZoom: setup.source.minZoom,
    maxZoom: setup.source.maxZoom,
    // Tiles of the level being left stay until the new ones arrive; offline, none arrive.
    keepBuffer: 2,
    // The tile host never learns the page's address (?near=…, ?place=…); the header says so too (deploy/).
    referrerPolicy: 'no-referrer',
  }).addTo(map);

  let removeTowns: (() => void) | undefined;
  let disposed = false;
  const shapes = addBasemapShapes(map);
  // Town names come from the gazetteer; a failure leaves the map without them, nothing worse.
  void addTownLabels(map)
    .then((remove) => (disposed ? remove() : (removeTowns = remove)))
    .catch(() => undefined);

  return {
    map,
    ready: shapes,
    dispose: () => {
      disposed = true;
      removeTowns?.();
      map.remove();
    },
  };
}
