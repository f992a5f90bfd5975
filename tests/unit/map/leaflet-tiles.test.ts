// @vitest-environment happy-dom
// "Enregistrer cette zone" is only worth it if the map, offline, asks for exactly the tiles that
// were saved. Leaflet's own GridLayer decides what it asks for; here it runs on a DOM without a
// browser (happy-dom, a fixed map size) and its requests are compared with the saved plan.
import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { tilesInBBox, type BBox } from '../../../src/map/tile-math';

const WIDTH = 800;
const HEIGHT = 600;

/** A map of a fixed size (happy-dom has no layout) and the set of tiles Leaflet has asked for. */
function mapWithRecorder() {
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: WIDTH });
  Object.defineProperty(container, 'clientHeight', { value: HEIGHT });
  document.body.append(container);
  const map = L.map(container, { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
  const requested = new Set<string>();
  const Recorder = L.GridLayer.extend({
    createTile(coords: L.Coords) {
      requested.add(`${coords.z}/${coords.x}/${coords.y}`);
      return document.createElement('div');
    },
  });
  return { map, requested, addTiles: () => new Recorder().addTo(map) };
}

const keys = (bbox: BBox, z: number) => new Set(tilesInBBox(bbox, z).map(([x, y]) => `${z}/${x}/${y}`));
const atZoom = (requested: Set<string>, z: number) => new Set([...requested].filter((k) => k.startsWith(`${z}/`)));

describe('the tiles saved for an area are the tiles Leaflet asks for there', () => {
  const places: Array<[string, L.LatLngTuple]> = [
    ['Laon', [49.5641, 3.6199]],
    ['Fort-de-France', [14.6, -61.07]],
    ['Saint-Denis de La Réunion', [-20.88, 55.45]],
  ];
  for (const [place, centre] of places) {
    it(`${place}: at the zoom on screen and at the two closer levels`, () => {
      const { map, requested, addTiles } = mapWithRecorder();
      const zoom = 12;
      map.setView(centre, zoom, { animate: false });
      addTiles();
      const b = map.getBounds();
      const bbox: BBox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      expect(atZoom(requested, zoom)).toEqual(keys(bbox, zoom));

      // Closer in, the screen shows a part of the area: views side by side cover all of it.
      const topLeft = map.project(b.getNorthWest(), zoom);
      for (const z of [zoom + 1, zoom + 2]) {
        const scale = 2 ** (z - zoom);
        for (let i = 0; i < scale; i++) {
          for (let j = 0; j < scale; j++) {
            const centrePx = topLeft.multiplyBy(scale).add([(i + 0.5) * WIDTH, (j + 0.5) * HEIGHT]);
            map.setView(map.unproject(centrePx, z), z, { animate: false });
          }
        }
        expect(atZoom(requested, z)).toEqual(keys(bbox, z));
      }
      map.remove();
    });
  }
});
