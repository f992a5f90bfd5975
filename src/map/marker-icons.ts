// Marker icons for Leaflet. Icons are 44 px squares so each marker is a full touch target.
import L from 'leaflet';
import { createElement, render } from 'preact';
import type { Kind } from '../shared/place';
import type { MapViewProps } from './types';
import { KindBadge } from './KindBadge';

const SIZE = 44;

export function placeIcon(kind: Kind, mobile: boolean): L.DivIcon {
  const html = document.createElement('span');
  html.className = 'map-marker__body';
  render(createElement(KindBadge, { kind, mobile }), html);
  return L.divIcon({ html, className: 'map-marker', iconSize: [SIZE, SIZE], iconAnchor: [SIZE / 2, SIZE / 2] });
}

export function clusterIcon(count: number): L.DivIcon {
  const html = document.createElement('span');
  html.className = 'map-cluster__count';
  html.textContent = String(count);
  const size = count < 10 ? SIZE : count < 100 ? SIZE + 6 : SIZE + 12;
  return L.divIcon({ html, className: 'map-marker map-cluster', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

/** The search's centre: a target symbol plus its name in words; not a keyboard stop. */
export function originMarker(origin: NonNullable<MapViewProps['origin']>): L.Marker {
  const html = document.createElement('span');
  html.className = `map-origin map-origin--${origin.kind}`;
  const symbol = document.createElement('span');
  symbol.className = 'map-origin__symbol';
  const text = document.createElement('span');
  text.className = 'map-origin__label';
  text.textContent = origin.label;
  html.append(symbol, text);
  return L.marker([origin.lat, origin.lon], {
    icon: L.divIcon({ html, className: 'map-origin-marker', iconSize: [24, 24], iconAnchor: [12, 12] }),
    interactive: false,
    keyboard: false,
    // On top so its name stays readable; it lets clicks through to the places (not interactive).
    zIndexOffset: 1000,
  });
}
