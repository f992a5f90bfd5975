import { describe, expect, it } from 'vitest';
import { matchReason, mergeDuplicates, mergePlaces, nameSimilarity, sameAddress } from '../../../data/merge';
import type { Place } from '../../../src/shared/place';

const place = (id: string, over: Partial<Place> = {}): Place => ({
  id,
  name: 'France services de Valserhône',
  kind: 'france-services',
  lat: 46.106071,
  lon: 5.826008,
  dep: '01',
  address: { street: '5-9 Rue des Papetiers', commune: 'Valserhône', insee: '01033' },
  services: [],
  sources: [{ id: id.split('-')[0] === 'fs' ? 'france-services' : id.split('-')[0]!, date: '2024-08-01' }],
  ...over,
});

describe('similarity', () => {
  it('ignores the town, so neighbours with only the town in common differ', () => {
    expect(nameSimilarity('France services de Valserhône', 'FRANCE SERVICES VALSERHONE', ['Valserhône'])).toBe(1);
    expect(nameSimilarity('France services Tilly sur Seulles', 'Bibliothèque de Tilly-sur-Seulles', ['Tilly-sur-Seulles'])).toBe(0);
    expect(nameSimilarity('Allonnes', 'Allonnes', ['Allonnes'])).toBe(1);
  });
  it('compares addresses with abbreviations and house numbers', () => {
    expect(sameAddress('4 AV DE SAINT MENET', '4 Avenue de Saint-Menet')).toBe(true);
    expect(sameAddress('4 avenue de Saint-Menet', '6 avenue de Saint-Menet')).toBe(false);
    expect(sameAddress('Place du marché', undefined)).toBe(false);
  });
});

describe('match rules', () => {
  const fs = place('fs-1');
  it('merges close and alike, not far or unlike', () => {
    expect(matchReason(fs, place('cnfs-a', { name: 'France Services Valserhone', lat: 46.1063, lon: 5.8263 }))).toMatch(/very similar name/);
    expect(matchReason(fs, place('cnfs-b', { name: 'Mairie', lat: 46.1062, lon: 5.8261, address: { street: '5 rue des Papetiers', commune: 'Valserhône' } }))).toMatch(/same address/);
    expect(matchReason(fs, place('cnfs-c', { name: 'Mairie', lat: 46.1062, lon: 5.8261, address: { street: '2 rue Haute', commune: 'Valserhône' } }))).toBeUndefined();
    expect(matchReason(fs, place('cnfs-d', { lat: 46.2, lon: 5.9 }))).toBeUndefined();
  });
  it('never merges a library with a France Services on address alone', () => {
    const bib = place('bib-x', { name: 'Médiathèque de Valserhône', kind: 'mediatheque' });
    expect(matchReason(fs, bib)).toBeUndefined();
  });
  it('never merges a tiers-lieu with a France Services, even at the same address under the same name', () => {
    const tiersLieu = place('cnfs-t', { name: 'France services de Valserhône', kind: 'tiers-lieu', lat: 46.1061, lon: 5.82601 });
    expect(matchReason(fs, tiersLieu)).toBeUndefined();
    expect(matchReason(place('cnfs-m', { kind: 'mediation' }), tiersLieu)).toMatch(/very similar name/);
  });
});

