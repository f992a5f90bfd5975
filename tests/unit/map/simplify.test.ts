import { describe, expect, it } from 'vitest';
import {
  clipRing,
  decodeRing,
  encodeRing,
  ringArea,
  roundRing,
  shrinkPolygons,
  simplifyLine,
  simplifyRing,
  type Point,
  type Ring,
} from '../../../src/map/simplify';

/** A circle of n points (closed), radius r degrees. */
function circle(n: number, r = 1, cx = 0, cy = 0): Ring {
  const ring: Ring = [];
  for (let i = 0; i < n; i++) ring.push([cx + r * Math.cos((2 * Math.PI * i) / n), cy + r * Math.sin((2 * Math.PI * i) / n)]);
  ring.push(ring[0]);
  return ring;
}

/** Distance from p to the polyline. */
function distanceToLine(p: Point, line: Point[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [a, b] = [line[i], line[i + 1]];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

describe('simplifyLine (Douglas–Peucker)', () => {
  it('removes collinear points and keeps the ends', () => {
    const line: Point[] = [[0, 0], [1, 0], [2, 0], [3, 0.00001], [4, 0]];
    expect(simplifyLine(line, 0.001)).toEqual([[0, 0], [4, 0]]);
  });

  it('keeps a corner farther than the tolerance', () => {
    expect(simplifyLine([[0, 0], [1, 1], [2, 0]], 0.5)).toEqual([[0, 0], [1, 1], [2, 0]]);
    expect(simplifyLine([[0, 0], [1, 0.1], [2, 0]], 0.5)).toEqual([[0, 0], [2, 0]]);
  });

  it('never moves the shape by more than the tolerance', () => {
    const wiggly: Point[] = Array.from({ length: 2000 }, (_, i) => [i / 100, Math.sin(i / 37) + 0.01 * Math.sin(i)]);
    const tolerance = 0.05;
    const simple = simplifyLine(wiggly, tolerance);
    expect(simple.length).toBeLessThan(wiggly.length / 10);
    for (const p of wiggly) expect(distanceToLine(p, simple)).toBeLessThanOrEqual(tolerance + 1e-12);
  });

  it('keeps the detail of a long line at a tiny tolerance', () => {
    const arc: Point[] = Array.from({ length: 100_000 }, (_, i) => [Math.cos(i / 1e5), Math.sin(i / 1e5)]);
    expect(simplifyLine(arc, 1e-12).length).toBeGreaterThan(1000);
  });
});

describe('simplifyRing', () => {
  it('keeps a closed ring closed and shrinks it', () => {
    const ring = circle(1000);
    const simple = simplifyRing(ring, 0.01)!;
    expect(simple[0]).toEqual(simple[simple.length - 1]);
    expect(simple.length).toBeLessThan(100);
    expect(ringArea(simple)).toBeGreaterThan(0.97 * Math.PI);
  });

  it('returns null for a ring that collapses', () => {
    expect(simplifyRing(circle(50, 0.001), 0.01)).toBeNull();
  });
});

describe('roundRing / ringArea', () => {
  it('rounds and drops the duplicates rounding creates', () => {
    expect(roundRing([[1.00001, 2], [1.00002, 2], [1.5, 2.123456]], 4)).toEqual([[1, 2], [1.5, 2.1235]]);
  });

  it('measures a unit square', () => {
    expect(ringArea([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toBe(1);
  });
});

describe('clipRing', () => {
  it('clips a square to a box', () => {
    const clipped = clipRing([[-1, -1], [2, -1], [2, 2], [-1, 2], [-1, -1]], [0, 0, 1, 1])!;
    expect(ringArea(clipped)).toBeCloseTo(1, 12);
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(1);
    }
  });

  it('keeps a ring inside the box as is, and returns null for one outside', () => {
    const inside: Ring = [[0.2, 0.2], [0.8, 0.2], [0.5, 0.8], [0.2, 0.2]];
    expect(clipRing(inside, [0, 0, 1, 1])).toEqual(inside);
    expect(clipRing(inside, [5, 5, 6, 6])).toBeNull();
  });

  it('clips half a circle to half its area', () => {
    const clipped = clipRing(circle(720), [0, -2, 2, 2])!;
    expect(ringArea(clipped)).toBeCloseTo(ringArea(circle(720)) / 2, 6);
  });
});

describe('shrinkPolygons', () => {
  it('drops islets under the minimum area and holes of dropped outers', () => {
    const big = [circle(400, 1)];
    const islet = [circle(40, 0.001, 5, 5)];
    const out = shrinkPolygons([big, islet], { tolerance: 0.001, minArea: 0.0001, decimals: 4 });
    expect(out.length).toBe(1);
  });

  it('yields one piece per clip box the polygon crosses', () => {
    const wide = [[[-10, -1], [10, -1], [10, 1], [-10, 1], [-10, -1]] as Ring];
    const out = shrinkPolygons([wide], { tolerance: 0.01, minArea: 0, decimals: 3, clipTo: [[-9, -2, -8, 2], [8, -2, 9, 2], [20, 20, 21, 21]] });
    expect(out.length).toBe(2);
    expect(out.map((p) => ringArea(p[0]))).toEqual([2, 2]);
  });
});

describe('encodeRing / decodeRing', () => {
  it('round-trips at the given precision with small deltas', () => {
    const ring: Ring = [[5.8972, 46.12], [5.893, 46.1191], [5.8856, 46.1068], [5.8972, 46.12]];
    const encoded = encodeRing(ring, 4);
    expect(encoded.slice(0, 2)).toEqual([58972, 461200]);
    expect(encoded.slice(2, 4)).toEqual([-42, -9]);
    expect(decodeRing(encoded, 4)).toEqual(ring);
  });

  it('handles negative coordinates (Antilles, Réunion)', () => {
    const ring: Ring = [[-61.534, 16.241], [-61.5, 16.3], [55.45, -20.88], [-61.534, 16.241]];
    expect(decodeRing(encodeRing(ring, 3), 3)).toEqual(ring);
  });
});
