import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import { planarRingArea } from 'topojson-simplify';
import { describe, expect, it } from 'vitest';
import { DEPARTEMENTS, FRANCE_AREAS, basemapModule, buildBasemap, clipToAreas, dataDir } from '../../../scripts/build-basemap';

// Built once from the real files: world-atlas and ../shared/data/contours/departements.geojson.
const basemap = buildBasemap();
type Shape = Feature<Polygon | MultiPolygon>;
const polygonsOf = (f: Shape): Position[][][] => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
const ringsOf = (f: Shape) => polygonsOf(f).flat();
const departements = feature(basemap.departements, basemap.departements.objects.departements).features as Shape[];
const byCode = new Map(departements.map((f) => [String(f.id), f]));
const landRings = (feature(basemap.land, basemap.land.objects.land).features as Shape[]).flatMap(ringsOf);
const source = JSON.parse(readFileSync(join(dataDir(), 'contours/departements.geojson'), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { insee_dep: string }
>;

const ringBBox = (ring: Position[]) => [
  Math.min(...ring.map((p) => p[0])),
  Math.min(...ring.map((p) => p[1])),
  Math.max(...ring.map((p) => p[0])),
  Math.max(...ring.map((p) => p[1])),
];
const inside = ([x, y]: Position, [w, s, e, n]: number[]) => x >= w && x <= e && y >= s && y <= n;
/** Distance (degrees) from p to the nearest edge of any ring. */
function distanceToOutline(p: Position, rings: Position[][]): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i], ring[i + 1]];
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
    }
  }
  return best;
}
const areaOf = (f: Shape) =>
  polygonsOf(f).reduce((sum, [outer, ...holes]) => sum + planarRingArea(outer as [number, number][]) - holes.reduce((h, r) => h + planarRingArea(r as [number, number][]), 0), 0);
/** The shipped ring of a département around a point, if it is a small one (an island). */
const islandOf = (code: string, point: Position) =>
  ringsOf(byCode.get(code)!).find((ring) => {
    const box = ringBBox(ring);
    return inside(point, box) && box[2] - box[0] < 0.5;
  });

