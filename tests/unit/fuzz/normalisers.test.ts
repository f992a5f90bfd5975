// Properties of every normaliser of the pipeline (data/normalise/, data/validate.ts): whatever comes
// in, what goes out is of the published form (E.164, http(s) URL, OSM hours, ISO date, clean text),
// and normalising twice changes nothing where that should hold.
import fc from 'fast-check';
import opening_hours from 'opening_hours';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH, slugId } from '../../../data/draft';
import { parseState } from '../../../src/app/url-state';
import { parseRowDate } from '../../../data/normalise/date';
import { isPersonalEmail, normaliseEmail } from '../../../data/normalise/email';
import { parseHours, weekdayColumnsToOsm } from '../../../data/normalise/hours';
import { E164, toE164 } from '../../../data/normalise/phone';
import { clean, decodeText, fixMojibake, fold, tidyName } from '../../../data/normalise/text';
import { mapAccess, mapEquipment, mapFees, mapLabels, mapPublics, mapServices, mapSupport, noPublicReception } from '../../../data/normalise/vocabulary';
import { normaliseWebsite } from '../../../data/normalise/website';
import { checkPosition } from '../../../data/validate';
import { parseHours as parseAppHours } from '../../../src/places/hours';
import { mailtoHref, safeWebUrl, telHref } from '../../../src/places/links';
import { ACCESS_MODES, FEES, PUBLICS, SERVICES, SUPPORTS, type Place } from '../../../src/shared/place';
import { BOMS, CONTROL, brokenUtf8, controlChar, hostileText, hugeText, injection, params, trickyChar } from './arbitraries';

/** The app's own reading of OSM hours (src/places/hours.ts): null when it cannot use them. */
let n = 0;
const appHours = (hours: string) => parseAppHours(opening_hours, { id: `h${n++}`, hours, lat: 49.56, lon: 3.62, dep: '02' } as Place);

/** Windows-1252 for bytes 0x80–0x9f (Node's TextDecoder reads "windows-1252" as ISO-8859-1). */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const cp1252 = (bytes: Uint8Array) => [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join('');

const schemaField = (name: string) =>
  (JSON.parse(readFileSync(new URL('../../../../shared/schema/schema.json', import.meta.url), 'utf8')) as { fields: { name: string; constraints?: { pattern?: string } }[] }).fields.find((f) => f.name === name)!;

/** Digits with the separators people type between them. */
const phoneLike = fc
  .tuple(
    fc.constantFrom('', '+', '00', '0', '(0)', '+33 ', '+33 (0)', '+590 ', '+262 ', '+687 ', '+689 ', '+508 ', '+269 ', '+596 '),
    fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }).map(String), fc.constantFrom(' ', '.', '-', '/', ';', ' ou ')), { maxLength: 16 }),
  )
  .map(([p, rest]) => p + rest.join(''));
const anyPhone = fc.oneof(phoneLike, hostileText, fc.integer().map(String), fc.integer({ min: 100_000_000, max: 999_999_999 }).map(String));
const DEPS = ['01', '2A', '75', '971', '972', '973', '974', '975', '976', '977', '986', '987', '988', undefined];

const urlLike = fc.oneof(
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.domain(),
  fc.tuple(fc.constantFrom('', 'http://', 'https://', 'HTTPS://', '//', 'www.', 'ftp://', 'javascript:', 'JaVaScRiPt:', 'data:', 'vbscript:', 'mailto:', ' ', 'java\tscript:'), fc.domain(), fc.string({ maxLength: 12 })).map(([a, b, c]) => a + b + c),
  fc.tuple(fc.webUrl(), fc.constantFrom(' ', ';', '|', ', https://', '\t'), fc.webUrl()).map(([a, s, b]) => a + s + b),
  hostileText,
  injection,
);

const emailLike = fc.oneof(
  fc.emailAddress(),
  fc.tuple(fc.constantFrom('', 'mailto:', 'MAILTO:', ' '), fc.emailAddress(), fc.constantFrom('', ' ', ';', ',x@y.fr', ' / a@b.fr')).map(([a, b, c]) => a + b + c),
  fc.tuple(fc.constantFrom('jean.dupont', 'accueil.mairie', 'contact', 'j.martin', 'epn_ville'), fc.domain()).map(([l, d]) => `${l}@${d}`),
  hostileText,
);

