// Builds the vector basemap the map draws under its tiles (src/map/basemap-types.ts):
// Natural Earth land from the world-atlas package, clipped to the areas around France, and the
// département outlines from the shared data folder, both simplified for the zooms they serve.
// Used by the Vite plugin (src/map/basemap-plugin.ts) at build time; run directly
// (`npx tsx scripts/build-basemap.ts`) it writes public/basemap/basemap.json and prints its size.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { clipPolygon, type BoundingBox, type Point } from 'lineclip';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Basemap } from '../src/map/basemap-types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What the fallback must cover: metropolitan France with its neighbours' coasts, and each overseas
 * département with the islands around it (Dominica between Guadeloupe and Martinique, Maurice
 * beside Réunion, the Comoros beside Mayotte). Land outside these boxes is never shown to anyone.
 */
export const FRANCE_AREAS: BoundingBox[] = [
  [-9, 40, 13, 53], // métropole and Corse
  [-64, 13.5, -59.5, 18.5], // Antilles: Guadeloupe, Martinique
  [-56, 1, -50.5, 7], // Guyane
  [54.5, -22, 58.5, -19.5], // La Réunion
  [43, -13.5, 46, -11.2], // Mayotte
];

export interface Generalisation {
  /**
   * Visvalingam's effective area (square degrees; topojson-simplify's planar weight) under which a
   * vertex goes. The fallback is read at zooms 5–12, where a pixel is 40 m–5 km.
   */
  minWeight: number;
  /** Rings smaller than this (square degrees) are dropped: islets invisible at the zooms used. */
  minArea: number;
  /** Grid step of the shipped integer coordinates, degrees (1e-4° ≈ 10 m). */
  step: number;
}

/**
 * Départements are kept finer than land because their borders are what people recognise.
 * Distance of the source's vertices to the outline shown, measured: départements mean 0.00004°,
 * 99th percentile 0.0007° (≈ 4 m and 80 m; the Douglas–Peucker build before this one had
 * 0.00028° and 0.0019°); land mean 0.0012°, p99 0.0022° (before: 0.0012°, 0.0039°).
 */
const LAND: Generalisation = { minWeight: 2e-5, minArea: 0.0005, step: 1e-3 };
export const DEPARTEMENTS: Generalisation = { minWeight: 4e-6, minArea: 0.00002, step: 1e-4 };

export function dataDir(): string {
  return process.env.REPERE_DATA_DIR ?? resolve(ROOT, '../shared/data');
}

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/**
 * Each polygon cut to each area it reaches (lineclip's Sutherland–Hodgman), so one coastline may
 * yield several pieces. The cut may run along an area's edge: fine for a filled, unstroked layer.
 */
export function clipToAreas(polygons: Position[][][], areas: BoundingBox[]): Position[][][] {
  const pieces: Position[][][] = [];
  for (const polygon of polygons) {
    for (const area of areas) {
      // lineclip takes a ring as implicitly closed and returns it open; GeoJSON wants it closed.
      const [outer, ...holes] = polygon.map((ring) => clipPolygon(ring.slice(0, -1) as Point[], area));
      if (outer.length < 3) continue; // no outer ring here: its holes mean nothing
      const rings = [outer, ...holes.filter((hole) => hole.length >= 3)];
      pieces.push(rings.map((ring) => [...ring, ring[0]]));
    }
  }
  return pieces;
}

/**
 * One layer as shipped: topology first, so that a border two départements share is one arc,
 * simplified once (Visvalingam, topojson-simplify) and drawn identically on both sides; then
 * islets dropped and coordinates quantised to delta-encoded integers (TopoJSON's own encoding).
 */
function generalise<K extends string>(name: K, layer: FeatureCollection, g: Generalisation): Topology<Record<K, GeometryCollection>> {
  // Cast: @types/topojson-server types properties as GeoJSON's (maybe null), topojson-simplify's
  // as {}; these layers carry none.
  const simple = simplify(presimplify(topology({ [name]: layer }) as Topology<Objects>), g.minWeight);
  const kept = filter(simple, filterWeight(simple, g.minArea));
  const [west, south] = kept.bbox!;
  return quantize(kept, { scale: [g.step, g.step], translate: [Math.floor(west), Math.floor(south)] }) as Topology<Record<K, GeometryCollection>>;
}

export function buildBasemap(dir = dataDir()): Basemap {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
  const land = feature(world, world.objects.land) as Feature<MultiPolygon> | FeatureCollection<MultiPolygon>;
  const landGeoms = 'features' in land ? land.features.map((f) => f.geometry) : [land.geometry];
  const clipped: MultiPolygon = { type: 'MultiPolygon', coordinates: clipToAreas(landGeoms.flatMap(polygonsOf), FRANCE_AREAS) };

  const contours = JSON.parse(
    readFileSync(join(dir, 'contours/departements.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, { insee_dep: string }>;
  const departements: FeatureCollection = {
    type: 'FeatureCollection',
    features: contours.features
      .map((f): Feature => ({ type: 'Feature', id: f.properties.insee_dep, properties: {}, geometry: f.geometry }))
      .sort((a, b) => String(a.id).localeCompare(String(b.id))),
  };

  return {
    land: generalise('land', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: clipped }] }, LAND),
    departements: generalise('departements', departements, DEPARTEMENTS),
  };
}

/** The module the map imports: JSON.parse of a string literal is faster to load than an object literal. */
export function basemapModule(basemap: Basemap): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(basemap))});\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const basemap = buildBasemap();
  const json = JSON.stringify(basemap);
  const outDir = join(ROOT, 'public/basemap');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'basemap.json'), json);
  const points = (layer: Topology) => layer.arcs.reduce((n, arc) => n + arc.length, 0);
  console.log(
    `basemap: land ${points(basemap.land)} points, ${basemap.departements.objects.departements.geometries.length} départements ` +
      `${points(basemap.departements)} points; ${(json.length / 1024).toFixed(1)} KB, ` +
      `${(gzipSync(json).length / 1024).toFixed(1)} KB gzip, ${Math.round(performance.now() - started)} ms`,
  );
}
