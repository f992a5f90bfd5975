// The vector fallback, drawn in panes under the tiles: with no tile (offline, nothing cached, or a
// failing server) the map still shows sea, land, département outlines and town names.
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadCommuneList } from '../places/store';
import type { Basemap } from './basemap-types';
import { byPopulation, pickTownLabels, type Town } from './town-labels';

/** Pane z-indexes: Leaflet's tiles are at 200, so these stay under any tile that loads. */
export const FALLBACK_PANES = { shapes: 'repere-basemap', towns: 'repere-towns' } as const;

export function addFallbackPanes(map: L.Map) {
  const shapes = map.createPane(FALLBACK_PANES.shapes);
  shapes.style.zIndex = '150';
  const towns = map.createPane(FALLBACK_PANES.towns);
  towns.style.zIndex = '160';
  // Drawn for the eye: the places themselves, with names, are the screen reader's content.
  shapes.setAttribute('aria-hidden', 'true');
  towns.setAttribute('aria-hidden', 'true');
}

export async function addBasemapShapes(map: L.Map): Promise<void> {
  const { default: basemap }: { default: Basemap } = await import('virtual:repere-basemap');
  // SVG: a few hundred paths, and a test can see them; Leaflet clips and simplifies per zoom.
  const renderer = L.svg({ pane: FALLBACK_PANES.shapes, padding: 0.5 });
  // One path per geometry: the land is one, each département one (filled, with its outline).
  const draw = (topology: Topology, object: GeometryCollection, style: L.PathOptions) =>
    L.geoJSON(feature(topology, object), { pane: FALLBACK_PANES.shapes, interactive: false, style: { renderer, ...style } }).addTo(map);
  draw(basemap.land, basemap.land.objects.land, { className: 'map-land', stroke: false, fillOpacity: 1 });
  draw(basemap.departements, basemap.departements.objects.departements, { className: 'map-departement', weight: 1, fillOpacity: 1 });
}

let towns: Promise<Town[]> | undefined;
/** The gazetteer the town search already read, biggest first, sorted once for the page's life. */
function loadTowns(): Promise<Town[]> {
  towns ??= loadCommuneList().then(byPopulation);
  towns.catch(() => (towns = undefined));
  return towns;
}

/** Town names, recomputed after each move: fewer when zoomed out, never overlapping. */
export async function addTownLabels(map: L.Map): Promise<() => void> {
  const sorted = await loadTowns();
  const group = L.layerGroup().addTo(map);
  const draw = () => {
    group.clearLayers();
    const b = map.getBounds();
    const picked = pickTownLabels(sorted, {
      zoom: Math.round(map.getZoom()),
      bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      project: (lat, lon) => map.latLngToContainerPoint([lat, lon]),
      charWidth: 7.5,
      lineHeight: 20,
      max: 80,
    });
    for (const town of picked) {
      const html = document.createElement('span');
      html.textContent = town.name;
      L.marker([town.lat, town.lon], {
        icon: L.divIcon({ html, className: 'map-town', iconSize: [0, 0] }),
        pane: FALLBACK_PANES.towns,
        interactive: false,
        keyboard: false,
      }).addTo(group);
    }
  };
  map.whenReady(() => {
    draw();
    map.on('moveend', draw);
  });
  return () => {
    map.off('moveend', draw);
    group.remove();
  };
}
