// The real gazetteer and France Services list (../shared/data), read once per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildGazetteer, loadDecoupage, type Gazetteer } from '../../../data/communes';
import { DEFAULT_DATA_DIR } from '../../../data/paths';
import { WEEKDAYS, type StopSlot, type Weekday } from '../../../src/shared/stop';

export const dataDir = process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR;
export const readData = (path: string) => readFileSync(join(dataDir, path), 'utf8');
export const FS_LIST = 'france-services/liste-fs-20240801.csv';
export const FS_SOURCE = { id: 'france-services', date: '2024-08-01' };

let gazetteer: Gazetteer | undefined;
export function realGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer(readData('communes/communes-centroides-2018.csv'), loadDecoupage());
  return gazetteer;
}

let rows: Map<string, Record<string, string>> | undefined;
/** France Services rows by id_fs. */
export function fsRows(): Map<string, Record<string, string>> {
  rows ??= new Map(Papa.parse<Record<string, string>>(readData(FS_LIST), { header: true, skipEmptyLines: 'greedy' }).data.map((r) => [r.id_fs!, r]));
  return rows;
}

/**
 * A schedule as a sorted list of one-day atoms, so that "Mo,Tu morning" and two slots "Mo morning",
 * "Tu morning" compare equal. Written form of a slot: "[odd|even ]<days>[[n,m]][ <times>|morning|afternoon|day]",
 * slots joined by "; ", days as in OSM ("Mo-We,Fr").
 */
export function atoms(slots: StopSlot[]): string[] {
  return slots
    .flatMap((s) => s.days.map((d) => `${s.weeks ?? ''}|${d}${s.nth ? `[${s.nth.join(',')}]` : ''}|${s.times?.join(',') ?? s.dayPart ?? ''}`))
    .sort();
}

export function parseSlots(written: string): StopSlot[] {
  return written.split('; ').map((part) => {
    const words = part.trim().split(' ');
    const slot: StopSlot = { days: [] };
    if (words[0] === 'odd' || words[0] === 'even') slot.weeks = words.shift() as 'odd' | 'even';
    const m = /^([A-Za-z,-]+)(?:\[([-\d,]+)\])?$/.exec(words.shift()!);
    if (!m) throw new Error(`bad label "${part}"`);
    for (const d of m[1]!.split(',')) {
      const [a, b] = d.split('-') as [Weekday, Weekday | undefined];
      const from = WEEKDAYS.indexOf(a);
      const to = b ? WEEKDAYS.indexOf(b) : from;
      if (from < 0 || to < from) throw new Error(`bad days "${d}"`);
      slot.days.push(...WEEKDAYS.slice(from, to + 1));
    }
    if (m[2]) slot.nth = m[2].split(',').map(Number);
    const rest = words.join(' ');
    if (rest.includes(':')) slot.times = rest.split(',');
    else if (rest) slot.dayPart = rest as StopSlot['dayPart'];
    return slot;
  });
}
