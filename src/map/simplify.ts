// Build-time geometry for the shipped vector basemap: simplify, clip, round.
// Pure functions on [lon, lat] rings (GeoJSON order); no DOM, no Node.

export type Point = [number, number];
export type Ring = Point[];
/** One polygon: outer ring then holes. */
export type Polygon = Ring[];
/** [west, south, east, north] */
export type BBox = [number, number, number, number];

function sqSegmentDistance(p: Point, a: Point, b: Point): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/**
 * Douglas–Peucker: keeps the points farther than `tolerance` (degrees) from the simplified line.
 * Iterative (an explicit stack) so long coastlines cannot overflow the call stack.
 */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const sqTol = tolerance * tolerance;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxSq = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = sqSegmentDistance(points[i], points[first], points[last]);
      if (d > maxSq) {
        maxSq = d;
        index = i;
      }
    }
    if (index !== -1 && maxSq > sqTol) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies a closed ring. The ring is split at its farthest point from the start, so that
 * Douglas–Peucker does not collapse it (first and last points are the same). Returns null when
 * nothing worth drawing is left (fewer than 3 distinct corners).
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring | null {
  const open = samePoint(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring.slice();
  if (open.length < 3) return null;
  let far = 0;
  let farSq = -1;
  for (let i = 1; i < open.length; i++) {
    const d = (open[i][0] - open[0][0]) ** 2 + (open[i][1] - open[0][1]) ** 2;
    if (d > farSq) {
      farSq = d;
      far = i;
    }
  }
  const a = simplifyLine(open.slice(0, far + 1), tolerance);
  const b = simplifyLine([...open.slice(far), open[0]], tolerance);
  const out = [...a, ...b.slice(1)];
  return out.length >= 4 ? out : null; // closed: 3 corners + the repeated first point
}

const samePoint = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

/** Rounds to `decimals` and drops the consecutive duplicates that rounding creates. */
export function roundRing(ring: Ring, decimals: number): Ring {
  const f = 10 ** decimals;
  const out: Ring = [];
  for (const [lon, lat] of ring) {
    const p: Point = [Math.round(lon * f) / f, Math.round(lat * f) / f];
    if (!out.length || !samePoint(out[out.length - 1], p)) out.push(p);
  }
  return out;
}

/** Twice the signed area (shoelace), in square degrees: small rings are dropped by it. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum) / 2;
}

export function ringBBox(ring: Ring): BBox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

export const bboxesIntersect = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * Sutherland–Hodgman clipping of a ring to a rectangle. The result may run along the rectangle's
 * edges; that is fine for a filled, unstroked land layer. Returns null when nothing is inside.
 */
export function clipRing(ring: Ring, box: BBox): Ring | null {
  const [w, s, e, n] = box;
  const edges: Array<{ inside: (p: Point) => boolean; cut: (a: Point, b: Point) => Point }> = [
    { inside: (p) => p[0] >= w, cut: (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])] },
    { inside: (p) => p[0] <= e, cut: (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])] },
    { inside: (p) => p[1] >= s, cut: (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s] },
    { inside: (p) => p[1] <= n, cut: (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n] },
  ];
  let points = samePoint(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring.slice();
  for (const edge of edges) {
    if (!points.length) break;
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (edge.inside(cur)) {
        if (!edge.inside(prev)) points.push(edge.cut(prev, cur));
        points.push(cur);
      } else if (edge.inside(prev)) {
        points.push(edge.cut(prev, cur));
      }
    }
  }
  if (points.length < 3) return null;
  return [...points, points[0]];
}

export interface ShrinkOptions {
  /** Douglas–Peucker tolerance, degrees. */
  tolerance: number;
  /** Rings smaller than this (square degrees) are dropped: islets invisible at the zooms used. */
  minArea: number;
  decimals: number;
  /** When given, rings are clipped to these rectangles (a ring may yield several pieces). */
  clipTo?: BBox[];
}

/** Clip (optional), simplify, round and filter the polygons of one feature. */
export function shrinkPolygons(polygons: Polygon[], o: ShrinkOptions): Polygon[] {
  const out: Polygon[] = [];
  const finish = (ring: Ring): Ring | null => {
    const simple = simplifyRing(ring, o.tolerance);
    if (!simple) return null;
    const rounded = roundRing(simple, o.decimals);
    return rounded.length >= 4 && ringArea(rounded) >= o.minArea ? rounded : null;
  };
  for (const polygon of polygons) {
    const boxes = o.clipTo ?? [null];
    for (const box of boxes) {
      const rings: Ring[] = [];
      for (const [i, ring] of polygon.entries()) {
        const clipped = box ? (bboxesIntersect(ringBBox(ring), box) ? clipRing(ring, box) : null) : ring;
        const done = clipped && finish(clipped);
        if (done) rings.push(done);
        else if (i === 0) break; // no outer ring: its holes mean nothing
      }
      if (rings.length) out.push(rings);
    }
  }
  return out;
}

/**
 * Compact ring encoding for the shipped file: integers at 10^decimals, each point as the
 * difference from the previous one ([x0, y0, dx1, dy1, …]). Small repeated integers gzip far
 * better than full decimal coordinates.
 */
export function encodeRing(ring: Ring, decimals: number): number[] {
  const f = 10 ** decimals;
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * f);
    const y = Math.round(lat * f);
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}

export function decodeRing(encoded: number[], decimals: number): Ring {
  const f = 10 ** decimals;
  const ring: Ring = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += encoded[i];
    y += encoded[i + 1];
    ring.push([x / f, y / f]);
  }
  return ring;
}