describe('phone (toE164)', () => {
  const pattern = new RegExp(schemaField('telephone').constraints!.pattern!);
  it('a phone out always matches E.164 and the national schema, and reads back to itself', () => {
    fc.assert(
      fc.property(anyPhone, fc.constantFrom(...DEPS), (raw, dep) => {
        const out = toE164(raw, dep);
        if (out === undefined) return;
        expect(out).toMatch(E164);
        expect(out).toMatch(pattern);
        expect(toE164(out, dep)).toBe(out);
        expect(telHref(out)).toBe(`tel:${out}`);
      }),
      params(3000),
    );
  });
});

describe('website (normaliseWebsite)', () => {
  it('a website out is always http(s), parses as a URL, passes the app check, and is stable', () => {
    fc.assert(
      fc.property(urlLike, (raw) => {
        const out = normaliseWebsite(raw);
        if (out === undefined) return;
        const url = new URL(out);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.href).toBe(out);
        expect(out).not.toMatch(/[\s<>"]/);
        expect(safeWebUrl(out)).toBe(out);
        expect(normaliseWebsite(out)).toBe(out);
      }),
      params(3000),
    );
  });
  it('never publishes another scheme, however it is written', () => {
    fc.assert(
      fc.property(fc.constantFrom('javascript', 'JAVASCRIPT', 'data', 'vbscript', 'file', 'blob', 'ftp', 'tel', 'sms'), fc.string({ maxLength: 20 }), (scheme, rest) => {
        const out = normaliseWebsite(`${scheme}:${rest}`);
        if (out) expect(out).toMatch(/^https?:\/\//);
      }),
      params(1000),
    );
  });
});

describe('e-mail (normaliseEmail)', () => {
  it('an address out is lower-case, valid for mailto:, never personal, and stable', () => {
    fc.assert(
      fc.property(emailLike, (raw) => {
        const out = normaliseEmail(raw);
        if (!out || !('email' in out)) return;
        expect(out.email).toBe(out.email.toLowerCase());
        expect(out.email).not.toMatch(/[\s<>"();,]/);
        expect(mailtoHref(out.email)).toBe(`mailto:${out.email}`);
        expect(isPersonalEmail(out.email)).toBe(false);
        expect(normaliseEmail(out.email)).toEqual(out);
      }),
      params(3000),
    );
  });
});

describe('hours (parseHours, weekdayColumnsToOsm)', () => {
  const hoursLike = fc.oneof(
    fc.tuple(fc.constantFrom('Mo', 'Tu', 'Mo-Fr', 'Sa,Su', 'PH', 'week 01-53/2 Mo', 'Th[1,3]'), fc.constantFrom(' 09:00-12:00', ' 9:00-12:00', ' 09:00-12:00,14:00-17:00', ' off', ' 24/7', '', ' 25:00-26:00')).map(([d, t]) => d + t),
    fc.constantFrom('24/7', 'Mo-Fr 08:30-17:30; PH off', 'lundi 9h-12h', 'sur rendez-vous', 'Mo 09:00-12:00;;Tu', 'Mo 09:00-12:00 || "sur rdv"'),
    hostileText,
  );
  it('OSM hours out are valid for the library and stable; anything else is text without control characters', () => {
    fc.assert(
      fc.property(hoursLike, (raw) => {
        const out = parseHours(raw);
        if (out === undefined) return;
        if ('hours' in out) {
          expect(appHours(out.hours)).not.toBeNull();
          expect(parseHours(out.hours)).toEqual(out);
        } else {
          expect(out.hoursText).not.toMatch(CONTROL);
          expect(out.hoursText).toBe(out.hoursText.trim());
          expect(out.hoursText.length).toBeGreaterThan(0);
        }
      }),
      params(1500),
    );
  });
  it('France Services weekday columns give valid OSM hours or text, never a throw', () => {
    const column = fc.oneof(
      fc.constantFrom('', '09:00 - 12:00', '09:00 - 12:00 / 13:30 - 17:00', '9h00-12h00', '08:30 - 12:00 / 13:30 - 17:00 / 18:00 - 19:00', '24:00 - 25:00'),
      hostileText,
    );
    fc.assert(
      fc.property(fc.array(fc.option(column, { nil: undefined }), { minLength: 7, maxLength: 7 }), (days) => {
        const out = weekdayColumnsToOsm(days);
        if (typeof out === 'string') expect(appHours(out)).not.toBeNull();
        else if (out) expect(out.text.length).toBeGreaterThan(0);
      }),
      params(1500),
    );
  });
});

describe('text (clean, fixMojibake, tidyName, fold, slugId)', () => {
  const text = fc.oneof(hostileText, fc.string({ unit: fc.oneof(trickyChar, controlChar), maxLength: 20 }), hugeText);
  it('text out has no control characters, no bidi override, no zero-width space, no edge or double spaces', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const out = clean(raw);
        if (out === undefined) return;
        expect(out).not.toMatch(CONTROL);
        expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s/);
        expect(out.length).toBeGreaterThan(0);
      }),
      params(2000),
    );
  });
  it('clean, tidyName and fold are idempotent', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const once = clean(raw);
        expect(clean(once)).toBe(once);
        if (once) expect(tidyName(tidyName(once))).toBe(tidyName(once));
        expect(fold(fold(raw))).toBe(fold(raw));
      }),
      params(2000),
    );
  });
  it('mojibake is repaired, once or twice encoded, and correct text is left alone', () => {
    const latin1OfUtf8 = (s: string) => cp1252(new TextEncoder().encode(s));
    const french = fc.string({ unit: fc.constantFrom('a', 'e', ' ', 'é', 'è', 'à', 'ç', 'ô', 'É', 'ï', '’', '–', '€', 'œ'), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(french, fc.integer({ min: 0, max: 2 }), (s, times) => {
        let broken = s;
        for (let i = 0; i < times; i++) broken = latin1OfUtf8(broken);
        expect(fixMojibake(broken)).toBe(s);
      }),
      params(1500),
    );
  });
  it('ids are URL-safe and stable', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, hugeText, fc.integer(), fc.constant(null), fc.constant(undefined)), (raw) => {
        const id = slugId('x', raw);
        if (id === undefined) return;
        expect(id).toMatch(/^x-[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(parseState(`?place=${id}`).place).toBe(id);
        if (id.length < MAX_ID_LENGTH) expect(slugId('x', id.slice(2))).toBe(id);
      }),
      params(2000),
    );
  });
});

