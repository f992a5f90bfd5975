import { describe, expect, it } from 'vitest';
import {
  countTiles,
  latToTileY,
  lonToTileX,
  planDownload,
  tileAt,
  tilesInBBox,
  tileUrl,
  tileXToLon,
  tileYToLat,
  type BBox,
} from '../../../src/map/tile-math';

describe('lon/lat ↔ tile', () => {
  it('puts the whole world in one tile at zoom 0', () => {
    expect(tileAt(2.35, 48.85, 0)).toEqual({ z: 0, x: 0, y: 0 });
    expect(tileAt(-61.5, 16.2, 0)).toEqual({ z: 0, x: 0, y: 0 });
  });

  it('matches the OSM wiki example (Paris-ish at zoom 10) and known IGN tiles', () => {
    // 2.3522, 48.8566 → x = floor((2.3522+180)/360·1024) = 518, y = 352 (slippy map formula)
    expect(tileAt(2.3522, 48.8566, 10)).toEqual({ z: 10, x: 518, y: 352 });
    // Laon (49.5641, 3.6199) at zoom 12: x 2089, y 1396
    expect(tileAt(3.6199, 49.5641, 12)).toEqual({ z: 12, x: 2089, y: 1396 });
    // Southern hemisphere: Saint-Denis de La Réunion (−20.88, 55.45) at zoom 8:
    // y = (1 − ln(tan φ + sec φ)/π)/2 · 256 = (1 + 0.11864)/2 · 256 = 143.19
    expect(tileAt(55.45, -20.88, 8)).toEqual({ z: 8, x: 167, y: 143 });
  });

  it('round-trips tile edges', () => {
    for (const z of [1, 5, 12, 19]) {
      for (const x of [0, 1, 2 ** z - 1]) expect(lonToTileX(tileXToLon(x, z), z)).toBeCloseTo(x, 9);
      for (const y of [0, 1, 2 ** (z - 1), 2 ** z - 1]) expect(latToTileY(tileYToLat(y, z), z)).toBeCloseTo(y, 6);
    }
  });

  it('clamps beyond the Mercator square and the antimeridian to valid tiles', () => {
    expect(tileAt(180, 89.9, 3)).toEqual({ z: 3, x: 7, y: 0 });
    expect(tileAt(-180, -89.9, 3)).toEqual({ z: 3, x: 0, y: 7 });
  });
});

describe('tiles in a bbox', () => {
  const laon: BBox = [3.58, 49.54, 3.66, 49.59];

  it('lists every tile once, and the count agrees', () => {
    for (const z of [10, 12, 14, 16]) {
      const tiles = tilesInBBox(laon, z);
      expect(tiles.length).toBe(countTiles(laon, z));
      expect(new Set(tiles.map((t) => `${t.x}/${t.y}`)).size).toBe(tiles.length);
      // each listed tile really intersects the bbox
      for (const t of tiles) {
        expect(tileXToLon(t.x, z)).toBeLessThanOrEqual(laon[2]);
        expect(tileXToLon(t.x + 1, z)).toBeGreaterThanOrEqual(laon[0]);
        expect(tileYToLat(t.y, z)).toBeGreaterThanOrEqual(laon[1]);
        expect(tileYToLat(t.y + 1, z)).toBeLessThanOrEqual(laon[3]);
      }
    }
  });

  it('grows about four times per level', () => {
    const france: BBox = [-5, 42, 8, 51];
    const a = countTiles(france, 8);
    const b = countTiles(france, 9);
    expect(b / a).toBeGreaterThan(3.3);
    expect(b / a).toBeLessThan(4.8);
  });

  it('counts a point-sized bbox as one tile', () => {
    expect(countTiles([3.6, 49.5, 3.6, 49.5], 17)).toBe(1);
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
    expect(tileUrl('http://127.0.0.1:4180/{z}/{x}/{y}.png', { z: 3, x: 4, y: 2 })).toBe('http://127.0.0.1:4180/3/4/2.png');
    expect(tileUrl('https://h/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}', { z: 12, x: 2089, y: 1396 })).toBe(
      'https://h/wmts?TILEMATRIX=12&TILEROW=1396&TILECOL=2089',
    );
  });
});
