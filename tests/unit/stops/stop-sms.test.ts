// The SMS of a bus's stop says where and when (commune, days, hours, place, next passage) and still fits
// one GSM-7 SMS with the phone number, for every stop of the real index, in every language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPhone } from '../../../src/places/phone';
import { gsm7Length, isGsm7 } from '../../../src/share/gsm7';
import { buildSmsText, type SmsWords } from '../../../src/share/sms-text';
import type { Place } from '../../../src/shared/place';
import { hereTexts } from '../../../src/stops/stop-texts';
import { initStopsI18n, LANGS, tIn } from './helpers';

beforeAll(initStopsI18n);

const words = (lang: string): SmsWords => JSON.parse(readFileSync(new URL(`../../../src/i18n/locales/${lang}/share.json`, import.meta.url), 'utf8')).sms;
const SUNDAY = new Date('2026-12-06T10:00:00Z');

const machault: Place = {
  id: 'fs-47-08264',
  name: 'Bus France services de Vouziers',
  kind: 'france-services',
  mobile: true,
  lat: 49.35326,
  lon: 4.50764,
  dep: '08',
  address: { postcode: '08310', commune: 'Machault', insee: '08264' },
  phone: '+33324716465',
  hours: 'Tu 09:00-12:00,13:00-16:30',
  services: ['demarches'],
  sources: [{ id: 'france-services', date: '2024-08-01' }],
  stop: { busId: 'fs-47', busName: 'Bus France services de Vouziers', place: 'mairie', position: 'commune', slots: [{ days: ['Tu'], times: ['09:00-12:00', '13:00-16:30'] }] },
};

describe('the SMS of a stop', () => {
  it('name, where and when, the place, the phone, the next passage', () => {
    const text = buildSmsText(machault, SUNDAY, words('fr'), hereTexts(tIn('fr'), 'fr', machault, SUNDAY));
    expect(text).toBe('Bus France services de Vouziers\nA Machault le mardi, 9 h-12 h et 13 h-16 h 30\nMairie\nTél 03 24 71 64 65\nProchain passage : mardi 9 h');
    const en = buildSmsText(machault, SUNDAY, words('en'), hereTexts(tIn('en'), 'en', machault, SUNDAY));
    expect(en).toBe('Bus France services de Vouziers\nIn Machault on Tuesdays, 9:00-12:00 and 13:00-16:30\nMairie\nTel 03 24 71 64 65\nNext visit: Tuesday 9:00');
  });

  const dir = new URL('../../../public/data/', import.meta.url);
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^france\..*\.json$/.test(f)) : undefined;
  it.skipIf(!file)('every stop of the real index fits one GSM-7 SMS with its phone, in every language', () => {
    const stops = (JSON.parse(readFileSync(new URL(file!, dir), 'utf8')) as Place[]).filter((p) => p.stop);
    expect(stops.length).toBeGreaterThan(200);
    const failures: string[] = [];
    for (const lang of LANGS)
      for (const stop of stops) {
        // Easy-read French's SMS says the schedule in French (src/share/ShareActions.tsx): its spelled-out lines cannot fit.
        const textLang = lang === 'falc' ? 'fr' : lang;
        const text = buildSmsText(stop, SUNDAY, words(lang), hereTexts(tIn(textLang), textLang, stop, SUNDAY));
        const phoneKept = !stop.phone || text.includes(formatPhone(stop.phone));
        if (!isGsm7(text) || gsm7Length(text) > 160 || !phoneKept) failures.push(`${lang} ${stop.id}: ${text}`);
      }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
