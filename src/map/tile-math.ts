// Web Mercator ("PM" / EPSG:3857) tile arithmetic, as used by XYZ and WMTS PM tile grids.
// Pure functions: shared by the area download and its unit tests.

/** Web Mercator cannot show the poles: latitudes are clamped to the square world. */
const MAX_LAT = 85.0511287798066;

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

const clampLat = (lat: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
const clampIndex = (i: number, z: number) => Math.max(0, Math.min(2 ** z - 1, i));

/** Fractional tile x for a longitude at zoom z. */
export function lonToTileX(lon: number, z: number): number {
  return ((lon + 180) / 360) * 2 ** z;
}

/** Fractional tile y (0 at the top) for a latitude at zoom z. */
export function latToTileY(lat: number, z: number): number {
  const rad = (clampLat(lat) * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z;
}

/** Longitude of a tile's west edge. */
export function tileXToLon(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

/** Latitude of a tile's north edge. */
export function tileYToLat(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

/** The tile containing a point. */
export function tileAt(lon: number, lat: number, z: number): TileCoord {
  return { z, x: clampIndex(Math.floor(lonToTileX(lon, z)), z), y: clampIndex(Math.floor(latToTileY(lat, z)), z) };
}

/** Inclusive tile index ranges covering a bbox at zoom z. */
export function tileRange(bbox: BBox, z: number) {
  const [west, south, east, north] = bbox;
  const nw = tileAt(west, north, z);
  const se = tileAt(east, south, z);
  return { minX: nw.x, maxX: se.x, minY: nw.y, maxY: se.y };
}

export function countTiles(bbox: BBox, z: number): number {
  const r = tileRange(bbox, z);
  return (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);
}

/** Every tile of the bbox at zoom z, row by row. */
export function tilesInBBox(bbox: BBox, z: number): TileCoord[] {
  const r = tileRange(bbox, z);
  const tiles: TileCoord[] = [];
  for (let y = r.minY; y <= r.maxY; y++) for (let x = r.minX; x <= r.maxX; x++) tiles.push({ z, x, y });
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
export function tileUrl(template: string, t: TileCoord): string {
  return template.replace(/\{([zxy])\}/g, (_, key: 'z' | 'x' | 'y') => String(t[key]));
}
