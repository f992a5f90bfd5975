// The whole France Services list: every non-fixed service's comment, the stops read, the counts.
import { describe, expect, it } from 'vitest';
import { franceServicesItineraries } from '../../../data/itinerance/france-services';
import { nextPassage } from '../../../src/shared/stop';
import { FS_LIST, FS_SOURCE, readData, realGazetteer } from './helpers';

const { services, itineraries, report } = franceServicesItineraries(readData(FS_LIST), realGazetteer(), FS_SOURCE);
const stops = itineraries.flatMap((it) => it.stops);

describe('the France Services list', () => {
  it('has the non-fixed services and comments the README and the issue count', () => {
    expect(report.nonFixedRows).toBe(445);
    expect(report.busesAndItinerant).toBe(163);
    expect(report.comments).toBe(205);
    expect(report.byFormat['Bus_équivalent']).toMatchObject({ rows: 134, comments: 67 });
    expect(report.byFormat['Itinérante']).toMatchObject({ rows: 29, comments: 20 });
    expect(services.every((s) => s.id === `fs-${s.idFs}`)).toBe(true);
  });

  it('sorts every comment into read, refused or without schedule, and every stop into a département', () => {
    expect(report.commentsWithStops + report.commentsRefused + report.commentsWithoutSchedule).toBe(205);
    expect(Object.values(report.stopsByDep).reduce((a, b) => a + b, 0)).toBe(report.stops);
    expect(report.stops).toBe(stops.length);
    // Figures of this parser on this list (docs/itinerance.md): a change to the parser shows here.
    expect(report).toMatchObject({ commentsWithStops: 68, commentsRefused: 33, commentsWithoutSchedule: 104, stops: 247, stopsOutsideDep: 6 });
  });

  it('gives every stop an id unique in the index, a bus, a position and valid hours', () => {
    expect(new Set(stops.map((s) => s.id)).size).toBe(stops.length);
    for (const s of stops) {
      expect(s.id).toMatch(/^fs-\d+-[0-9a-z]{5}(-\d+)?$/);
      expect(s.id.startsWith(`${s.busId}-`)).toBe(true);
      expect(s.slots.length).toBeGreaterThan(0);
      expect(s.position).toBe('commune');
      expect(realGazetteer().byInsee.get(s.insee)).toMatchObject({ lat: s.lat, lon: s.lon, dep: s.dep });
      expect(s.sources).toEqual([FS_SOURCE]);
    }
    // Several stops of one bus in one commune (Lorient's quarters) get -2, -3…
    expect(stops.filter((s) => s.busId === 'fs-2624' && s.insee === '56121').map((s) => s.id)).toEqual([
      'fs-2624-56121', 'fs-2624-56121-2', 'fs-2624-56121-3', 'fs-2624-56121-4', 'fs-2624-56121-5', 'fs-2624-56121-6',
    ]);
  });

  it('has what the search near Machault needs: the bus, the commune, Tuesday 9 h, the next passage', () => {
    const machault = stops.find((s) => s.insee === '08264')!;
    const centre = realGazetteer().byInsee.get('08264')!;
    expect(machault).toMatchObject({
      id: 'fs-47-08264',
      busId: 'fs-47',
      busName: 'Bus France services de Vouziers',
      commune: 'Machault',
      dep: '08',
      place: 'mairie',
      lat: centre.lat,
      lon: centre.lon,
      slots: [{ days: ['Tu'], times: ['09:00-12:00', '13:00-16:30'] }],
      hours: 'Tu 09:00-12:00,13:00-16:30',
    });
    // Sunday 2024-09-08 evening, wall clock in Europe/Paris.
    expect(nextPassage(machault, new Date(2024, 8, 8, 20))).toMatchObject({ day: new Date(2024, 8, 10), start: '09:00', end: '12:00' });
    expect(stops.filter((s) => s.busId === 'fs-47').map((s) => s.commune)).toEqual(['Monthois', 'Machault', 'Buzancy', 'Grandpré', 'Bairon et ses environs']);
  });
});
