// Generated source files for the adapter properties: valid places (whose values must come through)
// among broken rows (missing and extra columns, wrong types, huge and hostile strings, swapped and
// impossible coordinates, duplicated ids, CSV quoting breakage), written in each source's format,
// then encoded as bytes (UTF-8 with or without BOM, UTF-16) and read back through decodeText.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildPlaces } from '../../../data/build-place';
import { resolveCommune, type Gazetteer } from '../../../data/communes';
import { E164, toE164 } from '../../../data/normalise/phone';
import { clean, decodeText, tidyName } from '../../../data/normalise/text';
import { normaliseWebsite } from '../../../data/normalise/website';
import { emptyReport, type Report } from '../../../data/report';
import { checkPosition } from '../../../data/validate';
import type { Commune, Place } from '../../../src/shared/place';
import { BOMS, CONTROL, hostileText, hostileValue, hugeText, params } from './arbitraries';
import { realGazetteer } from '../itinerance/helpers';

import type { Format, Model, Row } from '../../support/source-formats';

export type { Format, Model, Row };

let sample: Commune[] | undefined;
/**
 * Communes a valid row may be in: every 60th of the gazetteer, overseas included, kept when the
 * position is accepted as it is and postcode + name resolve to the commune itself.
 */
export function communeSample(g: Gazetteer = realGazetteer()): Commune[] {
  sample ??= g.communes.filter((c, i) => {
    if (i % 60 !== 0 || c.postcodes.length === 0) return false;
    const pos = checkPosition(c.lat, c.lon);
    if (!pos.ok || pos.swapped) return false;
    return resolveCommune(g, { postcode: c.postcodes[0], name: c.name, lat: c.lat, lon: c.lon }).commune.insee === c.insee;
  });
  return sample;
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A valid place; `key` makes its name, e-mail and site its own. */
export const validModel = (key: number): fc.Arbitrary<Model> =>
  fc
    .record({
      commune: fc.constantFrom(...communeSample()),
      prefix: fc.constantFrom('Médiathèque', 'Espace numérique', 'France services', 'Tiers-lieu', 'EPN', 'MAISON DES SERVICES', 'Centre social'),
      extra: hostileText,
      street: fc.tuple(fc.integer({ min: 1, max: 300 }), fc.constantFrom('rue de la Paix', 'avenue Jean Jaurès', 'place de l’Église', 'chemin des Écoliers', 'BOURG')),
      dlat: fc.integer({ min: -300, max: 300 }),
      dlon: fc.integer({ min: -300, max: 300 }),
      phone: fc.tuple(fc.integer({ min: 1, max: 5 }), digits(8), fc.constantFrom(' ', '.', '', '-')),
    })
    .map(({ commune, prefix, extra, street, dlat, dlon, phone: [p, rest, sep] }) => ({
      // A lone surrogate cannot be written in UTF-8 (it becomes U+FFFD): a valid row holds real text.
      name: `${prefix} ${key} ${extra.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')}`,
      street: `${street[0]} ${street[1]}`,
      commune,
      postcode: commune.postcodes[0]!,
      lat: Math.round((commune.lat + dlat / 100_000) * 1e6) / 1e6,
      lon: Math.round((commune.lon + dlon / 100_000) * 1e6) / 1e6,
      phone: `0${p}${rest}`.replace(/(\d\d)(?=\d)/g, `$1${sep}`),
      email: `contact${key}@mairie-exemple.fr`,
      website: `https://www.lieu-${key}.fr/accueil`,
    }));

/** Ids of valid rows: no broken row's id can slug to one of them. */
export const validId = (key: number) => `valid-${key}-ok`;

type Mutation = (r: Row, f: Format, earlierIds: string[]) => Row | unknown;

const pickKey = (r: Row, i: number) => {
  const keys = Object.keys(r);
  return keys[i % Math.max(1, keys.length)] ?? 'x';
};

/** What breaks a row (several may apply to one). */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (r) => {
    const { [pickKey(r, i)]: _, ...rest } = r;
    return rest;
  }),
  fc.tuple(fc.nat(), hostileValue).map(([i, v]): Mutation => (r) => ({ ...r, [pickKey(r, i)]: v })),
  fc.tuple(fc.nat(), hugeText).map(([i, v]): Mutation => (r) => ({ ...r, [pickKey(r, i)]: v })),
  fc.dictionary(hostileText, hostileValue, { maxKeys: 3 }).map((extra): Mutation => (r) => ({ ...extra, ...r })),
  fc.constant<Mutation>((r, f) => {
    if (typeof f.position === 'function') f.position(r);
    else [r[f.position[0]], r[f.position[1]]] = [r[f.position[1]], r[f.position[0]]];
    return r;
  }),
  fc.constantFrom<[unknown, unknown]>([0, 0], ['', ''], [95, 200], ['48.8N', '2.3E'], [null, null], [-21.1, 55.5], ['1e3', 'NaN']).map(([a, b]): Mutation => (r, f) => {
    if (typeof f.position === 'function') return r;
    return { ...r, [f.position[0]]: a, [f.position[1]]: b };
  }),
  fc.nat().map((i): Mutation => (r, f, earlier) => (f.idColumn && earlier.length ? { ...r, [f.idColumn]: earlier[i % earlier.length] } : r)),
  fc.constantFrom<unknown>(null, 42, 'une ligne', [], [1, 2], true).map((v): Mutation => () => v),
);

