import { getChildren, getParent, tileToBBOX } from '@mapbox/tilebelt';
import { describe, expect, it } from 'vitest';
import { countTiles, planDownload, tilesInBBox, tileUrl, type BBox, type Tile } from '../../../src/map/tile-math';

const overlaps = (a: number[], b: number[]) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
const key = ([x, y, z]: Tile) => `${z}/${x}/${y}`;

describe('the tiles of an area', () => {
  const laon: BBox = [3.58, 49.54, 3.66, 49.59];

  it('numbers tiles as the Géoplateforme PM grid and XYZ servers do', () => {
    // Known tiles: Laon at zoom 12 (IGN WMTS TILECOL 2089, TILEROW 1396); Saint-Denis de La Réunion at 8.
    expect(tilesInBBox([3.6199, 49.5641, 3.6199, 49.5641], 12)).toEqual([[2089, 1396, 12]]);
    expect(tilesInBBox([55.45, -20.88, 55.45, -20.88], 8)).toEqual([[167, 143, 8]]);
  });

  it('lists every tile that touches the area once, and no other', () => {
    for (const z of [10, 12, 14, 16]) {
      const tiles = tilesInBBox(laon, z);
      expect(tiles.length).toBe(countTiles(laon, z));
      expect(new Set(tiles.map(key)).size).toBe(tiles.length);
      for (const t of tiles) expect(overlaps(tileToBBOX(t), laon)).toBe(true);
      // The ring of tiles just around the range lies outside the area.
      const xs = tiles.map((t) => t[0]);
      const ys = tiles.map((t) => t[1]);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      for (let x = minX - 1; x <= maxX + 1; x++) {
        for (const y of [minY - 1, maxY + 1]) expect(overlaps(tileToBBOX([x, y, z]), laon)).toBe(false);
      }
      for (let y = minY; y <= maxY; y++) {
        for (const x of [minX - 1, maxX + 1]) expect(overlaps(tileToBBOX([x, y, z]), laon)).toBe(false);
      }
    }
  });

  it('leaves out the tiles that only touch its edge: one tile is one tile, then its four children', () => {
    for (const tile of [[2089, 1396, 12], [167, 143, 8], [0, 0, 3], [7, 7, 3]] as Tile[]) {
      const bbox = tileToBBOX(tile) as BBox;
      expect(tilesInBBox(bbox, tile[2])).toEqual([tile]);
      expect(tilesInBBox(bbox, tile[2] + 1).map(key).sort()).toEqual(getChildren(tile).map(key).sort());
    }
  });

  it('nests the levels: every deeper tile saved has its parent saved', () => {
    for (const z of [8, 11, 14]) {
      const above = new Set(tilesInBBox(laon, z).map(key));
      for (const t of tilesInBBox(laon, z + 1)) expect(above.has(key(getParent(t)))).toBe(true);
    }
  });

  it('grows about four times per level', () => {
    const france: BBox = [-5, 42, 8, 51];
    const ratio = countTiles(france, 9) / countTiles(france, 8);
    expect(ratio).toBeGreaterThan(3.3);
    expect(ratio).toBeLessThan(4.8);
  });

  it('counts a point-sized bbox as one tile', () => {
    expect(countTiles([3.6, 49.5, 3.6, 49.5], 17)).toBe(1);
  });

  it('stays on the grid when a map zoomed far out reports bounds past the antimeridian and the poles', () => {
    const world = tilesInBBox([-250, -89.9, 250, 89.9], 2);
    expect(world.length).toBe(16);
    for (const [x, y] of world) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(3);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(3);
    }
    expect(tilesInBBox([179, 89.9, 180, 89.9], 3)).toEqual([[7, 0, 3]]);
    expect(tilesInBBox([-180, -90, -180, -90], 3)).toEqual([[0, 7, 3]]);
    expect(tilesInBBox([180, 5, 190, 5], 18).map(([x]) => x)).toEqual([2 ** 18 - 1]);
  });
});

describe('planDownload', () => {
  const area: BBox = [3.5, 49.5, 3.7, 49.6];

  it('takes current zoom to +2 when under the cap', () => {
    const plan = planDownload(area, 12, 14, 19, 1500);
    expect(plan.zooms).toEqual([12, 13, 14]);
    expect(plan.total).toBe(countTiles(area, 12) + countTiles(area, 13) + countTiles(area, 14));
    expect(plan.counts).toEqual([12, 13, 14].map((z) => countTiles(area, z)));
    expect(plan.dropped).toEqual([]);
  });

  it('drops the deepest levels that would pass the cap, and never exceeds it', () => {
    const cap = countTiles(area, 12) + countTiles(area, 13) + 1;
    const plan = planDownload(area, 12, 14, 19, cap);
    expect(plan.zooms).toEqual([12, 13]);
    expect(plan.dropped).toEqual([14]);
    expect(plan.total).toBeLessThanOrEqual(cap);
  });

  it('is empty when the first level alone passes the cap', () => {
    const plan = planDownload([-5, 42, 8, 51], 12, 14, 19, 1500);
    expect(plan.zooms).toEqual([]);
    expect(plan.total).toBe(0);
    expect(plan.dropped).toEqual([12, 13, 14]);
  });

  it("stops at the source's deepest level", () => {
    expect(planDownload(area, 18, 20, 19, 1e9).zooms).toEqual([18, 19]);
  });
});

describe('tileUrl', () => {
  it('fills XYZ and WMTS templates', () => {
    expect(tileUrl('http://127.0.0.1:4180/{z}/{x}/{y}.png', [4, 2, 3])).toBe('http://127.0.0.1:4180/3/4/2.png');
    expect(tileUrl('https://h/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}', [2089, 1396, 12])).toBe(
      'https://h/wmts?TILEMATRIX=12&TILEROW=1396&TILECOL=2089',
    );
  });
});
