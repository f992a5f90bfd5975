import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpeningHours } from '../../../src/places/opening-hours';
import { gsm7Length, isGsm7 } from '../../../src/share/gsm7';
import { buildSmsText, smsHref, truncate, type SmsWords } from '../../../src/share/sms-text';
import { formatPhone } from '../../../src/places/phone';
import type { Place } from '../../../src/shared/place';

const words = (lang: string): SmsWords =>
  JSON.parse(readFileSync(new URL(`../../../src/i18n/locales/${lang}/share.json`, import.meta.url), 'utf8')).sms;
const LANGS = ['fr', 'en', 'gcf'].filter((l) => existsSync(new URL(`../../../src/i18n/locales/${l}/share.json`, import.meta.url)));

const base: Place = {
  id: 'fs-02408-laon',
  name: 'France Services de Laon',
  kind: 'france-services',
  lat: 49.564,
  lon: 3.62,
  dep: '02',
  address: { street: '2 rue Paul Doumer', postcode: '02000', commune: 'Laon', insee: '02408' },
  phone: '+33323456789',
  hours: 'Mo-Fr 09:00-12:00,14:00-17:30; PH off',
  services: ['demarches'],
  sources: [{ id: 'fs', date: '2025-01-01' }],
};
// These hours ("PH off") are read by the library, as the app does once it has loaded it.
beforeAll(async () => {
  await loadOpeningHours();
});

// Tuesday 14 January 2025, 10:00 in Paris.
const TUESDAY = new Date('2025-01-14T09:00:00Z');

const valid = (text: string) => {
  expect(isGsm7(text), text).toBe(true);
  expect(gsm7Length(text), text).toBeLessThanOrEqual(160);
};

describe('buildSmsText', () => {
  it('writes name, address, phone and today hours', () => {
    expect(buildSmsText(base, TUESDAY)).toBe(
      'France Services de Laon\n2 rue Paul Doumer\n02000 Laon\nTél 03 23 45 67 89\nAuj. 9h-12h, 14h-17h30',
    );
  });

  it('says closed today on a closed day, in the place time zone', () => {
    // Sunday 19 January 2025, 10:00 in Paris.
    expect(buildSmsText(base, new Date('2025-01-19T09:00:00Z'))).toMatch(/Fermé auj\.$/);
    // Monday 03:00 in Paris is still Sunday 22:00 in Guadeloupe.
    const gp: Place = { ...base, dep: '971', lat: 16.24, lon: -61.53, phone: '+590590123456' };
    const mondayParis = new Date('2025-01-20T02:00:00Z');
    expect(buildSmsText(gp, mondayParis)).toMatch(/Fermé auj\.$/);
    expect(buildSmsText(base, mondayParis)).toMatch(/Auj\. 9h-12h/);
    expect(buildSmsText(gp, mondayParis)).toContain('Tél 05 90 12 34 56');
  });

  it('uses the page language', () => {
    if (!LANGS.includes('en')) return;
    expect(buildSmsText(base, TUESDAY, words('en'))).toMatch(/Today 9:00-12:00, 14:00-17:30$/);
  });

  it('transliterates what GSM-7 lacks', () => {
    const text = buildSmsText({ ...base, name: 'Cœur de l’Île – Fête ✨ numérique', address: { ...base.address, street: 'Rue de la Forêt' } }, TUESDAY);
    expect(text).toContain("Coeur de l'Ile - Fete numérique");
    expect(text).toContain('Rue de la Foret');
    valid(text);
  });

  it('shortens very long names and streets to fit one SMS, keeping phone and hours', () => {
    const long: Place = {
      ...base,
      name: 'Médiathèque intercommunale de la Communauté de communes du Pays de la Serre et des Trois Rivières — Espace public numérique Saint-Exupéry',
      address: { street: 'Bâtiment B, 12 avenue du Général de Gaulle, résidence des Tilleuls, entrée par le parking', postcode: '02270', commune: 'Crécy-sur-Serre' },
      hours: 'Mo 14:00-18:00; Tu-Fr 09:00-12:00,13:30-18:00; Sa 09:00-12:00',
      appointment: true,
    };
    const text = buildSmsText(long, TUESDAY);
    valid(text);
    expect(text).toContain('Mediath.');
    expect(text).toContain('02270 Crécy-sur-Serre');
    expect(text).toContain('Tél 03 23 45 67 89');
    expect(text).toContain('Auj. 9h-12h, 13h30-18h');
  });

  it('cuts a name without spaces', () => {
    const text = buildSmsText({ ...base, name: 'X'.repeat(300), hoursText: 'y'.repeat(300), hours: undefined }, TUESDAY);
    valid(text);
    expect(text).toContain('Tél 03 23 45 67 89');
  });

  it('handles no phone, no hours, appointment only, mobile place', () => {
    const text = buildSmsText({ ...base, phone: undefined, hours: undefined, appointment: true, mobile: true }, TUESDAY);
    expect(text).toBe('France Services de Laon\nService itinérant\n2 rue Paul Doumer\n02000 Laon\nSur RDV');
    expect(buildSmsText({ ...base, hours: undefined, hoursText: 'lundi matin' }, TUESDAY)).toMatch(/lundi matin$/);
    expect(buildSmsText({ ...base, hours: 'not a valid value ###' }, TUESDAY)).not.toMatch(/Auj/);
  });

  it('makes an sms: link with the encoded body', () => {
    expect(smsHref('a b\nc')).toBe('sms:?&body=a%20b%0Ac');
  });

  it('truncates at a word boundary', () => {
    expect(truncate('Espace numérique du centre', 20)).toBe('Espace numérique...');
    expect(truncate('court', 20)).toBe('court');
  });
});

describe('every place of the real index', () => {
  const dir = new URL('../../../public/data/', import.meta.url);
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^france\..*\.json$/.test(f)) : undefined;
  if (!file) console.warn('SKIPPED: public/data/france.*.json is missing — run `npm run data` to test the real index');

  it.skipIf(!file)('fits one GSM-7 SMS of 160 characters, in every language', () => {
    const places = JSON.parse(readFileSync(new URL(file!, dir), 'utf8')) as Place[];
    expect(places.length).toBeGreaterThan(1000);
    const failures: string[] = [];
    for (const lang of LANGS) {
      const w = words(lang);
      for (const place of places) {
        for (const now of [TUESDAY, new Date('2025-01-18T09:00:00Z')]) {
          const text = buildSmsText(place, now, w);
          // The phone is what the person needs most: it must survive every shortening.
          const phoneKept = !place.phone || text.includes(formatPhone(place.phone));
          if (!isGsm7(text) || gsm7Length(text) > 160 || !phoneKept) failures.push(`${lang} ${place.id}: ${text}`);
        }
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
