// Stops as records of the index, on a hand-written list: a bus merged away under another id, a bus
// left out of the index, a stop id another record already has, what a stop record takes from its bus.
import { describe, expect, it } from 'vitest';
import { indexStops, stopRecord } from '../../../data/itinerance/index-stops';
import type { Place } from '../../../src/shared/place';
import type { Stop } from '../../../src/shared/stop';
import { realGazetteer } from './helpers';

const HEADER = 'id_fs,insee_dep,lib_fs,insee_com,latitude,longitude,mail,telephone,commentaire,format_fs';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const BUS_08 = '47,08,Bus France services de Vouziers,08490,49.396479,4.69986,,,"les lundis à la mairie de Monthois, mardis à la mairie de Machault",Bus_équivalent';
const SOURCE = { id: 'france-services', date: '2024-08-01' };

const place = (id: string, extra: Partial<Place> = {}): Place => ({
  id,
  name: 'Bus France services de Vouziers',
  kind: 'france-services',
  mobile: true,
  lat: 49.39,
  lon: 4.69,
  dep: '08',
  address: { commune: 'Vouziers', insee: '08490' },
  services: ['demarches'],
  sources: [SOURCE],
  ...extra,
});
const run = (places: Place[], aliases: Record<string, string> = {}, text = csv(BUS_08)) =>
  indexStops({ gazetteer: realGazetteer(), places, aliases, franceServices: { text, source: SOURCE }, files: [] });

describe('stops as records of the index', () => {
  it('a bus merged into another record: its stops follow the id that was kept', () => {
    const { stops, places } = run([place('fs-1995')], { 'fs-47': 'fs-1995' });
    expect(stops.map((s) => [s.id, s.stop!.busId])).toEqual([
      ['fs-1995-08264', 'fs-1995'],
      ['fs-1995-08303', 'fs-1995'],
    ]);
    expect(places[0]!.stops!.map((s) => s.commune)).toEqual(['Monthois', 'Machault']);
  });

  it('a bus the index does not have (rejected row): its stops are reported, not published', () => {
    const { stops, report } = run([place('fs-9')]);
    expect(stops).toEqual([]);
    expect(report.unpublished).toEqual([{ busId: 'fs-47', stops: 2, reason: 'service-not-in-index' }]);
  });

  it('a stop id that another record already has is never published twice', () => {
    const { stops, report } = run([place('fs-47'), place('fs-47-08264', { name: 'Autre', mobile: undefined })]);
    expect(stops.map((s) => s.id)).toEqual(['fs-47-08303']);
    expect(report.unpublished).toEqual([{ busId: 'fs-47', stops: 1, reason: 'id-taken' }]);
  });

  it('the stop at the bus\'s own commune is on the bus\'s record; at a former commune of it, a stop of its own', () => {
    const text = csv('47,08,Bus France services de Vouziers,08490,49.396479,4.69986,,,"les lundis à Vouziers, les mardis à Monthois",Bus_équivalent');
    const { stops, places, report } = run([place('fs-47')], {}, text);
    expect(stops.map((s) => s.id)).toEqual(['fs-47-08303']);
    expect(places[0]!.stops).toEqual([
      { insee: '08490', commune: 'Vouziers', dep: '08', slots: [{ days: ['Mo'] }], base: true },
      { id: 'fs-47-08303', insee: '08303', commune: 'Monthois', dep: '08', slots: [{ days: ['Tu'] }] },
    ]);
    expect(report).toMatchObject({ stops: 2, stopRecords: 1, baseStops: 1, busesWithStops: 1 });
  });

  it('a stop record: the bus\'s offer and contacts, its own place, position, hours and sources', () => {
    const bus = place('fs-47', { phone: '+33324716465', email: 'sp@x.fr', hours: 'Mo-Fr 08:30-17:00', appointment: true, fees: 'gratuit', labels: ['France Services'], publics: ['tous'], aliases: ['fs-1'] });
    const stop: Stop = {
      id: 'fs-47-08264', busId: 'fs-47', busName: 'x', insee: '08264', commune: 'Machault', dep: '08', lat: 49.35, lon: 4.5, position: 'commune',
      slots: [{ days: ['Tu'], dayPart: 'morning' }], sources: [SOURCE], locality: 'Ancien', place: 'mairie',
    };
    const record = stopRecord(stop, bus, realGazetteer());
    expect(record).toEqual({
      id: 'fs-47-08264', name: bus.name, kind: 'france-services', mobile: true, lat: 49.35, lon: 4.5, dep: '08',
      address: { postcode: '08310', commune: 'Machault', insee: '08264' },
      phone: '+33324716465', email: 'sp@x.fr', appointment: true, fees: 'gratuit', labels: ['France Services'], publics: ['tous'],
      services: ['demarches'], sources: [SOURCE],
      stop: { busId: 'fs-47', busName: bus.name, locality: 'Ancien', place: 'mairie', position: 'commune', slots: [{ days: ['Tu'], dayPart: 'morning' }] },
    });
    // No hours of its own ("le mardi matin" gives no range): not the bus's office hours either, nor its aliases.
    expect(record.hours).toBeUndefined();
    expect(record.aliases).toBeUndefined();
  });
});
