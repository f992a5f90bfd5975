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
import type { Feature, FeatureCollection, MultiPolygon, Polygon as GeoPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Basemap } from '../src/map/basemap-types';
import { encodeRing, shrinkPolygons, type BBox, type Polygon } from '../src/map/simplify';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What the fallback must cover: metropolitan France with its neighbours' coasts, and each overseas
 * département with the islands around it (Dominica between Guadeloupe and Martinique, Maurice
 * beside Réunion, the Comoros beside Mayotte). Land outside these boxes is never shown to anyone.
 */
export const FRANCE_AREAS: BBox[] = [
  [-9, 40, 13, 53], // métropole and Corse
  [-64, 13.5, -59.5, 18.5], // Antilles: Guadeloupe, Martinique
  [-56, 1, -50.5, 7], // Guyane
  [54.5, -22, 58.5, -19.5], // La Réunion
  [43, -13.5, 46, -11.2], // Mayotte
];

/**
 * Tolerances in degrees (1e-3° ≈ 100 m): the fallback is read at zooms 5–12, where a pixel is
 * 40 m–5 km; départements are kept finer because their borders are what people recognise.
 */
const LAND = { tolerance: 0.004, minArea: 0.0005, decimals: 3 };
const DEPARTEMENTS = { tolerance: 0.002, minArea: 0.00002, decimals: 4 };

export function dataDir(): string {
  return process.env.REPERE_DATA_DIR ?? resolve(ROOT, '../shared/data');
}

const polygonsOf = (g: GeoPolygon | MultiPolygon): Polygon[] =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Polygon[];

const encode = (polygons: Polygon[], decimals: number) => polygons.map((p) => p.map((r) => encodeRing(r, decimals)));

export function buildBasemap(dir = dataDir()): Basemap {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
  const land = feature(topology, topology.objects.land) as Feature<MultiPolygon> | FeatureCollection<MultiPolygon>;
  const landGeoms = 'features' in land ? land.features.map((f) => f.geometry) : [land.geometry];
  const landPolygons = landGeoms.flatMap((g) => shrinkPolygons(polygonsOf(g), { ...LAND, clipTo: FRANCE_AREAS }));

  const contours = JSON.parse(
    readFileSync(join(dir, 'contours/departements.geojson'), 'utf8'),
  ) as FeatureCollection<GeoPolygon | MultiPolygon, { insee_dep: string }>;
  const departements = contours.features
    .slice()
    .sort((a, b) => a.properties.insee_dep.localeCompare(b.properties.insee_dep))
    .map((f) => encode(shrinkPolygons(polygonsOf(f.geometry), DEPARTEMENTS), DEPARTEMENTS.decimals));

  return {
    land: { decimals: LAND.decimals, features: [encode(landPolygons, LAND.decimals)] },
    departements: { decimals: DEPARTEMENTS.decimals, features: departements },
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
  const points = (layer: Basemap['land']) =>
    layer.features.flat(2).reduce((n, ring) => n + ring.length / 2, 0);
  console.log(
    `basemap: land ${points(basemap.land)} points, ${basemap.departements.features.length} départements ` +
      `${points(basemap.departements)} points; ${(json.length / 1024).toFixed(1)} KB, ` +
      `${(gzipSync(json).length / 1024).toFixed(1)} KB gzip, ${Math.round(performance.now() - started)} ms`,
  );
}
