// The comment parser on hand-written sentences (real commune names, looked up in the real gazetteer).
import { describe, expect, it } from 'vitest';
import { parseComment, type CommentParse } from '../../../data/itinerance/parse-comment';
import type { Scope } from '../../../data/itinerance/find-communes';
import { atoms, parseSlots, realGazetteer } from './helpers';

const parse = (comment: string, scope: Scope | string): CommentParse =>
  parseComment(comment, realGazetteer(), typeof scope === 'string' ? { dep: scope } : scope);
/** "<insee> <schedule>" per stop, schedules as one-day atoms (see helpers). */
const stopsOf = (p: CommentParse) => p.stops.map((s) => `${s.insee} ${atoms(s.slots).join(' ')}`);
const labels = (...written: string[]) =>
  written.map((w) => {
    const [insee, ...rest] = w.split(' ');
    return `${insee} ${atoms(parseSlots(rest.join(' '))).join(' ')}`;
  });
const reasons = (p: CommentParse) => p.leftovers.map((l) => l.reason);

describe('days before the commune', () => {
  it('reads "les lundis à la mairie de Monthois, mardis à Machault" with the place and the text span', () => {
    const p = parse('les lundis à la mairie de Monthois, mardis à Machault (salle des fêtes)', '08');
    expect(stopsOf(p)).toEqual(labels('08303 Mo', '08264 Tu'));
    expect(p.stops[0]).toMatchObject({ commune: 'Monthois', dep: '08', place: 'mairie', text: 'les lundis à la mairie de Monthois' });
    expect(p.stops[1]!.place).toBe('salle des fêtes');
    const [s, e] = p.stops[0]!.spans[0]!;
    expect(p.text.slice(s, e)).toContain('Monthois');
    expect(p.stops[0]!.hours).toBeUndefined();
  });

  it('gives each commune its own times, in any of the usual spellings', () => {
    const p = parse('Lundi 14h30-17h Monthois / mardi de 9 h à 12 h à Machault ; mercredi 9h30/12 Buzancy; jeudi Grandpré 13h 17h', '08');
    expect(stopsOf(p)).toEqual(labels('08303 Mo 14:30-17:00', '08264 Tu 09:00-12:00', '08089 We 09:30-12:00', '08198 Th 13:00-17:00'));
    expect(p.stops.map((s) => s.hours)).toEqual(['Mo 14:30-17:00', 'Tu 09:00-12:00', 'We 09:30-12:00', 'Th 13:00-17:00']);
  });

  it('shares a day with the next commune when it has none of its own ("vendredi-Monthois 9h/12h-Machault 14h/17h")', () => {
    expect(stopsOf(parse('vendredi-Monthois 9h/12h-Machault 14h/17h', '08'))).toEqual(labels('08303 Fr 09:00-12:00', '08264 Fr 14:00-17:00'));
  });

  it('applies times written once for the whole round, narrowed by a half-day', () => {
    const p = parse('Tous les matins de 9h à 12h : lundi à Monthois ; vendredi après-midi à Machault', '08');
    expect(stopsOf(p)).toEqual(labels('08303 Mo 09:00-12:00', '08264 Fr afternoon'));
  });

  it('reads a run of days with half-days ("lundi, mardi, jeudi matin et mercredi après-midi")', () => {
    expect(stopsOf(parse('Monthois : lundi, mardi, jeudi matin et mercredi après-midi', '08'))).toEqual(labels('08303 Mo,Tu,Th morning; We afternoon'));
  });

  it('reads "du lundi au vendredi" and an open start "à partir de 9h30"', () => {
    expect(stopsOf(parse('du lundi au vendredi à partir de 9h30 à la mairie de Machault', '08'))).toEqual(labels('08264 Mo-Fr 09:30+'));
  });
});

