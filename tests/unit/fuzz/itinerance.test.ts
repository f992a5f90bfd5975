// The itinerant services' readers (data/itinerance/): the structured stops file and the France
// Services comment parser, fed generated rows and comments. No crash; every row a stop or a problem
// with its reason; a valid stop row among broken ones comes through with its values; every stop read
// is in a real commune with real weekdays and valid hours; what cannot be read stays text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { franceServicesItineraries } from '../../../data/itinerance/france-services';
import { parseComment } from '../../../data/itinerance/parse-comment';
import { readStopsFile } from '../../../data/itinerance/stops-file';
import { parseHours } from '../../../data/normalise/hours';
import { clean } from '../../../data/normalise/text';
import { WEEKDAYS, type StopSlot } from '../../../src/shared/stop';
import { CONTROL, hostileText, hostileValue, hugeText, params } from './arbitraries';
import { communeSample } from './files';
import { realGazetteer } from '../itinerance/helpers';
import Papa from 'papaparse';

const SOURCE = { id: 'bus-test', date: '2023-09' };
const HOURS = ['Mo 09:30-12:30,13:30-15:30; PH off', 'Tu 09:00-12:00', 'week 01-53/2 We 14:00-17:00', 'Th[1,3] 09:00-12:00', 'Fr 08:30-12:00; Sa 09:00-11:00'];

function expectSlots(slots: StopSlot[]) {
  expect(slots.length).toBeGreaterThan(0);
  for (const s of slots) {
    expect(s.days.length).toBeGreaterThan(0);
    for (const d of s.days) expect(WEEKDAYS).toContain(d);
    for (const t of s.times ?? []) expect(t).toMatch(/^\d{2}:\d{2}(-\d{2}:\d{2}|\+)$/);
  }
}

const expectValidHours = (hours: string | undefined) => {
  if (hours !== undefined) expect(parseHours(hours)).toEqual({ hours: expect.any(String) });
};

