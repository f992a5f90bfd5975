// The small per-field transforms: dates, declared column mappings, the access vocabulary.
import { describe, expect, it } from 'vitest';
import { readSpec, schemaReader } from '../../../data/mapping';
import { parseRowDate } from '../../../data/normalise/date';
import { mapAccess, mapEquipment, mapLabels, mapPublics, noPublicReception } from '../../../data/normalise/vocabulary';

describe('row dates', () => {
  it.each([
    ['2022-05-09', '2022-05-09'],
    ['2022-05-09T10:00:00.000Z', '2022-05-09'],
    ['25/04/2022', '2022-04-25'],
    ['2020/06/30 14:16:50.898', '2020-06-30'],
  ])('%s → %s', (raw, date) => expect(parseRowDate(raw)).toBe(date));
  it.each(['1969-12-31', '1970-01-01', '1970-01-01T00:00:00Z', '31/12/1969', '2022-02-30', '', 'hier', undefined, null, 0])('%j is no date', (raw) => {
    expect(parseRowDate(raw)).toBeUndefined();
  });
});

describe('declared column mappings', () => {
  const row = { Lieu: 'Atelier', Commune: 'Rennes', 'Adresse postale': '7 rue X - BP 12 - 35000 Rennes', c_fablab: 'True', c_epn: '', TYPO: 'Tiers lieux à dominante fablab', code: 49000, labels: ['a', 'b'] };
  it('reads a column, the first filled of several, several joined, part of one, terms and constants', () => {
    expect(readSpec(row, 'Commune')).toBe('Rennes');
    expect(readSpec(row, 'code')).toBe('49000');
    expect(readSpec(row, 'labels')).toBe('a,b');
    expect(readSpec(row, { first: ['nope', 'c_epn', 'Lieu'] })).toBe('Atelier');
    expect(readSpec(row, { join: ['Lieu', 'missing', 'Commune'] })).toBe('Atelier Rennes');
    expect(readSpec(row, { column: 'Adresse postale', pattern: /.*\b(\d{5})\b/ })).toBe('35000');
    expect(readSpec(row, { terms: [{ columns: ['c_fablab'], match: /^true$/i, value: 'FABLAB' }, { columns: ['c_epn'], match: /^true$/i, value: 'EPN' }] })).toBe('FABLAB');
    expect(readSpec(row, { terms: [{ columns: ['c_epn'], match: /^true$/i, value: 'EPN' }] })).toBeUndefined();
    expect(readSpec(row, { value: 'RFS' })).toBe('RFS');
    expect(readSpec(row, ['TYPO', { value: 'X' }, { value: 'X' }])).toBe('Tiers lieux à dominante fablab|X');
  });
  it('a field the mapping does not name is read from the column of that name, and only that', () => {
    const field = schemaReader({ nom: 'A', c_contacts: 'Jean Dupont', Adresse: '1 rue' }, { adresse: 'Adresse' });
    expect(field('nom')).toBe('A');
    expect(field('adresse')).toBe('1 rue');
    expect(field('c_contacts')).toBe('Jean Dupont'); // the reader can read any column…
    expect(field('courriels')).toBeUndefined(); // …but the adapter only ever asks for schema fields.
  });
});

describe('vocabularies added for the new files', () => {
  it('maps modalites_acces onto Place.access, and knows a place with no public', () => {
    expect(mapAccess('Se présenter|Téléphoner|Contacter par mail|Prendre un RDV en ligne')).toEqual(['contacter-par-mail', 'prendre-rdv', 'se-presenter', 'telephoner']);
    expect(mapAccess("Envoyer un mail avec une fiche de prescription")).toEqual([]);
    expect(noPublicReception("Ce lieu n'accueille pas de public")).toBe(true);
    expect(noPublicReception("Ce lieu n’accueille pas de public|Téléphoner")).toBe(false);
    expect(noPublicReception(undefined)).toBe(false);
  });
  it('reads equipment, tiers-lieux labels and " / " lists', () => {
    expect(mapEquipment('Imprimante multi-fonctions / Ordinateur / Wifi')).toEqual(['printing', 'wifi']);
    expect(mapEquipment('Wi-Fi')).toEqual(['wifi']);
    expect(mapLabels('Fablab|Coworking')).toEqual(['Coworking', 'Fablab']);
    expect(mapPublics('Seniors (+65 ans) / Familles/ enfant / Jeunes (16/26 ans)')).toEqual(['familles', 'jeunes', 'seniors']);
  });
});