describe('the shipped départements', () => {
  it('has every département, by code, in code order', () => {
    const codes = departements.map((f) => String(f.id));
    expect(codes.length).toBe(101);
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
    expect(codes).toEqual(expect.arrayContaining(['01', '02', '2A', '2B', '95', '971', '972', '973', '974', '976']));
    for (const f of departements) expect(ringsOf(f).length).toBeGreaterThan(0);
  });

  it('keeps each département where it is (Aisne around Laon, Martinique around Fort-de-France)', () => {
    const bboxOf = (code: string) => ringBBox(ringsOf(byCode.get(code)!).flat());
    expect(inside([3.6199, 49.5641], bboxOf('02'))).toBe(true);
    expect(inside([-61.07, 14.6], bboxOf('972'))).toBe(true);
    expect(inside([3.6199, 49.5641], bboxOf('972'))).toBe(false);
  });

  it('has valid rings: closed, with at least three distinct corners', () => {
    // (A border piece shorter than the 1e-4° grid, where three départements meet, quantises to a
    // zero-length arc: a repeated point, drawn as nothing. There are a handful; that is all.)
    let repeated = 0;
    for (const ring of departements.flatMap(ringsOf)) {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(new Set(ring.map((p) => p.join())).size).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < ring.length; i++) if (ring[i].join() === ring[i - 1].join()) repeated++;
    }
    expect(repeated).toBeLessThan(20);
  });

  it('is much lighter than the source, and stays close to it: 99 % of its points within ~100 m, areas within 1 %', () => {
    const shipped = basemap.departements.arcs.reduce((n, arc) => n + arc.length, 0);
    const original = source.features.flatMap((f) => ringsOf(f)).reduce((n, ring) => n + ring.length, 0);
    expect(shipped).toBeLessThan(0.6 * original);
    const gaps: number[] = [];
    for (const f of source.features) {
      const simple = byCode.get(f.properties.insee_dep)!;
      const rings = ringsOf(simple);
      for (const ring of ringsOf(f)) {
        if (planarRingArea(ring as [number, number][]) < DEPARTEMENTS.minArea) continue; // islets are dropped on purpose
        for (const p of ring) gaps.push(distanceToOutline(p, rings));
      }
      expect(Math.abs(areaOf(simple) / areaOf(f) - 1)).toBeLessThan(0.01);
    }
    gaps.sort((a, b) => a - b);
    expect(gaps.reduce((s, d) => s + d, 0) / gaps.length).toBeLessThan(1e-4);
    expect(gaps[Math.floor(gaps.length * 0.99)]).toBeLessThan(1e-3);
  });

  it('draws a shared border once: neighbours meet with no gap or overlap', () => {
    const geometries = basemap.departements.objects.departements.geometries;
    const next = neighbors(geometries);
    const codeAt = (i: number) => String(geometries[i].id);
    const aisne = departements.findIndex((f) => f.id === '02');
    expect(next[aisne].map(codeAt).sort()).toEqual(['08', '51', '59', '60', '77', '80']);
    let checked = 0;
    for (const [i, list] of next.entries()) {
      for (const j of list) {
        // Every point of one that lies on the other's outline is one of the other's own points.
        const theirs = ringsOf(departements[j]);
        const theirPoints = new Set(theirs.flat().map((p) => p.join()));
        const [w, s, e, n] = ringBBox(theirs.flat());
        const near = [w - 5e-4, s - 5e-4, e + 5e-4, n + 5e-4];
        for (const p of ringsOf(departements[i]).flat()) {
          if (inside(p, near) && distanceToOutline(p, theirs) < 5e-4) {
            expect(theirPoints.has(p.join())).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('keeps the islands people live on (Belle-Île, Oléron, Yeu, Ouessant, Marie-Galante)', () => {
    expect(islandOf('56', [-3.18, 47.33])).toBeDefined();
    expect(islandOf('17', [-1.3, 45.93])).toBeDefined();
    expect(islandOf('85', [-2.35, 46.71])).toBeDefined();
    expect(islandOf('29', [-5.09, 48.46])).toBeDefined();
    expect(islandOf('971', [-61.27, 15.94])).toBeDefined();
  });
});

describe('the shipped land', () => {
  it('keeps land only inside the areas around France, and has land in each of them', () => {
    for (const ring of landRings) {
      const [w, s, e, n] = ringBBox(ring);
      expect(FRANCE_AREAS.some((a) => w >= a[0] - 1e-3 && e <= a[2] + 1e-3 && s >= a[1] - 1e-3 && n <= a[3] + 1e-3)).toBe(true);
    }
    for (const area of FRANCE_AREAS) expect(landRings.some((ring) => ring.some((p) => inside(p, area)))).toBe(true);
  });

  it('is cut at the edges of the areas (Italy at 13° E), and keeps the neighbouring islands (Dominica)', () => {
    const onEdge = landRings.flat().filter(([x, y]) => Math.abs(x - 13) < 1e-6 && y > 40 && y < 53);
    expect(onEdge.length).toBeGreaterThanOrEqual(2);
    const dominica = landRings.find((ring) => inside([-61.35, 15.42], ringBBox(ring)));
    expect(dominica).toBeDefined();
  });
});

describe('clipToAreas', () => {
  it('yields one closed piece per area a polygon crosses', () => {
    const wide: Position[][] = [[[-10, -1], [10, -1], [10, 1], [-10, 1], [-10, -1]]];
    const pieces = clipToAreas([wide], [[-9, -2, -8, 2], [8, -2, 9, 2], [20, 20, 21, 21]]);
    expect(pieces.length).toBe(2);
    for (const [outer] of pieces) {
      expect(outer[0]).toEqual(outer[outer.length - 1]);
      expect(planarRingArea(outer as [number, number][])).toBeCloseTo(2, 12);
    }
  });

  it('keeps a hole only where the area reaches it, and never turns a hole into land', () => {
    const lake: Position[][] = [
      [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
      [[6, 6], [8, 6], [8, 8], [6, 8], [6, 6]],
    ];
    const land = ([outer, ...holes]: Position[][]) =>
      planarRingArea(outer as [number, number][]) - holes.reduce((sum, h) => sum + planarRingArea(h as [number, number][]), 0);
    expect(clipToAreas([lake], [[1, 1, 4, 4]]).map((p) => p.length)).toEqual([1]);
    expect(clipToAreas([lake], [[5, 5, 9, 9]]).map(land)).toEqual([12]);
    expect(clipToAreas([lake], [[6.5, 6.5, 7.5, 7.5]]).map(land)).toEqual([0]);
    expect(clipToAreas([lake], [[20, 20, 30, 30]])).toEqual([]);
  });
});

describe('the shipped file', () => {
  it('is no bigger than the hand-encoded one it replaced (120 KB gzip) and is a valid module', () => {
    const module = basemapModule(basemap);
    expect(gzipSync(module).length).toBeLessThanOrEqual(120 * 1024);
    const body = module.replace(/^export default /, '').replace(/;\n$/, '');
    expect(new Function(`return ${body}`)()).toEqual(basemap);
  });
});
