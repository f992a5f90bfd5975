import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FRANCE_AREAS, basemapModule, buildBasemap } from '../../../scripts/build-basemap';
import { decodeRing, ringBBox, type Ring } from '../../../src/map/simplify';
import type { EncodedLayer } from '../../../src/map/basemap-types';

// Built once from the real files: world-atlas and ../shared/data/contours/departements.geojson.
const basemap = buildBasemap();
const rings = (layer: EncodedLayer): Ring[] => layer.features.flat(2).map((r) => decodeRing(r, layer.decimals));
const inside = ([x, y]: [number, number], [w, s, e, n]: number[]) => x >= w && x <= e && y >= s && y <= n;

describe('the shipped basemap', () => {
  it('has every département, in code order', () => {
    expect(basemap.departements.features.length).toBe(101);
    for (const feature of basemap.departements.features) expect(feature.length).toBeGreaterThan(0);
  });

  it('keeps each département where it is (Aisne around Laon, Martinique around Fort-de-France)', () => {
    const bboxOf = (i: number) => {
      const all = basemap.departements.features[i].flat().map((r) => decodeRing(r, basemap.departements.decimals));
      const boxes = all.map(ringBBox);
      return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
    };
    // Sorted by code: '01'…'19', '21'…'29', '2A', '2B', '30'…'95', '971'…'976'; Aisne is index 1.
    expect(inside([3.6199, 49.5641], bboxOf(1))).toBe(true);
    const martinique = basemap.departements.features.length - 4; // 971, 972, 973, 974, 976
    expect(inside([-61.07, 14.6], bboxOf(martinique))).toBe(true);
  });

  it('keeps land only inside the areas around France, and has land in each of them', () => {
    const landRings = rings(basemap.land);
    for (const ring of landRings) {
      const [w, s, e, n] = ringBBox(ring);
      expect(FRANCE_AREAS.some((a) => w >= a[0] - 1e-3 && e <= a[2] + 1e-3 && s >= a[1] - 1e-3 && n <= a[3] + 1e-3)).toBe(true);
    }
    for (const area of FRANCE_AREAS) {
      expect(landRings.some((ring) => ring.some((p) => inside(p, area)))).toBe(true);
    }
  });

  it('is small enough to ship (≤ 250 KB gzip) and is a valid module', () => {
    const module = basemapModule(basemap);
    expect(gzipSync(module).length).toBeLessThanOrEqual(250 * 1024);
    const body = module.replace(/^export default /, '').replace(/;\n$/, '');
    expect(new Function(`return ${body}`)()).toEqual(basemap);
  });
});
