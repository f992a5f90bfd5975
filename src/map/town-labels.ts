// Town names for the vector fallback: few and big when zoomed out, more as one zooms in,
// never overlapping. Pure: the layer gives the projection.
import type { Commune } from '../shared/place';

export type Town = Pick<Commune, 'name' | 'lat' | 'lon' | 'population'>;

/**
 * Smallest population labelled at a zoom: at zoom 6 France is ~600 px wide, room for the
 * regional capitals; at 12 a screen covers a canton, room for every village.
 */
export function minPopulation(zoom: number): number {
  if (zoom <= 5) return 150_000;
  if (zoom === 6) return 60_000;
  if (zoom === 7) return 25_000;
  if (zoom === 8) return 10_000;
  if (zoom === 9) return 4_000;
  if (zoom === 10) return 1_500;
  if (zoom === 11) return 500;
  return 0;
}

/** Biggest first: the order in which labels claim their place. */
export function byPopulation<T extends Town>(towns: T[]): T[] {
  return towns.slice().sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
}

export interface LabelFrame {
  zoom: number;
  /** [west, south, east, north] of the view. */
  bbox: [number, number, number, number];
  /** lat/lon → screen pixels. */
  project: (lat: number, lon: number) => { x: number; y: number };
  /** Rough width of a label in pixels (one character ≈ 0.55 em). */
  charWidth: number;
  lineHeight: number;
  max: number;
}

/**
 * Greedy placement: towns (sorted biggest first) in view and above the zoom's threshold take a
 * box around their point; a town whose box hits one already taken is skipped.
 */
export function pickTownLabels<T extends Town>(sortedTowns: T[], frame: LabelFrame): T[] {
  const threshold = minPopulation(frame.zoom);
  const [w, s, e, n] = frame.bbox;
  const taken: Array<[number, number, number, number]> = [];
  const picked: T[] = [];
  for (const town of sortedTowns) {
    if ((town.population ?? 0) < threshold) break; // sorted: every next one is smaller
    if (town.lon < w || town.lon > e || town.lat < s || town.lat > n) continue;
    const { x, y } = frame.project(town.lat, town.lon);
    const half = (town.name.length * frame.charWidth) / 2 + 4;
    const box: [number, number, number, number] = [x - half, y - frame.lineHeight / 2, x + half, y + frame.lineHeight / 2];
    if (taken.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
    taken.push(box);
    picked.push(town);
    if (picked.length >= frame.max) break;
  }
  return picked;
}
