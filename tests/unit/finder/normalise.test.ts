import { describe, expect, it } from 'vitest';
import { isPostcodeQuery, normalise } from '../../../src/shared/normalise';

describe('normalise', () => {
  it('ignores accents, case and hyphens', () => {
    expect(normalise('Évry-Courcouronnes')).toBe('evry courcouronnes');
    expect(normalise('PONT-L’ÉVÊQUE')).toBe('pont l eveque');
  });
  it('spells out st / ste', () => {
    expect(normalise('st nazaire')).toBe('saint nazaire');
    expect(normalise('Ste-Anne')).toBe('sainte anne');
    expect(normalise('Saint-Nazaire')).toBe('saint nazaire');
  });
  it('drops a leading article', () => {
    expect(normalise('Le Gosier')).toBe('gosier');
    expect(normalise("L'Haÿ-les-Roses")).toBe('hay les roses');
    expect(normalise('Les Abymes')).toBe('abymes');
    expect(normalise('La')).toBe('la');
  });
  it('keeps articles inside a name', () => {
    expect(normalise('Fontaine-le-Port')).toBe('fontaine le port');
  });
  it('joins ligatures', () => {
    expect(normalise('Œuilly')).toBe('oeuilly');
  });
  it('recognises postcodes', () => {
    expect(isPostcodeQuery('97100')).toBe(true);
    expect(isPostcodeQuery(' 02 ')).toBe(true);
    expect(isPostcodeQuery('7')).toBe(false);
    expect(isPostcodeQuery('Laon')).toBe(false);
  });
});
