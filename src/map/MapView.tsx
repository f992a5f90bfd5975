import type L from 'leaflet';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useMode } from '../app/mode';
import { useT } from '../i18n';
import { distanceKm } from '../shared/geo';
import { createMap, prefersReducedMotion } from './create-map';
import { KindLegend } from './KindLegend';
import { originMarker as createOriginMarker } from './marker-icons';
import { PlaceLayer } from './place-layer';
import { PlacePopup } from './PlacePopup';
import { titleOf } from '../stops/stop-texts';
import { SaveAreaPanel } from './SaveAreaPanel';
import { tileSource } from './tile-sources';
import type { MapViewProps } from './types';
import './map.css';

/** Metropolitan France, when there is nothing to fit. */
const FRANCE: L.LatLngBoundsExpression = [
  [42.3, -4.8],
  [51.1, 8.2],
];
/** Fitting one nearby place must not zoom to the doorstep. */
const FIT_MAX_ZOOM = 15;

/**
 * The results on a map (Leaflet), loaded lazily after the list. The list stays the complete,
 * accessible view; the map adds where things are: places (clustered), the search's centre, and
 * a readable background even with no tile at all.
 */
export default function MapView({ places, origin, zoom, onOpenPlace }: MapViewProps) {
  const t = useT(['map', 'place']);
  const mode = useMode();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map>();
  const layer = useRef<PlaceLayer>();
  const originMarker = useRef<L.Marker>();
  // Read at render time by the layer's callbacks, which outlive a render.
  const latest = useRef({ origin, onOpenPlace, t });
  latest.current = { origin, onOpenPlace, t };

  useEffect(() => {
    const reducedMotion = prefersReducedMotion();
    const { map, dispose } = createMap(container.current!, {
      source: tileSource,
      reducedMotion,
      zoomInLabel: t('controls.zoomIn'),
      zoomOutLabel: t('controls.zoomOut'),
      linksAllowed: mode !== 'kiosk',
    });
    container.current!.setAttribute('aria-label', t('label'));
    container.current!.setAttribute('aria-describedby', 'map-keys');

    layer.current = new PlaceLayer(map, {
      reducedMotion,
      describePlace: (p) =>
        latest.current.t(p.mobile ? 'marker.placeMobile' : 'marker.place', { name: titleOf(latest.current.t, p), kind: latest.current.t(`place:kind.${p.kind}`) }),
      describeCluster: (count) => latest.current.t('marker.cluster', { count }),
      popupFor: (place, close) => {
        const el = document.createElement('div');
        const from = latest.current.origin;
        render(
          <PlacePopup
            place={place}
            distanceKm={from ? distanceKm(from.lat, from.lon, place.lat, place.lon) : undefined}
            onOpen={() => latest.current.onOpenPlace(place.id)}
            onClose={close}
          />,
          el,
        );
        return el;
      },
      disposePopup: (el) => render(null, el),
    });

    // Closing a popup from inside it (button, Escape) would drop the focus on <body>: back to its marker.
    map.on('popupclose', (e: L.PopupEvent) => {
      const active = document.activeElement;
      const inPopup = !active || active === document.body || e.popup.getElement()?.contains(active);
      if (!inPopup) return; // the user went elsewhere (clicked the map, tabbed out): leave the focus there
      const marker = (e.popup as unknown as { _source?: L.Marker })._source;
      marker?.getElement()?.focus({ preventScroll: true });
    });

    setMap(map);
    return () => {
      layer.current?.remove();
      dispose();
    };
  }, []);

  // Places and centre: redraw and fit whenever the results change.
  const key = `${origin?.lat},${origin?.lon},${origin?.label},${zoom}|${places.map((p) => p.id).join(',')}`;
  useEffect(() => {
    if (!map) return;
    originMarker.current?.remove();
    originMarker.current = origin ? createOriginMarker(origin).addTo(map) : undefined;
    const points: L.LatLngTuple[] = places.map((p) => [p.lat, p.lon]);
    if (origin) points.push([origin.lat, origin.lon]);
    const animate = false; // the first view appears in place; later refits follow a filter change
    if (origin && zoom) map.setView([origin.lat, origin.lon], zoom, { animate });
    else if (points.length > 1) map.fitBounds(points, { padding: [48, 48], maxZoom: FIT_MAX_ZOOM, animate });
    else if (points.length === 1) map.setView(points[0], 13, { animate });
    else map.fitBounds(FRANCE, { animate });
    layer.current!.setPlaces(places);
  }, [map, key]);

  return (
    <section class="map-view" aria-labelledby="map-title">
      <h2 id="map-title" class="visually-hidden">
        {t('title')}
      </h2>
      <div ref={container} class="map-view__map" role="region" />
      <p id="map-keys" class="map-view__keys hint">
        {t('keys')}
      </p>
      <KindLegend />
      {map && <SaveAreaPanel map={map} source={tileSource} />}
    </section>
  );
}