describe('stops file (readStopsFile)', () => {
  const g = realGazetteer();
  const valid = (key: number) =>
    fc.record({ c: fc.constantFrom(...communeSample()), hours: fc.constantFrom(...HOURS), parity: fc.constantFrom('', 'Semaine paire', 'Semaine impaire'), place: hostileText }).map(({ c, hours, parity, place }) => ({
      key,
      row: {
        id: key,
        nom: `Bus France Services - [Place ${key} ${place.replace(/[[\]]/g, '')}]`,
        commune: c.name,
        code_postal: Number(c.postcodes[0]),
        code_insee: c.insee,
        adresse: `${key} rue du Bourg\nHameau`,
        latitude: c.lat,
        longitude: c.lon,
        telephone: 33630392518,
        site_web: 'https://www.emmaus-ruffec.com/',
        horaires: hours,
        ouverture: /^week|\[/.test(hours) ? '' : parity,
        structure_parente: 'Emmaus Ruffec',
      } as Record<string, unknown>,
    }));
  const breakRow = fc.oneof(
    fc.tuple(fc.nat(), hostileValue).map(([i, v]) => (r: Record<string, unknown>) => ({ ...r, [Object.keys(r)[i % Object.keys(r).length]!]: v })),
    fc.tuple(fc.nat(), hugeText).map(([i, v]) => (r: Record<string, unknown>) => ({ ...r, [Object.keys(r)[i % Object.keys(r).length]!]: v })),
    fc.nat().map((i) => (r: Record<string, unknown>) => {
      const { [Object.keys(r)[i % Object.keys(r).length]!]: _, ...rest } = r;
      return rest;
    }),
    fc.constant((r: Record<string, unknown>) => ({ ...r, latitude: r.longitude, longitude: r.latitude })),
    fc.constantFrom<unknown>(null, 7, 'arrêt', [1]).map((v) => () => v),
  );
  it('10000 generated and broken rows: every row a stop or a problem; valid rows through with their hours', () => {
    const file = fc.tuple(...Array.from({ length: 100 }, (_, key) => fc.tuple(valid(key), fc.option(fc.array(breakRow, { minLength: 1, maxLength: 3 }), { freq: 3 }))));
    fc.assert(
      fc.property(file, (rows) => {
        const written = rows.map(([v, breaks]) => (breaks ? breaks.reduce<unknown>((r, b) => (typeof r === 'object' && r !== null && !Array.isArray(r) ? b(r as Record<string, unknown>) : r), v.row) : v.row));
        const out = readStopsFile(JSON.stringify(written), g, SOURCE);
        expect(out.rowsRead).toBe(rows.length);
        expect(out.drafts.length + out.problems.length).toBe(out.rowsRead);
        for (const p of out.problems) expect(['not-an-object', 'commune-unknown', 'hours-unreadable', 'parity-unreadable', 'parity-conflict']).toContain(p.reason);
        for (const d of out.drafts) {
          expect(g.byInsee.get(d.insee)?.name).toBe(d.commune);
          expectSlots(d.slots);
          expectValidHours(d.hours);
          for (const text of [d.place, d.street]) if (text) expect(text).toBe(clean(text));
        }
        // A row not broken is a stop, in its commune, with its hours.
        const drafted = new Set(out.drafts.map((d) => `${d.insee}|${d.street}`));
        for (const [v, breaks] of rows) if (!breaks) expect(drafted.has(`${v.row.code_insee}|${v.key} rue du Bourg, Hameau`)).toBe(true);
      }),
      params(100),
    );
  });
});

describe('France Services comments (parseComment)', () => {
  const g = realGazetteer();
  const communes = communeSample();
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('lundi', 'mardis', 'le mercredi', 'jeudi matin', 'vendredi après-midi', 'Lu', 'Ma :', 'samedi', 'du lundi au vendredi', 'les semaines paires', '1er et 3e lundis du mois', 'tous les 15 jours', 'sauf', 'fermé', 'ou', 'sur RDV', 'mairie', 'salle des fêtes', 'rue', 'à', 'de', 'et') },
    { weight: 3, arbitrary: fc.constantFrom('9h-12h', '9h30/15h30', 'de 09H00 à 12H00', '13h 17h', '(9h > 12h30)', 'à partir de 9h30', '8 H 45- 11 H 45', '25h-26h', '9h/12') },
    { weight: 3, arbitrary: fc.constantFrom(...communes).map((c) => (c.name.length % 2 ? c.name : c.name.toUpperCase())) },
    { weight: 2, arbitrary: fc.constantFrom(',', ';', '/', ' - ', '.', '\n', ':', '(', ')', '|', '\\x20', '\\xE0') },
    { weight: 1, arbitrary: fc.constantFrom(...communes).map((c) => c.postcodes[0]!) },
    { weight: 1, arbitrary: hostileText },
  );
  const comment = fc.oneof({ weight: 20, arbitrary: fc.array(token, { maxLength: 40 }).map((t) => t.join(' ')) }, { weight: 1, arbitrary: hugeText.map((s) => s.slice(0, 5000)) });
  it('10000 generated comments: no crash; every stop in a real commune with weekdays and valid hours; spans inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(comment, fc.constantFrom(...communes)), { minLength: 100, maxLength: 100 }), (list) => {
        for (const [raw, home] of list) {
          const out = parseComment(raw, g, { dep: home.dep, near: { lat: home.lat, lon: home.lon, km: 30 } });
          for (const s of out.stops) {
            expect(g.byInsee.get(s.insee)).toMatchObject({ name: s.commune, dep: s.dep });
            expectSlots(s.slots);
            expectValidHours(s.hours);
            expect(s.text).not.toMatch(CONTROL);
            for (const [a, b] of s.spans) expect(0 <= a && a <= b && b <= out.text.length).toBe(true);
          }
          for (const l of out.leftovers) expect(0 <= l.span[0] && l.span[0] <= l.span[1] && l.span[1] <= out.text.length).toBe(true);
        }
      }),
      params(100),
    );
  });
  it('the list reader: every non-fixed row of a generated list is a service, its comment parsed, the counts adding up', () => {
    const row = fc.record({ id: fc.nat(999), format: fc.constantFrom('Fixe', 'Bus_équivalent', 'Itinérante', 'Multisites', 'Fixe_antenne(s)', ''), comment: fc.option(comment), c: fc.constantFrom(...communes), lat: fc.oneof(fc.double({ noNaN: true }), fc.constant(''), hostileText) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const csv = Papa.unparse(rows.map((r) => ({ id_fs: `x${r.id}`, insee_dep: r.c.dep, lib_fs: 'Bus', insee_com: r.c.insee, latitude: r.lat, longitude: r.c.lon, commentaire: r.comment ?? '', format_fs: r.format })));
        const out = franceServicesItineraries(csv, g, { id: 'france-services', date: '2024-08-01' });
        const nonFixed = rows.filter((r) => r.format !== 'Fixe' && r.format !== '');
        expect(out.report.nonFixedRows).toBe(nonFixed.length);
        expect(out.report.comments).toBe(out.itineraries.length);
        expect(out.report.commentsWithStops + out.report.commentsRefused + out.report.commentsWithoutSchedule).toBe(out.report.comments);
        expect(out.report.stops).toBe(out.itineraries.reduce((n, it) => n + it.stops.length, 0));
        for (const it of out.itineraries) for (const s of it.stops) expect(s.id).toMatch(/^[a-z0-9-]+$/);
      }),
      params(100),
    );
  });
});