describe('the commune before its days', () => {
  it('reads "Castelnau Pégayrols : Lundi 9:00 à 11:30 13:30 à 16:30 Mardi 14:00 à 16:30"', () => {
    const p = parse('Castelnau Pégayrols : Lundi 9:00 à 11:30 13:30 à 16:30 Mardi 14:00 à 16:30 / Broquiès : Mardi, Mercredi et Jeudi 9:30 à 12:30', '12');
    expect(stopsOf(p)).toEqual(labels('12062 Mo 09:00-11:30,13:30-16:30; Tu 14:00-16:30', '12037 Tu-Th 09:30-12:30'));
    expect(p.stops[0]!.hours).toBe('Mo 09:00-11:30,13:30-16:30; Tu 14:00-16:30');
  });

  it('shares a schedule between communes listed together ("Lussant/St Coutant le Grand (lundi après midi)")', () => {
    expect(stopsOf(parse('Breuil Magné (lundi matin), Lussant/St Coutant le Grand (lundi après midi)', '17'))).toEqual(
      labels('17065 Mo morning', '17216 Mo afternoon', '17320 Mo afternoon'),
    );
  });
});

describe('weeks', () => {
  it('reads week parity written before a run of days, until the next one', () => {
    const p = parse('Les semaines impaires : lundi-Monthois 9h/12h ; mardi-Machault 9h/12h. Les semaines paires : jeudi-Buzancy 9h/12h', '08');
    expect(stopsOf(p)).toEqual(labels('08303 odd Mo 09:00-12:00', '08264 odd Tu 09:00-12:00', '08089 even Th 09:00-12:00'));
    expect(p.stops[2]!.hours).toBe('week 02-52/2 Th 09:00-12:00');
  });

  it('reads parity after the day or after the commune', () => {
    const p = parse('MONTHOIS : Mardi semaines impaires. Jeudi : Machault ( semaines paires ) / Buzancy ( semaines impaires )', '08');
    expect(stopsOf(p)).toEqual(labels('08303 odd Tu', '08264 even Th', '08089 odd Th'));
  });

  it('reads "1er et 3e jeudis du mois" and "(2e et 4e du mois)" as OSM [n]', () => {
    const p = parse('1er et 3e jeudis du mois à Buzancy de 9h à 12h. Mercredi : Monthois (2e et 4e du mois)', '08');
    expect(stopsOf(p)).toEqual(labels('08089 Th[1,3] 09:00-12:00', '08303 We[2,4]'));
    expect(p.stops[0]!.hours).toBe('Th[1,3] 09:00-12:00');
  });

  it('refuses "1ère semaine du mois" and every other week without saying which', () => {
    expect(reasons(parse('1ère semaine du mois : lundi Monthois 9h-12h', '08'))).toEqual(['week-of-month']);
    const p = parse('Lundi Mairie de Monthois, 1 Mardi/2 Mairie de Machault, tous les 15 jours le jeudi à Buzancy', '08');
    expect(stopsOf(p)).toEqual(labels('08303 Mo'));
    expect(reasons(p)).toEqual(['frequency', 'frequency']);
  });
});

describe('what it refuses', () => {
  it('never reads a name that is no commune of the département', () => {
    const p = parse('Lundi matin : Saint Joseph. Mercredi : Castellas journée', '13');
    expect(p.stops).toEqual([]);
    expect(reasons(p)).toEqual(['no-commune', 'no-commune']);
  });

  it('refuses a name two communes of the département share', () => {
    const p = parse('le lundi à Vergne', '17');
    expect(p.stops).toEqual([]);
    expect(p.leftovers).toEqual([expect.objectContaining({ reason: 'ambiguous-commune', insee: ['17464', '17465'] })]);
  });

  it('refuses exceptions, alternatives, dates', () => {
    expect(reasons(parse('Monthois du lundi au vendredi de 9h à 12h (fermé le mercredi)', '08'))).toEqual(['negation']);
    expect(reasons(parse('vendredi : pas à Monthois', '08'))).toEqual(['negation']);
    expect(reasons(parse('Mercredi 9h-12h : Monthois ou Machault', '08'))).toEqual(['alternative', 'alternative']);
    expect(reasons(parse('le lundi 15 juillet à Monthois', '08'))).toEqual(['dated']);
  });

  it('keeps alternatives that say which weeks each holds', () => {
    expect(stopsOf(parse('Mercredi : Monthois (1er et 3e du mois) ou Machault (2e et 4e du mois)', '08'))).toEqual(labels('08303 We[1,3]', '08264 We[2,4]'));
  });

  it('lists communes named without a day, and days named without a commune, as text', () => {
    const p = parse('Itinérance sur les communes de Monthois, Machault et Buzancy. Sur rendez-vous le mardi matin', '08');
    expect(p.stops).toEqual([]);
    expect(p.leftovers).toEqual([
      expect.objectContaining({ reason: 'no-weekday', insee: ['08303', '08264', '08089'] }),
      expect.objectContaining({ reason: 'no-commune', text: 'le mardi matin' }),
    ]);
  });

  it('does not read a commune in a street or an organisation name', () => {
    expect(stopsOf(parse('le mardi au 3 rue de Machault, Monthois', '08'))).toEqual(labels('08303 Tu'));
    expect(parse('Communauté de communes de Vouziers le lundi', '08').stops).toEqual([]);
    expect(parse('Lundi après-midi sur RDV pour la France services la Trinité-Porhoët', '56').stops).toEqual([]);
  });

  it('does not take a day across a heading ("…, Trois antennes : Bassuet, Pargny-sur-Saulx")', () => {
    expect(parse('Le lundi de 12h45 à 17:00 sur rdv, Trois antennes : Bassuet, Pargny-sur-Saulx', '51').stops).toEqual([]);
  });
});