describe('file bytes (decodeText)', () => {
  const encode = (s: string) => [...new TextEncoder().encode(s)];
  const text = fc.string({ unit: 'grapheme', maxLength: 60 });
  it('UTF-8, with or without a BOM, reads back exactly', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, bom) => {
        const out = decodeText(Uint8Array.from([...(bom ? BOMS.utf8 : []), ...encode(s)]));
        expect(out).toBe(s.replace(/^\ufeff/, bom ? '\ufeff' : '').replace(/^\ufeff/, bom ? '\ufeff' : ''));
      }),
      params(1000),
    );
  });
  it('broken UTF-8 never throws and never loses the BOM or the ASCII around it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text.map(encode), brokenUtf8), { maxLength: 8 }), fc.boolean(), (chunks, bom) => {
        // FF FE / FE FF first are a UTF-16 BOM (next property).
        fc.pre(bom || !/^(255,254|254,255)/.test(chunks.flat().join(',')));
        const out = decodeText(Uint8Array.from([...(bom ? BOMS.utf8 : []), ...chunks.flat()]));
        expect(out.startsWith('\ufeff')).toBe(false);
        expect(out.startsWith('ï»¿')).toBe(false);
        expect(out).not.toContain('\ufffd');
        const ascii = chunks.flat().filter((b) => b < 0x80).length;
        expect([...out].filter((c) => c.charCodeAt(0) < 0x80).length).toBe(ascii);
      }),
      params(1000),
    );
  });
  it('Windows-1252 (Latin-1) files read as Windows-1252: ’ € œ … are never control characters', () => {
    const defined = [...CP1252_HIGH].filter((c) => c.charCodeAt(0) > 0x9f);
    const latin1 = fc.string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0xff }).filter((c) => c < 0x7f || c > 0x9f).map((c) => String.fromCharCode(c)), fc.constantFrom(...defined)), maxLength: 40 });
    fc.assert(
      fc.property(latin1, (s) => {
        const bytes = Uint8Array.from([...s].map((c) => (CP1252_HIGH.includes(c) ? 0x80 + CP1252_HIGH.indexOf(c) : c.charCodeAt(0))));
        let utf8 = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          utf8 = false;
        }
        if (!utf8) {
          expect(decodeText(bytes)).toBe(s);
          expect(cp1252(bytes)).toBe(s);
        }
      }),
      params(1000),
    );
  });
  it('UTF-16 files with their BOM read as text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.boolean(), (s, little) => {
        const units = [...s].flatMap((c) => {
          const out: number[] = [];
          for (let i = 0; i < c.length; i++) out.push(c.charCodeAt(i));
          return out;
        });
        const bytes = units.flatMap((u) => (little ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
        expect(decodeText(Uint8Array.from([...(little ? BOMS.utf16le : BOMS.utf16be), ...bytes]))).toBe(s);
      }),
      params(500),
    );
  });
});

