import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/shared/geo';
import { bboxDistanceKm } from '../../../src/search/grow';

describe('distance', () => {
  it('Paris to Lyon is about 392 km', () => {
    expect(distanceKm(48.8566, 2.3522, 45.764, 4.8357)).toBeCloseTo(391.5, 0);
  });
  it('Pointe-à-Pitre to Grand-Bourg (Marie-Galante) is about 43 km', () => {
    const km = distanceKm(16.2411, -61.5331, 15.8845, -61.3136);
    expect(km).toBeGreaterThan(44);
    expect(km).toBeLessThan(47);
  });
  it('is zero at the same point', () => {
    expect(distanceKm(14.6, -61, 14.6, -61)).toBe(0);
  });
  it('a bbox distance is a lower bound and 0 inside', () => {
    const box: [number, number, number, number] = [2, 48, 3, 49];
    expect(bboxDistanceKm(48.5, 2.5, box)).toBe(0);
    // Any point of the box is at least as far as the bound.
    for (const [lat, lon] of [[48, 2], [49, 3], [48.5, 3], [49, 2.5]]) {
      expect(distanceKm(50, 4, lat, lon)).toBeGreaterThanOrEqual(bboxDistanceKm(50, 4, box));
    }
  });
});
