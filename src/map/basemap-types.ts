import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The vector basemap shipped with the app, drawn under the tiles so the map stays readable with
 * no tile at all. Built by scripts/build-basemap.ts as two quantised TopoJSON topologies (each
 * with its own grid step) and decoded by topojson-client's `feature`; positions are [lon, lat].
 */
export interface Basemap {
  /** Natural Earth land (world-atlas 10m), clipped to the areas around France and its overseas départements. */
  land: Topology<{ land: GeometryCollection }>;
  /**
   * Département outlines (IGN Admin Express via ANCT): one geometry per département, its id the
   * code, in code order. Neighbours share their border arcs, so they meet with no gap or overlap.
   */
  departements: Topology<{ departements: GeometryCollection }>;
}
