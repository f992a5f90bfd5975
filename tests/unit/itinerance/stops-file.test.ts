// The structured stops file: the real Charente bus file, hand-written bad rows, the link to its
// France Services record, and the combination with the stops of that record's comment.
import { describe, expect, it } from 'vitest';
import { combineBusStops } from '../../../data/itinerance/combine';
import { franceServicesItineraries } from '../../../data/itinerance/france-services';
import { matchBus } from '../../../data/itinerance/match-bus';
import { readStopsFile } from '../../../data/itinerance/stops-file';
import { CHARENTE_BUS_STOPS } from '../../../data/sources';
import { linkStops } from '../../../data/itinerance/stops';
import { distanceKm } from '../../../src/shared/geo';
import { nextPassage } from '../../../src/shared/stop';
import { FS_LIST, FS_SOURCE, readData, realGazetteer } from './helpers';

const SOURCE = { id: CHARENTE_BUS_STOPS.id, date: CHARENTE_BUS_STOPS.date };
const file = readStopsFile(readData(CHARENTE_BUS_STOPS.path), realGazetteer(), SOURCE);

describe('the Charente bus stops file', () => {
  it('reads its 12 stops with their own position and hours, week parity from `ouverture`', () => {
    expect(file.rowsRead).toBe(12);
    expect(file.problems).toEqual([]);
    expect(file.drafts).toHaveLength(12);
    expect(file.drafts[0]).toMatchObject({
      insee: '16317',
      commune: 'Saint-Fraigne',
      dep: '16',
      place: 'Face à la boulangerie',
      street: 'Rue du Chant du Coq',
      postcode: '16140',
      lat: 45.952791,
      lon: -0.008588,
      position: 'address',
      slots: [{ days: ['Mo'], times: ['09:30-12:30', '13:30-15:30'], weeks: 'odd' }],
      hours: 'week 01-53/2 Mo 09:30-12:30,13:30-15:30; PH off',
    });
    expect(file.drafts.filter((d) => d.slots[0]!.weeks === 'odd')).toHaveLength(6);
    expect(file.drafts.filter((d) => d.slots[0]!.weeks === 'even')).toHaveLength(6);
    // The newline inside an address becomes a comma.
    expect(file.drafts.find((d) => d.insee === '16300')!.street).toBe('2 Place Arsène Roudy, Saint-Angeau');
  });

  it('repairs the Valence stop geocoded in Bouc-Bel-Air with the commune centre, and says so', () => {
    const valence = file.drafts.find((d) => d.commune === 'Valence')!;
    const centre = realGazetteer().byInsee.get('16392')!;
    expect(valence).toMatchObject({ insee: '16392', position: 'commune', lat: centre.lat, lon: centre.lon });
    expect(file.fixes).toEqual([{ row: 4, fix: 'position-far-from-commune', detail: expect.stringMatching(/^485 km from Valence, geocoded in Bouc-Bel-Air \(score 0\.45\)/) }]);
    // Every other stop is close to its commune's centre.
    for (const d of file.drafts.filter((x) => x.position === 'address')) {
      const c = realGazetteer().byInsee.get(d.insee)!;
      expect(distanceKm(d.lat, d.lon, c.lat, c.lon)).toBeLessThan(10);
    }
  });

  it('reports malformed rows and keeps the others', () => {
    const rows = [
      'not a row',
      { code_insee: '99999', commune: 'Nulle part', horaires: 'Mo 09:00-12:00' },
      { code_insee: 16392, horaires: 'Mo 09:00-12:00; Jul off' },
      { code_insee: 16392, horaires: 'Mo 09:00-12:00', ouverture: 'Une semaine sur trois' },
      { code_insee: 16392, horaires: 'week 01-53/2 Mo 09:00-12:00', ouverture: 'Semaine paire' },
      { code_insee: 16392, commune: 'Valence', horaires: 'Tu 09:00-12:00' },
    ];
    const r = readStopsFile(JSON.stringify(rows), realGazetteer(), SOURCE);
    expect(r.problems.map((p) => [p.row, p.reason])).toEqual([
      [1, 'not-an-object'],
      [2, 'commune-unknown'],
      [3, 'hours-unreadable'],
      [4, 'parity-unreadable'],
      [5, 'parity-conflict'],
    ]);
    expect(r.drafts).toHaveLength(1);
    expect(r.drafts[0]).toMatchObject({ insee: '16392', position: 'commune', hours: 'Tu 09:00-12:00' });
    expect(r.fixes).toEqual([{ row: 6, fix: 'position-missing', detail: 'commune centre used' }]);
  });
});

