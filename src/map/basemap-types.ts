/** A polygon as shipped: outer ring then holes, each ring delta-encoded (simplify.ts encodeRing). */
export type EncodedPolygon = number[][];

export interface EncodedLayer {
  /** Coordinates are integers at 10^decimals degrees. */
  decimals: number;
  /** One entry per feature; each feature is a list of polygons. */
  features: EncodedPolygon[][];
}

/**
 * The vector basemap shipped with the app, drawn under the tiles so the map stays readable with
 * no tile at all. Built by scripts/build-basemap.ts; rings decode to [lon, lat] (GeoJSON order).
 */
export interface Basemap {
  /** Natural Earth land (world-atlas 10m), clipped to the areas around France and its overseas départements. */
  land: EncodedLayer;
  /** Département outlines (IGN Admin Express via ANCT), one feature per département, by code. */
  departements: EncodedLayer;
}
