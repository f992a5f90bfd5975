// Where the map's raster tiles come from. Configuration, not code: the app picks one source at
// build time; every source states whether its terms allow saving an area for offline use.

export interface TileSource {
  id: string;
  /** XYZ-style template ({z}, {x}, {y}); WMTS KVP URLs are written with the same placeholders. */
  url: string;
  /** Attribution shown on the map (HTML: Leaflet renders it; only constant text from this file). */
  attribution: string;
  minZoom: number;
  /** Deepest level the server has; Leaflet zooms no further. */
  maxZoom: number;
  /** True only when the provider's terms allow bulk download ("Enregistrer cette zone"). */
  allowBulkDownload: boolean;
  /** Typical tile weight, to tell the user how much an area download will take. */
  approxTileBytes: number;
}

/**
 * Plan IGN v2 through the Géoplateforme WMTS (PM grid = Web Mercator, levels 0–19 for this layer).
 * Open data under Licence Ouverte / Etalab 2.0; the Géoplateforme serves it without a key, and
 * covers metropolitan France and the overseas départements, which is what we show.
 */
export const PLAN_IGN_V2: TileSource = {
  id: 'plan-ign-v2',
  url:
    'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2' +
    '&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
  attribution:
    '<a href="https://geoservices.ign.fr/services-geoplateforme-diffusion" target="_blank" rel="noopener noreferrer">© IGN – Plan IGN v2</a>',
  minZoom: 2,
  maxZoom: 19,
  allowBulkDownload: true,
  approxTileBytes: 25_000,
};

/**
 * OpenStreetMap's own servers: listed only so the rule is explicit. Their tile usage policy
 * forbids bulk downloading, so it never gets the flag, and it is never the default.
 */
export const OSM_STANDARD: TileSource = {
  id: 'osm',
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution:
    '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">© OpenStreetMap</a>',
  minZoom: 2,
  maxZoom: 19,
  allowBulkDownload: false,
  approxTileBytes: 20_000,
};

/** The browser tests' local tile server (tests/e2e/support/tile-server.mjs), set by VITE_TILE_URL. */
export function testTileSource(url: string): TileSource {
  return {
    id: 'test',
    url,
    attribution: 'Tuiles de test',
    minZoom: 2,
    maxZoom: 19,
    allowBulkDownload: true,
    approxTileBytes: 1_000,
  };
}

/** The source this build uses: the test server when VITE_TILE_URL is set, else Plan IGN v2. */
export function pickTileSource(overrideUrl: string | undefined): TileSource {
  return overrideUrl ? testTileSource(overrideUrl) : PLAN_IGN_V2;
}

// `?.`: the build's own plugins (deploy/vite-plugin.ts) read this module in Node, where import.meta.env is absent.
export const tileSource: TileSource = pickTileSource(import.meta.env?.VITE_TILE_URL as string | undefined);