describe('which France Services record the file is', () => {
  const fs = franceServicesItineraries(readData(FS_LIST), realGazetteer(), FS_SOURCE);

  it('is fs-2023, the Bus France services du Ruffecois: website domain and communes agree, the phone does not', () => {
    const result = matchBus(file.bus, fs.itineraries);
    expect(result).toEqual({
      match: {
        busId: 'fs-2023',
        busName: 'Bus France services du Ruffecois',
        evidence: ['web-domain', 'communes'],
        communesShared: 1,
        discrepancies: ['phone 0631392518 in the France Services list, 0630392518 in the stops file'],
      },
    });
  });

  it('matches nothing on one fact alone, or outside the département', () => {
    const onlyDomain = { ...file.bus, insee: ['16015'] };
    expect(matchBus(onlyDomain, fs.itineraries)).toEqual({ unmatched: 'no-agreement', candidates: expect.arrayContaining(['fs-2023']) });
    expect(matchBus({ ...file.bus, deps: ['17'] }, fs.itineraries)).toMatchObject({ unmatched: 'no-agreement' });
    expect(matchBus(file.bus, [])).toEqual({ unmatched: 'no-candidate', candidates: [] });
  });

  it('combines with the comment: one stop per commune, file positions, detailed hours unless the newer comment differs', () => {
    const comment = fs.itineraries.find((it) => it.service.id === 'fs-2023')!;
    expect(comment.stops).toHaveLength(12);
    const { drafts, differences } = combineBusStops(file.drafts, comment.stops.map(({ id: _id, busId: _b, busName: _n, ...d }) => d));
    expect(drafts).toHaveLength(12);
    expect(drafts.every((d) => d.sources.length === 2)).toBe(true);
    // "9h30/15h30" summarises "09:30-12:30,13:30-15:30": the file's detail is kept.
    expect(drafts.find((d) => d.insee === '16317')).toMatchObject({ hours: 'week 01-53/2 Mo 09:30-12:30,13:30-15:30; PH off', position: 'address' });
    // "9h/12h" against the file's 09:30-12:00: the comment (2024-08) is newer than the file (2023-09).
    expect(differences.filter((d) => d.kept === 'comment').map((d) => [d.commune, d.file, d.comment])).toEqual([
      ['La Forêt-de-Tessé', 'week 02-52/2 Tu 09:30-12:00; PH off', 'week 02-52/2 Tu 09:00-12:00'],
      ['Verteuil-sur-Charente', 'week 02-52/2 Fr 09:00-12:30; PH off', 'week 02-52/2 Fr 09:00-12:00'],
    ]);
    expect(drafts.find((d) => d.insee === '16142')).toMatchObject({ hours: 'week 02-52/2 Tu 09:00-12:00', position: 'address', place: 'Derrière la mairie' });
  });

  it('gives linked stops with ids, the bus, and a next passage on the right week', () => {
    const stops = linkStops({ id: 'fs-2023', name: 'Bus France services du Ruffecois' }, file.drafts);
    expect(stops.map((s) => s.id)).toContain('fs-2023-16392');
    expect(new Set(stops.map((s) => s.id)).size).toBe(12);
    const tusson = stops.find((s) => s.insee === '16390')!;
    // Tuesday 2024-09-03 is in ISO week 36 (even): Tusson (odd weeks) is next on 2024-09-10.
    expect(nextPassage(tusson, new Date(2024, 8, 2, 8))).toMatchObject({ day: new Date(2024, 8, 10), start: '09:00' });
  });
});
