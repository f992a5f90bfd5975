import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEED_RULES } from '../../../src/needs/needs';
import { compactWeek } from '../../../src/referral/compact-week';
import { buildReferralSms, type ReferralSmsWords } from '../../../src/referral/referral-sms';
import { gsm7Length, isGsm7, smsParts } from '../../../src/share/gsm7';
import { buildPlacesSms } from '../../../src/share/sms-list';
import type { Place } from '../../../src/shared/place';
import { place } from '../finder/fixtures';

const json = (lang: string, ns: string) => JSON.parse(readFileSync(new URL(`../../../src/i18n/locales/${lang}/${ns}.json`, import.meta.url), 'utf8'));
const fill = (s: string, values: Record<string, string>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k]);

function words(lang: string): ReferralSmsWords & { items: Record<string, string>; need: (id: string) => string } {
  const r = json(lang, 'referral').sms;
  const needs = json(lang === 'falc' ? 'fr' : lang, 'needs');
  return {
    heading: '',
    bring: (items) => fill(r.bring, { items }),
    notes: (notes) => fill(r.notes, { notes }),
    link: r.link,
    phone: json(lang === 'falc' ? 'fr' : lang, 'share').sms.phone,
    items: r.items,
    need: (id) => fill(r.heading, { need: needs.need[id].label }),
  };
}

/** Three real-looking places of the Aisne, long names and streets included. */
const PLACES: Place[] = [
  place('fs-2143', 49.5641, 3.6199, { dep: '02', name: 'France services CIJ de Laon', phone: '+33323265200', address: { street: '13 rue du Bourg', postcode: '02000', commune: 'Laon' } }),
  place('med-1', 49.56, 3.62, { dep: '02', name: 'Médiathèque Suzanne Martinet', phone: '+33323222688', address: { street: 'Place Aubry', postcode: '02000', commune: 'Laon' } }),
  place('med-2', 49.55, 3.6, { dep: '02', name: 'Espace public numérique de la Communauté d’agglomération du Pays de Laon', address: { street: '1 avenue Charles de Gaulle, bâtiment Œuvre', postcode: '02007', commune: 'Laon Cedex' } }),
];
const LINK = 'http://127.0.0.1:4573/?places=fs-2143,med-1,med-2&need=demarches';

const sheetSms = (lang: string, notes?: string) => {
  const w = words(lang);
  return buildReferralSms({ places: PLACES, bring: NEED_RULES.demarches.bring.map((i) => w.items[i]), notes, link: LINK, words: { ...w, heading: w.need('demarches') } });
};

describe('referral SMS', () => {
  it('need, places with address and phone, what to bring, the link last; all GSM-7', () => {
    const text = sheetSms('fr');
    expect(text.split('\n')).toEqual([
      'Fiche Repère : Faire une démarche en ligne',
      '1. France services CIJ de Laon',
      '13 rue du Bourg, 02000 Laon',
      'Tél 03 23 26 52 00',
      '2. Médiathèque Suzanne Martinet',
      'Place Aubry, 02000 Laon',
      'Tél 03 23 22 26 88',
      "3. Espace public numérique de la Communauté d'agglomération du Pays de Laon",
      '1 avenue Charles de Gaulle, batiment OEuvre, 02007 Laon Cedex',
      "Apportez : pièce d'identité, identifiants FranceConnect, numéro fiscal, numéro CAF, carte Vitale, justificatif de domicile, téléphone chargé, e-mail et mot de passe",
      `Tous les détails : ${LINK}`,
    ]);
    expect(isGsm7(text)).toBe(true);
  });

  it('the notes only when asked, on one line; never a first name (the builder has no such input)', () => {
    expect(sheetSms('fr')).not.toContain('Note');
    const text = sheetSms('fr', '  Demander Sophie\nà l’accueil  ');
    expect(text).toContain("Note : Demander Sophie à l'accueil\nTous les détails");
    expect(isGsm7(text)).toBe(true);
  });

  it('length and parts of a 3-place sheet in every language (figures for the report)', () => {
    const figures = ['fr', 'en', 'gcf', 'falc'].map((lang) => {
      const text = sheetSms(lang);
      expect(isGsm7(text), lang).toBe(true);
      return { lang, chars: gsm7Length(text), parts: smsParts(text) };
    });
    console.log(figures.map((f) => `${f.lang} ${f.chars} chars / ${f.parts} SMS`).join('; '));
    for (const f of figures) {
      expect(f.parts).toBe(Math.ceil(f.chars / 153));
      expect(f.parts).toBeLessThanOrEqual(5);
    }
  });
});

describe('list SMS', () => {
  it('one line a place and the link', () => {
    const text = buildPlacesSms({ heading: 'Repère : 2 lieux pour vous', places: PLACES.slice(0, 2), detail: 'short', phoneWord: 'Tél', link: LINK });
    expect(text).toBe(`Repère : 2 lieux pour vous\n1. France services CIJ de Laon - Laon - Tél 03 23 26 52 00\n2. Médiathèque Suzanne Martinet - Laon - Tél 03 23 22 26 88\n${LINK}`);
  });

  it('never transliterates the link', () => {
    const link = 'http://x.test/?places=a~b';
    expect(buildPlacesSms({ heading: 'h', places: [], detail: 'short', phoneWord: 'Tél', link }).endsWith(link)).toBe(true);
  });
});

describe('smsParts', () => {
  it('160 septets in one SMS, then parts of 153; UCS-2 70 then 67', () => {
    expect(smsParts('')).toBe(0);
    expect(smsParts('a'.repeat(160))).toBe(1);
    expect(smsParts('a'.repeat(161))).toBe(2);
    expect(smsParts('a'.repeat(306))).toBe(2);
    expect(smsParts('a'.repeat(307))).toBe(3);
    expect(smsParts('€'.repeat(80))).toBe(1); // 160 septets
    expect(smsParts('€'.repeat(81))).toBe(2);
    expect(smsParts(`${'a'.repeat(159)}€`)).toBe(2);
    // 306 septets, but the escape pair at 153-154 is not split: 152 + 153 + 1.
    expect(smsParts(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toBe(3);
    expect(smsParts('ê'.repeat(70))).toBe(1);
    expect(smsParts('ê'.repeat(71))).toBe(2);
    expect(smsParts('ê'.repeat(135))).toBe(3);
  });
});

describe('compactWeek', () => {
  const days = ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'];
  const week = (...hours: string[]) => hours.map((h) => ({ hours: h }));
  it('groups consecutive days with the same hours and leaves closed days out', () => {
    expect(compactWeek(week('9h-12h', '9h-12h', '9h-12h', '9h-12h', '9h-17h', '9h-12h', ''), days)).toEqual(['Lun-Jeu : 9h-12h', 'Ven : 9h-17h', 'Sam : 9h-12h']);
    expect(compactWeek(week('9h-12h', '', '9h-12h', '', '', '', '10h-12h'), days)).toEqual(['Lun : 9h-12h', 'Mer : 9h-12h', 'Dim : 10h-12h']);
    expect(compactWeek(week('', '', '', '', '', '', ''), days)).toEqual([]);
  });
});
