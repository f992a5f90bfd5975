// Reads the built index with Node, independently of the app, to check what the app shows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, Place } from '../../../src/shared/place';

const DATA = 'public/data';
let cache: Place[] | undefined;

export function allPlaces(): Place[] {
  if (!cache) {
    const file = readdirSync(DATA).find((f) => /^france\..*\.json$/.test(f));
    if (!file) throw new Error('no France pack in public/data: run node data/ensure-data.mjs');
    cache = JSON.parse(readFileSync(join(DATA, file), 'utf8')) as Place[];
  }
  return cache;
}

export const manifest = (): Manifest => JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8'));

export const placeById = (id: string) => allPlaces().find((p) => p.id === id);

/** Haversine written again here on purpose: the test must not reuse the app's distance code. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

/** Distances of the n nearest places, nearest first. */
export function nearestDistances(lat: number, lon: number, n: number): number[] {
  return allPlaces()
    .map((p) => haversineKm(lat, lon, p.lat, p.lon))
    .sort((a, b) => a - b)
    .slice(0, n);
}
