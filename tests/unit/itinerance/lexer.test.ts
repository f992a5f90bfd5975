import { describe, expect, it } from 'vitest';
import { cleanComment, tokenize, type Token } from '../../../data/itinerance/lexer';

const kinds = (text: string) =>
  tokenize(text)
    .filter((t) => t.k !== 'word' && t.k !== 'sep')
    .map((t: Token) => {
      switch (t.k) {
        case 'times':
          return `T ${t.ranges.join(',')}`;
        case 'day':
          return `D ${t.day}`;
        case 'nth':
          return `N ${t.nth.join(',')}${t.day ? ` ${t.day}` : ''}`;
        case 'daypart':
          return `DP ${t.part}`;
        case 'parity':
          return `P ${t.weeks}`;
        case 'refuse':
          return `X ${t.reason}`;
        case 'appointment':
          return `A ${t.value}`;
        case 'postcode':
          return `PC ${t.code}`;
        default:
          return t.k;
      }
    });

describe('times', () => {
  it.each([
    ['9h-12h', 'T 09:00-12:00'],
    ['de 09H00 à 12H00 et de 13H00 à 16H30', 'T 09:00-12:00,13:00-16:30'],
    ['8h45-11h30/14h-16h30', 'T 08:45-11:30,14:00-16:30'],
    ['9h30/15h30', 'T 09:30-15:30'],
    ['9h/12', 'T 09:00-12:00'],
    ['8 H 45- 11 H 45', 'T 08:45-11:45'],
    ['9:00 à 11:30 13:30 à 16:30', 'T 09:00-11:30,13:30-16:30'],
    ['13h 17h', 'T 13:00-17:00'],
    ['8h45h/12h et 13h15/17h', 'T 08:45-12:00,13:15-17:00'],
    ['(9h > 12h30)', 'T 09:00-12:30'],
    ['à partir de 09h30', 'T 09:30+'],
  ])('reads %s', (text, expected) => {
    expect(kinds(text)).toEqual([expected]);
  });

  it('reads no time in phone numbers, house numbers or a backwards range', () => {
    expect(kinds('05 63 30 46 46, 1-3 rue, 12h-9h')).toEqual(['skip']);
  });
});

describe('days and weeks', () => {
  it('reads weekdays, plural or abbreviated where the comment abbreviates', () => {
    expect(kinds('lundis, MARDI et Mercredi')).toEqual(['D Mo', 'D Tu', 'D We']);
    expect(kinds('Lu : a / Ma: b / Me : c / Ve semaine impaire, d')).toEqual(['D Mo', 'D Tu', 'D We', 'D Fr', 'P odd']);
    expect(kinds('Lun/Ma/Mer/Jeu/Ven: x')).toEqual(['D Mo', 'D Tu', 'D We', 'D Th', 'D Fr']);
  });

  it('leaves "Me", "Ma" and "Mer" alone outside that style ("Soulac-sur-Mer")', () => {
    expect(kinds('Ma commune, Soulac-sur-Mer : x')).toEqual([]);
  });

  it('reads half-days', () => {
    expect(kinds('matin, après-midi, l’après midi, toute la journée, avant-midi')).toEqual(['DP morning', 'DP afternoon', 'DP afternoon', 'DP day', 'DP morning']);
  });

  it('reads ordinals of a weekday in the month, and parity', () => {
    expect(kinds('1er et 3ème lundi du mois, 2ème je du mois, (2ème et 4ème du mois), dernier vendredi')).toEqual(['N 1,3 Mo', 'N 2 Th', 'N 2,4', 'N -1 Fr']);
    expect(kinds('semaines paires ( semaines impaires ) sem. impaire')).toEqual(['P even', 'P odd', 'P odd']);
  });

  it('marks what cannot be weekly slots', () => {
    expect(kinds('1ere sem du mois, les deuxième et quatrième semaines de chaque mois')).toEqual(['X week-of-month', 'X week-of-month']);
    expect(kinds('1 Mardi/2, tous les 15 jours, une semaine sur deux, deux fois par mois, selon le planning')).toEqual([
      'X frequency', 'X frequency', 'X frequency', 'X frequency', 'X frequency',
    ]);
    expect(kinds('du 15 au 19 juillet 2024, le 13/09/22')).toEqual(['X dated', 'X dated']);
    expect(kinds('depuis le 13/09/22')).toEqual(['skip']);
  });

  it('reads appointments, postcodes, and skips addresses of the web', () => {
    expect(kinds('sur RDV, sans rendez-vous, 35190 Bécherel, fs@pimms.org https://x.fr/lundi www.aham.fr')).toEqual(['A true', 'A false', 'PC 35190', 'skip', 'skip', 'skip']);
  });
});

describe('the comment as published', () => {
  it('decodes \\xHH and \\uHHHH escapes and turns no-break spaces into spaces', () => {
    expect(cleanComment('Lundi\\xA0\\x3A\\x20Quillan\\x2D d\\u2019Avignon\u00a0!')).toBe('Lundi : Quillan- d’Avignon !');
  });
  it('drops invisible characters, written or escaped (a stop\'s text is shown as it is), keeps line breaks', () => {
    expect(cleanComment('lundi \u0000Normanville\\x00 \u202emardi\u200b\nVernon d\\x92Eure')).toBe('lundi Normanville mardi\nVernon d’Eure');
  });
});