describe('mergeDuplicates', () => {
  it('keeps the id of the highest-priority source, unions lists, fills gaps, records aliases', () => {
    const fs = place('fs-1', { services: ['demarches'], labels: ['France Services'], hoursText: 'Lundi : 9h-12h' });
    const cnfs = place('cnfs-62', {
      name: 'FRANCE SERVICES VALSERHONE',
      kind: 'mediation',
      lat: 46.1063,
      lon: 5.8263,
      services: ['outils-quotidien'],
      labels: ['Conseiller numérique'],
      website: 'https://www.ccpb01.fr/',
      hours: 'Mo 09:00-12:00',
      sources: [{ id: 'cnfs', date: '2022-06-27' }],
    });
    const { places, merges, aliases } = mergeDuplicates([
      { place: cnfs, priority: 1 },
      { place: fs, priority: 0 },
    ]);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({
      id: 'fs-1',
      kind: 'france-services',
      services: ['demarches', 'outils-quotidien'],
      labels: ['Conseiller numérique', 'France Services'],
      website: 'https://www.ccpb01.fr/',
      hours: 'Mo 09:00-12:00',
      sources: [{ id: 'cnfs' }, { id: 'france-services' }],
    });
    expect(places[0]!.hoursText).toBeUndefined();
    expect(merges).toEqual([{ into: 'fs-1', from: ['cnfs-62'], reason: expect.stringContaining('cnfs-62'), fields: { hours: 'cnfs', website: 'cnfs' } }]);
    expect(aliases).toEqual({ 'cnfs-62': 'fs-1' });
  });
  it('never merges two sites of one official list', () => {
    const { places } = mergeDuplicates([
      { place: place('fs-1'), priority: 0 },
      { place: place('fs-2'), priority: 0 },
    ]);
    expect(places).toHaveLength(2);
  });
  it('on equal dates the base values win, the other fills gaps', () => {
    const { place: merged, from } = mergePlaces(place('fs-1', { phone: '+33450568749' }), place('cnfs-1', { phone: '+33400000000', email: 'a@b.fr' }));
    expect(merged.phone).toBe('+33450568749');
    expect(merged.email).toBe('a@b.fr');
    expect(from).toEqual({ phone: { source: 'france-services', date: '2024-08-01' }, email: { source: 'cnfs', date: '2024-08-01' } });
  });
  it('the newer row wins field by field; identity stays with the base; valid hours beat text', () => {
    const base = place('bib-1', { name: 'Médiathèque', kind: 'mediatheque', phone: '+33100000000', website: 'https://old.fr/', hours: 'Mo 09:00-12:00', sources: [{ id: 'bibliotheques', date: '2023' }] });
    const newer = place('gironde-x', {
      name: 'Espace numérique',
      kind: 'mediation',
      lat: 46.1061,
      phone: '+33200000000',
      hoursText: 'le lundi',
      fees: 'gratuit',
      sources: [{ id: 'gironde', date: '2024-03-11' }],
    });
    const { place: merged, from } = mergePlaces(base, newer);
    expect(merged).toMatchObject({ id: 'bib-1', name: 'Médiathèque', kind: 'mediatheque', lat: base.lat, phone: '+33200000000', website: 'https://old.fr/', hours: 'Mo 09:00-12:00', fees: 'gratuit' });
    expect(merged.hoursText).toBeUndefined();
    expect(from).toEqual({
      phone: { source: 'gironde', date: '2024-03-11' },
      website: { source: 'bibliotheques', date: '2023' },
      hours: { source: 'bibliotheques', date: '2023' },
      fees: { source: 'gironde', date: '2024-03-11' },
    });
    // An older row fills gaps only.
    expect(mergePlaces(newer, base).place.phone).toBe('+33200000000');
  });
});

describe('records that name each other, and the report of where each field came from', () => {
  it('a hub row naming a conseiller numérique place is merged into it whatever the distance, and the fields are traced', () => {
    const cnfs = place('cnfs-62aaaaaaaaaaaaaaaaaaaaaa', { name: 'Mairie', kind: 'mediation', phone: '+33111111111', sources: [{ id: 'cnfs', date: '2022-12-01' }] });
    const hub = place('sud-x', { name: 'Ateliers numériques gratuits', kind: 'mediation', lat: 46.3, lon: 5.9, phone: '+33222222222', email: 'contact@mairie.fr', sources: [{ id: 'hub-du-sud', date: '2023-05-11' }] });
    const { places, merges, aliases } = mergeDuplicates([
      { place: hub, priority: 5, refs: ['cnfs-62aaaaaaaaaaaaaaaaaaaaaa'] },
      { place: cnfs, priority: 1 },
    ]);
    expect(places.map((p) => p.id)).toEqual(['cnfs-62aaaaaaaaaaaaaaaaaaaaaa']);
    expect(places[0]).toMatchObject({ name: 'Mairie', phone: '+33222222222', email: 'contact@mairie.fr' });
    expect(aliases).toEqual({ 'sud-x': 'cnfs-62aaaaaaaaaaaaaaaaaaaaaa' });
    expect(merges[0]).toMatchObject({ into: 'cnfs-62aaaaaaaaaaaaaaaaaaaaaa', from: ['sud-x'], fields: { phone: 'hub-du-sud', email: 'hub-du-sud' } });
    expect(merges[0]!.reason).toMatch(/names cnfs-62a/);
  });
  it('a reference to a record that is not there changes nothing', () => {
    const { places } = mergeDuplicates([{ place: place('sud-y', { lat: 43, lon: 5 }), priority: 5, refs: ['cnfs-missing'] }]);
    expect(places.map((p) => p.id)).toEqual(['sud-y']);
  });
  it('never merges a tiers-lieu with a library, nor two rows of the tiers-lieux census', () => {
    const bib = place('bib-1', { name: 'Médiathèque Le Lab', kind: 'mediatheque', sources: [{ id: 'bibliotheques', date: '2023' }] });
    const tl = place('tl-1', { name: 'Médiathèque Le Lab', kind: 'tiers-lieu', sources: [{ id: 'tiers-lieux', date: '2019-06-13' }] });
    const tl2 = place('tl-2', { name: 'Médiathèque Le Lab', kind: 'tiers-lieu', sources: [{ id: 'tiers-lieux', date: '2019-06-13' }] });
    expect(matchReason(bib, tl)).toBeUndefined();
    expect(mergeDuplicates([{ place: bib, priority: 3 }, { place: tl, priority: 4 }, { place: tl2, priority: 4 }]).places).toHaveLength(3);
  });
});
