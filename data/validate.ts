// Position checks. A row failing them is rejected with a reason, never shipped.

/** [minLon, minLat, maxLon, maxLat] of land (with a margin for coasts) of each territory. */
const TERRITORY_BOUNDS: Record<string, [number, number, number, number]> = {
  metropole: [-5.3, 41.3, 9.7, 51.2], // includes Corsica
  guadeloupe: [-61.9, 15.8, -60.9, 16.6],
  'saint-martin-barthelemy': [-63.2, 17.8, -62.7, 18.2],
  martinique: [-61.3, 14.35, -60.75, 14.9],
  guyane: [-54.7, 2.1, -51.5, 5.85],
  reunion: [55.2, -21.4, 55.9, -20.85],
  mayotte: [44.95, -13.05, 45.35, -12.6],
  'saint-pierre-miquelon': [-56.45, 46.7, -56.1, 47.15],
  'wallis-futuna': [-178.25, -14.4, -176.1, -13.15],
  polynesie: [-155, -28, -134, -7],
  'nouvelle-caledonie': [163.5, -23, 168.2, -19.5],
};

function territoryOf(lat: number, lon: number): string | undefined {
  for (const [name, [minLon, minLat, maxLon, maxLat]] of Object.entries(TERRITORY_BOUNDS)) {
    if (lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat) return name;
  }
  return undefined;
}

export type PositionResult =
  | { ok: true; lat: number; lon: number; swapped: boolean }
  | { ok: false; reason: 'position-missing' | 'position-zero' | 'position-outside-france' };

/** Numbers from the files: "46,1", " 46.1 ", 46.1 all read; anything else is missing. */
function toCoordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim().replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/**
 * Accept a position inside France or an overseas territory. When latitude and longitude were
 * swapped and only the swapped pair lands in a territory, the pair is fixed (and reported).
 */
export function checkPosition(latRaw: unknown, lonRaw: unknown): PositionResult {
  const lat = toCoordinate(latRaw);
  const lon = toCoordinate(lonRaw);
  if (lat === undefined || lon === undefined) return { ok: false, reason: 'position-missing' };
  if (lat === 0 && lon === 0) return { ok: false, reason: 'position-zero' };
  if (territoryOf(lat, lon)) return { ok: true, lat, lon, swapped: false };
  if (territoryOf(lon, lat)) return { ok: true, lat: lon, lon: lat, swapped: true };
  return { ok: false, reason: 'position-outside-france' };
}

const WIDE_TERRITORIES = new Set(['973', '975', '977', '978', '984', '986', '987', '988', '989']);

/** A position farther than this from its commune's centroid means the row was geocoded elsewhere. */
export function maxCommuneDistanceKm(dep: string): number {
  // Guyane's communes and the Pacific collectivities (one anchor per territory) are huge.
  return WIDE_TERRITORIES.has(dep) ? 400 : 40;
}
