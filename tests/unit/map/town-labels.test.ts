import { describe, expect, it } from 'vitest';
import { byPopulation, minPopulation, pickTownLabels, type LabelFrame, type Town } from '../../../src/map/town-labels';

const towns: Town[] = [
  { name: 'Laon', lat: 49.5641, lon: 3.6199, population: 24_000 },
  { name: 'Saint-Quentin', lat: 49.8465, lon: 3.2876, population: 53_000 },
  { name: 'Soissons', lat: 49.3817, lon: 3.3236, population: 28_000 },
  { name: 'Athies-sous-Laon', lat: 49.5731, lon: 3.6836, population: 2_700 },
  { name: 'Chambry', lat: 49.5967, lon: 3.6294, population: 800 },
  { name: 'Sans population', lat: 49.58, lon: 3.6, population: undefined },
  { name: 'Paris', lat: 48.8566, lon: 2.3522, population: 2_100_000 },
];

/** A plain equirectangular projection at `scale` px per degree, origin at (3°E, 50°N). */
const frame = (zoom: number, bbox: LabelFrame['bbox'], scale: number, max = 100): LabelFrame => ({
  zoom,
  bbox,
  project: (lat, lon) => ({ x: (lon - 3) * scale, y: (50 - lat) * scale }),
  charWidth: 9,
  lineHeight: 18,
  max,
});

describe('town labels', () => {
  it('shows fewer, bigger towns when zoomed out', () => {
    for (let z = 4; z < 12; z++) expect(minPopulation(z)).toBeGreaterThanOrEqual(minPopulation(z + 1));
    expect(minPopulation(12)).toBe(0);
  });

  it('keeps towns in view and above the threshold, biggest first', () => {
    const aisne: LabelFrame['bbox'] = [3, 49, 4.2, 50];
    const names = (z: number) => pickTownLabels(byPopulation(towns), frame(z, aisne, 2000)).map((t) => t.name);
    expect(names(7)).toEqual(['Saint-Quentin', 'Soissons']);
    expect(names(9)).toEqual(['Saint-Quentin', 'Soissons', 'Laon']);
    expect(names(13)).toEqual(['Saint-Quentin', 'Soissons', 'Laon', 'Athies-sous-Laon', 'Chambry', 'Sans population']);
  });

  it('skips a label that would overlap a bigger one', () => {
    // At 100 px per degree Laon and Athies-sous-Laon are 6 px apart: only Laon is kept.
    const names = pickTownLabels(byPopulation(towns), frame(13, [3, 49, 4.2, 50], 100)).map((t) => t.name);
    expect(names).toContain('Laon');
    expect(names).not.toContain('Athies-sous-Laon');
  });

  it('stops at the maximum count', () => {
    expect(pickTownLabels(byPopulation(towns), frame(13, [-5, 40, 10, 52], 10_000, 2)).length).toBe(2);
  });
});
