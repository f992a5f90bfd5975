// The tiles of an area, for "Enregistrer cette zone". The Web Mercator arithmetic (the grid that
// XYZ servers and the WMTS "PM" matrix set share) is @mapbox/tilebelt's; this file only says
// which tiles an area means, and how many levels of them the user may take at once.
import { pointToTileFraction, type Tile } from '@mapbox/tilebelt';

/** [x, y, z], tilebelt's order. */
export type { Tile };

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/**
 * Inclusive tile index ranges covering a bbox at zoom z, as Leaflet's GridLayer counts them: a
 * tile that only touches the area's edge shows nothing of it, so it is not one of them (edges
 * computed through latitudes come back a few 1e-15 off, hence EDGE). tilebelt wraps x round the
 * antimeridian (180° would become tile 0) and leaves y unbounded past Mercator's ±85°; a map
 * zoomed far out can report such bounds, so both are held to the grid.
 */
function tileRange([west, south, east, north]: BBox, z: number) {
  const EDGE = 1e-9;
  const lon = (l: number) => Math.min(Math.max(l, -180), 180 - 1e-9);
  const index = (i: number) => Math.min(Math.max(i, 0), 2 ** z - 1);
  const [x0, y0] = pointToTileFraction(lon(west), north, z);
  const [x1, y1] = pointToTileFraction(lon(east), south, z);
  const minX = index(Math.floor(x0 + EDGE));
  const minY = index(Math.floor(y0 + EDGE));
  return { minX, minY, maxX: index(Math.max(minX, Math.ceil(x1 - EDGE) - 1)), maxY: index(Math.max(minY, Math.ceil(y1 - EDGE) - 1)) };
}

export function countTiles(bbox: BBox, z: number): number {
  const r = tileRange(bbox, z);
  return (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);
}

/** Every tile of the bbox at zoom z, row by row. */
export function tilesInBBox(bbox: BBox, z: number): Tile[] {
  const r = tileRange(bbox, z);
  const tiles: Tile[] = [];
  for (let y = r.minY; y <= r.maxY; y++) for (let x = r.minX; x <= r.maxX; x++) tiles.push([x, y, z]);
  return tiles;
}

export interface DownloadPlan {
  /** Zoom levels kept, lowest first. */
  zooms: number[];
  /** Tiles per kept level. */
  counts: number[];
  total: number;
  /** Levels asked for but dropped because they would pass the cap. */
  dropped: number[];
}

/**
 * Which zoom levels of the area to download: from `fromZoom` up to `toZoom` (capped by the
 * source's `maxZoom`), stopping before the level that would pass `cap`. Each level holds about
 * four times the tiles of the one before, so the deepest levels go first when the area is big.
 * An empty plan means even the first level is over the cap: the user must zoom in.
 */
export function planDownload(bbox: BBox, fromZoom: number, toZoom: number, maxZoom: number, cap: number): DownloadPlan {
  const plan: DownloadPlan = { zooms: [], counts: [], total: 0, dropped: [] };
  const last = Math.min(toZoom, maxZoom);
  for (let z = fromZoom; z <= last; z++) {
    const count = countTiles(bbox, z);
    if (plan.dropped.length || plan.total + count > cap) {
      plan.dropped.push(z);
      continue;
    }
    plan.zooms.push(z);
    plan.counts.push(count);
    plan.total += count;
  }
  return plan;
}

/** Fills an XYZ / WMTS template ({z}, {x}, {y}) for one tile. */
export function tileUrl(template: string, [x, y, z]: Tile): string {
  const values = { x, y, z };
  return template.replace(/\{([zxy])\}/g, (_, key: 'z' | 'x' | 'y') => String(values[key]));
}