describe('communes', () => {
  it('resolves former and delegated communes to the current one and keeps the name written', () => {
    const p = parse('lundi : Chambois // mardi : Exmes', '61');
    expect(p.stops.map((s) => [s.insee, s.commune, s.locality])).toEqual([
      ['61474', 'Gouffern en Auge', 'Chambois'],
      ['61474', 'Gouffern en Auge', 'Exmes'],
    ]);
  });

  it('reads "s/" and "/" as "sur" when that makes the name', () => {
    expect(stopsOf(parse('vendredi Verteuil s/ Charente 9h/12', '16'))).toEqual(labels('16400 Fr 09:00-12:00'));
    expect(stopsOf(parse('3e jeudi Saint Georges/Arnon', '36'))).toEqual(labels('36195 Th[3]'));
  });

  it('follows a written postcode into its département, and nothing else outside', () => {
    expect(parse('lundi : mairie, 35190 Bécherel', '22').stops.map((s) => [s.insee, s.dep])).toEqual([['35022', '35']]);
    expect(parse('lundi : mairie de Bécherel', '22').stops).toEqual([]);
  });

  it('takes a name unknown in the département when it is the one commune of that name near the service', () => {
    const pertuis = { lat: 43.694, lon: 5.502, km: 30 };
    expect(parse('jeudi à JOUQUES', { dep: '84', near: pertuis }).stops.map((s) => [s.insee, s.dep])).toEqual([['13048', '13']]);
    expect(parse('jeudi à JOUQUES', '84').stops).toEqual([]);
    expect(parse('jeudi à JOUQUES', { dep: '84', near: { lat: 48.85, lon: 2.35, km: 30 } }).stops).toEqual([]);
  });

  it('merges the same commune and place written twice', () => {
    const p = parse('lundi à Monthois, mercredi à Monthois', '08');
    expect(stopsOf(p)).toEqual(labels('08303 Mo; We'));
    expect(p.stops[0]!.spans).toHaveLength(2);
  });
});

describe('the text as published', () => {
  it('decodes escaped comments ("Le\\x20lundi\\x20\\xE0\\x20Monthois")', () => {
    const p = parse('Le\\x20lundi\\x20\\xE0\\x20Monthois\\xA0\\x3A\\x209h-12h', '08');
    expect(p.text).toBe('Le lundi à Monthois : 9h-12h');
    expect(stopsOf(p)).toEqual(labels('08303 Mo 09:00-12:00'));
  });

  it('reads nothing from an empty or unrelated comment', () => {
    expect(parse('', '08')).toEqual({ text: '', stops: [], leftovers: [] });
    expect(parse('Prendre des rendez-vous au 03 24 00 00 00 ou sur https://exemple.fr/lundi', '08').stops).toEqual([]);
  });
});
