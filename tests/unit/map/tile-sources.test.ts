import { describe, expect, it } from 'vitest';
import { OSM_STANDARD, PLAN_IGN_V2, pickTileSource } from '../../../src/map/tile-sources';
import { tileUrl } from '../../../src/map/tile-math';

describe('tile sources', () => {
  it('defaults to Plan IGN v2 on the Géoplateforme WMTS, bulk download allowed', () => {
    const source = pickTileSource(undefined);
    expect(source).toBe(PLAN_IGN_V2);
    expect(source.url.startsWith('https://data.geopf.fr/wmts?')).toBe(true);
    expect(source.url).toContain('LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2');
    expect(source.url).toContain('TILEMATRIXSET=PM');
    expect(tileUrl(source.url, [2089, 1396, 12])).toContain('TILEMATRIX=12&TILEROW=1396&TILECOL=2089');
    expect(source.attribution).toContain('© IGN – Plan IGN v2');
    expect(source.attribution).toMatch(/<a href="https:\/\//);
    expect(source.maxZoom).toBe(19);
    expect(source.minZoom).toBeGreaterThanOrEqual(0);
    expect(source.allowBulkDownload).toBe(true);
  });

  it("never allows bulk download from OpenStreetMap's own servers", () => {
    expect(OSM_STANDARD.url).toContain('tile.openstreetmap.org');
    expect(OSM_STANDARD.allowBulkDownload).toBe(false);
    expect(pickTileSource(undefined).url).not.toContain('openstreetmap');
  });

  it('uses the test server when VITE_TILE_URL is set', () => {
    const source = pickTileSource('http://127.0.0.1:4180/{z}/{x}/{y}.png');
    expect(source.id).toBe('test');
    expect(source.url).toBe('http://127.0.0.1:4180/{z}/{x}/{y}.png');
    expect(source.attribution).toBe('Tuiles de test');
    expect(source.allowBulkDownload).toBe(true);
  });
});