describe('dates (parseRowDate)', () => {
  const dateLike = fc.oneof(
    fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1960, max: 2100 })).map(([d, m, y]) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`),
    fc.tuple(fc.integer({ min: 1960, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 40 })).map(([y, m, d]) => `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')} 14:16:50.898`),
    fc.constantFrom('1970-01-01', '1969-12-31T23:00:00Z', '2022-02-30', '2024-02-29', '2023-02-29', '0000-00-00'),
    fc.oneof(hostileText, fc.integer(), fc.constant(null)),
  );
  it('a date out is a real day, never the epoch placeholder, and reads back to itself', () => {
    fc.assert(
      fc.property(dateLike, (raw) => {
        const out = parseRowDate(raw);
        if (out === undefined) return;
        expect(out).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${out}T12:00:00Z`).toISOString().slice(0, 10)).toBe(out);
        expect(['1970-01-01', '1969-12-31']).not.toContain(out);
        expect(parseRowDate(out)).toBe(out);
      }),
      params(2000),
    );
  });
});

describe('vocabulary (services, publics, support, labels, access, fees)', () => {
  const words = fc.oneof(
    fc.array(fc.constantFrom('Aide aux démarches administratives', 'Accès internet et matériel informatique', 'Jeunes', 'Seniors', 'Surdité', 'Handicaps moteurs', 'Gratuit', 'Payant', 'Gratuit sous condition', 'Aidants Connect', 'France Services', 'Se présenter', "Ce lieu n'accueille pas de public", 'wifi', 'imprimante', 'Fablab'), { maxLength: 5 }).chain((list) =>
      fc.constantFrom(';', '|', ',', ' / ', '').map((sep) => list.join(sep)),
    ),
    hostileText,
  );
  const within = (values: string[], allowed: readonly string[]) => {
    for (const v of values) expect(allowed).toContain(v);
    expect([...new Set(values)].sort()).toEqual(values);
  };
  it('only known ids come out, sorted, once each; never a throw', () => {
    fc.assert(
      fc.property(words, (raw) => {
        within(mapServices(raw), SERVICES);
        within(mapEquipment(raw), SERVICES);
        within(mapPublics(raw), PUBLICS);
        within(mapSupport(raw), SUPPORTS);
        within(mapAccess(raw), ACCESS_MODES);
        for (const l of mapLabels(raw)) expect(l).not.toMatch(/[<>]/);
        const fee = mapFees(raw);
        if (fee !== undefined) expect(FEES).toContain(fee);
        expect(typeof noPublicReception(raw)).toBe('boolean');
      }),
      params(2000),
    );
  });
});

describe('positions (checkPosition)', () => {
  const coordinate = fc.oneof(
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double(),
    fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom('.', ',')).map(([n, sep]) => String(n).replace('.', sep)),
    fc.constantFrom('', ' 46.1 ', '46,1', '1e2', 'NaN', 'Infinity', '0', '-0', '+3.5', '3.', '.5'),
    hostileText,
    fc.constantFrom(null, undefined, true, [46.1], { lat: 46 }),
  );
  it('a position out is finite and inside France; swapping it back gives the same place', () => {
    fc.assert(
      fc.property(coordinate, coordinate, (lat, lon) => {
        const out = checkPosition(lat, lon);
        if (!out.ok) {
          expect(['position-missing', 'position-zero', 'position-outside-france']).toContain(out.reason);
          return;
        }
        expect(Number.isFinite(out.lat) && Number.isFinite(out.lon)).toBe(true);
        expect(Math.abs(out.lat)).toBeLessThanOrEqual(90);
        const again = checkPosition(out.lat, out.lon);
        expect(again).toEqual({ ok: true, lat: out.lat, lon: out.lon, swapped: false });
        if (!out.swapped) {
          const swapped = checkPosition(out.lon, out.lat);
          expect(swapped.ok).toBe(true);
          if (swapped.ok && swapped.swapped) expect([swapped.lat, swapped.lon]).toEqual([out.lat, out.lon]);
        }
      }),
      params(3000),
    );
  });
  it('real positions of France are kept, swapped or not', () => {
    const france = fc.tuple(fc.double({ min: 42, max: 51, noNaN: true }), fc.double({ min: -4.5, max: 8, noNaN: true }));
    fc.assert(
      fc.property(france, fc.boolean(), ([lat, lon], swap) => {
        const out = swap ? checkPosition(lon, lat) : checkPosition(lat, lon);
        expect(out).toEqual({ ok: true, lat, lon, swapped: swap });
      }),
      params(1000),
    );
  });
});