/** Line-level breakage of a CSV row: stray quotes, missing or extra delimiters, raw line breaks. */
const lineBreakage = fc.oneof(
  fc.nat().map((i) => (line: string) => line.slice(0, i % (line.length + 1)) + '"' + line.slice(i % (line.length + 1))),
  fc.nat().map((i) => (line: string) => line.slice(0, i % (line.length + 1))),
  fc.constantFrom(',', ';', ',,,', '\r', '"', '\n', '\r\n', ' ').map((s) => (line: string) => line + s),
  fc.nat().map((i) => (line: string) => line.slice(0, i % (line.length + 1)) + '\n' + line.slice(i % (line.length + 1))),
);

export interface Entry {
  valid?: { model: Model; id: string };
  broken?: { seed: Model; mutations: Mutation[]; lineBreaks: ((l: string) => string)[]; id: string };
}

/** One file: `size` rows, about one valid row in four. */
export const entries = (size: number): fc.Arbitrary<Entry[]> =>
  fc.tuple(...Array.from({ length: size }, (_, key) =>
    fc.oneof(
      { weight: 1, arbitrary: validModel(key).map((model): Entry => ({ valid: { model, id: validId(key) } })) },
      {
        weight: 3,
        arbitrary: fc
          .record({ seed: validModel(key), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }), lineBreaks: fc.array(lineBreakage, { maxLength: 2 }) })
          .map((b): Entry => ({ broken: { ...b, id: `b${key}` } })),
      },
    ),
  ));

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le';
export const encoding = fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8-bom', 'utf16le');

