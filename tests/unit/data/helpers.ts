import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlaces } from '../../../data/build-place';
import { buildGazetteer, loadDecoupage, type Gazetteer } from '../../../data/communes';
import type { Adapter } from '../../../data/adapters/types';
import type { Draft } from '../../../data/draft';
import { decodeText } from '../../../data/normalise/text';
import { emptyReport, type Report } from '../../../data/report';
import { DATASETS, LIVE_DATASETS } from '../../../data/sources';
import type { Place } from '../../../src/shared/place';

export const FIXTURES = resolve(fileURLToPath(new URL('../../fixtures/data', import.meta.url)));
export const fixture = (name: string) => decodeText(readFileSync(join(FIXTURES, name)));

let gazetteer: Gazetteer | undefined;
/** A small gazetteer: the fixture centroids and only the communes they cover. */
export function fixtureGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const csv = fixture('communes.csv');
  const codes = new Set(csv.trim().split('\n').slice(1).map((l) => l.split(',')[0]!));
  const decoupage = loadDecoupage().filter((c) => codes.has(c.code) || codes.has(c.chefLieu ?? c.commune ?? ''));
  gazetteer = buildGazetteer(csv, decoupage);
  return gazetteer;
}

export const dataset = (id: string) => DATASETS.find((d) => d.id === id) ?? LIVE_DATASETS.find((d) => d.id === id)!;

/** Adapter then validation, as the pipeline does it, on a fixture file. */
export function runAdapter(
  adapter: Adapter,
  file: string,
  datasetId: string,
  options: { franceServicesListed?: boolean } = {},
): { places: Place[]; report: Report; rowsRead: number; problems: { row: number; reason: string }[]; drafts: Draft[] } {
  const d = dataset(datasetId);
  const result = adapter(fixture(file), d);
  const report = emptyReport();
  const places = buildPlaces(result.drafts, { gazetteer: fixtureGazetteer(), file, datasetDate: d.date === 'live' ? '2026-11-30' : d.date, report, ...options }, new Set());
  return { places, report, rowsRead: result.rowsRead, problems: result.problems, drafts: result.drafts };
}
