import { describe, expect, it } from 'vitest';
import { buildCommuneIndex } from '../../../src/shared/commune-index';
import { commune } from './fixtures';

const index = buildCommuneIndex([
  commune('44184', 'Saint-Nazaire', ['44600'], 70000),
  commune('44185', 'Saint-Nazaire-sur-Charente', ['17780'], 1200, '17'),
  commune('97113', 'Le Gosier', ['97190'], 26000, '971'),
  commune('77288', 'Melun', ['77000'], 40000),
  commune('77285', 'Le Mée-sur-Seine', ['77350'], 20000),
  commune('02408', 'Laon', ['02000'], 25000),
  commune('02013', 'Aulnois-sous-Laon', ['02000'], 1000),
  commune('02077', 'Besny-et-Loizy', ['02870'], 300),
  commune('97105', 'Basse-Terre', ['97100'], 10000, '971'),
  commune('02020', 'Athies-sous-Laon', ['02840'], 2500),
]);
const names = (q: string) => index.suggest(q).map((m) => m.commune.name);

describe('commune lookup', () => {
  it('finds "st nazaire" with the bigger town first', () => {
    expect(names('st nazaire')).toEqual(['Saint-Nazaire', 'Saint-Nazaire-sur-Charente']);
  });
  it('finds a commune without its article', () => {
    expect(names('gosier')).toEqual(['Le Gosier']);
    expect(names('le gosier')).toEqual(['Le Gosier']);
  });
  it('ranks exact before prefix before population', () => {
    expect(names('laon')[0]).toBe('Laon');
    expect(names('laon')).toEqual(['Laon', 'Athies-sous-Laon', 'Aulnois-sous-Laon']);
  });
  it('lists every commune of a shared postcode', () => {
    expect(names('02000')).toEqual(['Laon', 'Aulnois-sous-Laon']);
    expect(index.suggest('02000')[1].postcode).toBe('02000');
  });
  it('answers a postcode prefix', () => {
    expect(names('971')).toEqual(['Basse-Terre', 'Le Gosier']);
  });
  it('is accent and case insensitive', () => {
    expect(names('MÉLUN')).toEqual(['Melun']);
    expect(names('mee sur')).toEqual(['Le Mée-sur-Seine']);
  });
  it('finds by INSEE code', () => {
    expect(index.byInsee('77288')?.name).toBe('Melun');
  });
  it('answers nothing to an empty query', () => {
    expect(index.suggest('  ')).toEqual([]);
  });
});