function bytesOf(text: string, enc: Encoding): Uint8Array {
  if (enc === 'utf16le') {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(BOMS.utf16le);
    for (let i = 0; i < text.length; i++) [out[2 + 2 * i], out[3 + 2 * i]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    return out;
  }
  const body = new TextEncoder().encode(text);
  return enc === 'utf8-bom' ? Uint8Array.from([...BOMS.utf8, ...body]) : body;
}

const cellText = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The file's text as the pipeline reads it (bytes → decodeText), and its rows. */
export function writeFile(f: Format, list: Entry[], enc: Encoding, options: { delimiter?: string; crlf?: boolean } = {}): { text: string; rows: number; lines: number } {
  const earlier: string[] = [];
  const records = list.map((e) => {
    if (e.valid) return { row: f.encode(e.valid.model, e.valid.id), breaks: [], valid: true };
    const b = e.broken!;
    let r: unknown = f.encode(b.seed, b.id);
    for (const m of b.mutations) r = typeof r === 'object' && r !== null && !Array.isArray(r) ? m({ ...(r as Row) }, f, earlier) : r;
    earlier.push(b.id);
    return { row: r, breaks: b.lineBreaks, valid: false };
  });
  let text: string;
  let lines = records.length;
  if (f.csv) {
    const delimiter = options.delimiter ?? ',';
    const nl = options.crlf ? '\r\n' : '\n';
    const head = Papa.unparse([f.csv.header], { delimiter });
    const body = records.map(({ row, breaks, valid }) => {
      const obj = typeof row === 'object' && row !== null && !Array.isArray(row) ? (row as Row) : { [f.csv!.header[0]!]: row };
      // In a broken row, columns the header does not name become extra fields at the end of the line.
      const extra = valid ? [] : Object.keys(obj).filter((k) => !f.csv!.header.includes(k));
      let line = Papa.unparse([[...f.csv!.header.map((h) => cellText(obj[h])), ...extra.map((k) => cellText(obj[k]))]], { delimiter, newline: nl });
      for (const br of breaks) line = br(line);
      return line;
    });
    text = [head, ...body].join(nl) + nl;
    lines = text.split(/\r\n|\r|\n/).length;
  } else {
    text = JSON.stringify(records.map((r) => r.row), null, list.length % 2 ? 1 : undefined);
  }
  return { text: decodeText(bytesOf(text, enc)), rows: records.length, lines };
}

/** What the adapter and validation make of a file, and the report of it. */
export function readFile(f: Format, text: string): { places: Place[]; report: Report; rowsRead: number; problems: { row: number; reason: string }[]; drafts: number } {
  const result = f.adapter(text, f.dataset);
  const report = emptyReport();
  const places = buildPlaces(result.drafts, { gazetteer: realGazetteer(), file: f.dataset.path, datasetDate: '2024-01-01', report, franceServicesListed: true }, new Set());
  return { places, report, rowsRead: result.rowsRead, problems: result.problems, drafts: result.drafts.length };
}

/** Every row is kept or rejected with a reason; the adapter's and the validation's counts add up. */
export function expectAccounted(out: ReturnType<typeof readFile>, written: { rows: number; lines: number }, csv: boolean) {
  expect(out.rowsRead).toBe(out.problems.length + out.drafts);
  expect(out.drafts).toBe(out.places.length + out.report.rejected.length);
  // A CSV row broken over lines may count as several (each line is reported), never as more than its lines.
  if (csv) expect(out.rowsRead).toBeLessThanOrEqual(written.lines);
  else expect(out.rowsRead).toBe(written.rows);
  for (const p of [...out.problems, ...out.report.rejected]) {
    expect(p.reason).toMatch(/^[A-Za-z0-9-]+$/);
    expect(p.row).toBeGreaterThanOrEqual(1);
    expect(p.row).toBeLessThanOrEqual(out.rowsRead);
  }
}

/** What the index may hold, whatever the input was. */
export function expectPublishable(p: Place) {
  expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  for (const text of [p.name, p.address.street, p.hoursText].filter((t) => t !== undefined)) {
    expect(text).not.toMatch(CONTROL);
    expect(text).toBe(clean(text));
  }
  if (p.phone) expect(p.phone).toMatch(E164);
  if (p.website) expect(p.website).toMatch(/^https?:\/\/[^\s<>"]+$/);
  if (typeof p.appointment === 'string') expect(p.appointment).toMatch(/^https?:\/\/[^\s<>"]+$/);
  if (p.email) expect(p.email).toMatch(/^[^\s@<>"]+@[^\s@<>"]+$/);
  expect(checkPosition(p.lat, p.lon)).toMatchObject({ ok: true, swapped: false });
  expect(p.address.postcode ?? '00000').toMatch(/^\d{5}$/);
}

/** A valid row's place carries its values, whatever its neighbours were. */
export function expectCameThrough(places: Map<string, Place>, f: Format, m: Model, id: string) {
  const p = places.get(f.placeId(m, id));
  expect(p, `valid row ${id} (${m.name}) lost`).toBeDefined();
  expect(p!.name).toBe(tidyName(clean(m.name)!));
  expect([p!.lat, p!.lon]).toEqual([m.lat, m.lon]);
  expect(p!.address.insee).toBe(m.commune.insee);
  expect(p!.address.postcode).toBe(m.postcode);
  expect(p!.address.street).toContain(m.street);
  if (f.has.includes('phone')) expect(p!.phone).toBe(toE164(m.phone, p!.dep));
  if (f.has.includes('email')) expect(p!.email).toBe(m.email);
  if (f.has.includes('website')) expect(p!.website).toBe(normaliseWebsite(m.website));
}

/** Rows per generated file. */
export const ROWS = 100;

/**
 * The property of one format: `runs` files of ROWS rows (valid places among broken rows, in the
 * source's own format and encoding). No crash; every row kept or rejected with a reason, the adapter's
 * and the validation's counts adding up; every valid row through with its values, whatever its
 * neighbours; everything that comes out publishable.
 */
export function fuzzFormat(name: string, f: Format, runs: number) {
  describe(name, () => {
    it(`${ROWS * runs} generated and broken rows: every row accounted for, every valid row through with its values`, () => {
      const options = fc.record({ delimiter: fc.constantFrom(',', ';'), crlf: fc.boolean() });
      fc.assert(
        fc.property(entries(ROWS), encoding, options, (list, enc, opts) => {
          const written = writeFile(f, list, enc, opts);
          const out = readFile(f, written.text);
          expectAccounted(out, written, Boolean(f.csv));
          const byId = new Map(out.places.map((p) => [p.id, p]));
          for (const e of list) if (e.valid) expectCameThrough(byId, f, e.valid.model, e.valid.id);
          out.places.forEach(expectPublishable);
        }),
        params(runs),
      );
    });
  });
}
