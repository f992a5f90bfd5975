import { describe, expect, it } from 'vitest';
import { countdownSeconds, kioskHomeUrl } from '../../../src/kiosk/home';
import { townList } from '../../../src/kiosk/towns';
import type { Commune } from '../../../src/shared/place';

describe('kiosk home address', () => {
  it('keeps only what configures the kiosk', () => {
    const search = '?mode=kiosk&label=M%C3%A9diath%C3%A8que+de+Laon&idle=90&lang=en&near=49.56,3.62&place=fs-1&kind=mediation&open=1&commune=02408&view=map&large=1';
    const url = kioskHomeUrl('/', search);
    const p = new URLSearchParams(url.slice(2));
    expect([...p.keys()].sort()).toEqual(['idle', 'label', 'lang', 'mode', 'near']);
    expect(p.get('label')).toBe('Médiathèque de Laon');
    expect(p.get('near')).toBe('49.56,3.62');
    expect(url).toContain('near=49.56,3.62');
  });

  it('asks for 15 s on a real kiosk, less with test idle times', () => {
    expect(countdownSeconds(90)).toBe(15);
    expect(countdownSeconds(5)).toBe(5);
    expect(countdownSeconds(30)).toBe(10);
  });
});

describe('kiosk town list', () => {
  const c = (insee: string, name: string, lat: number, lon: number): Commune => ({ insee, name, dep: insee.slice(0, 2), postcodes: [], lat, lon });
  const communes = [
    c('75056', 'Paris', 48.86, 2.35),
    c('02408', 'Laon', 49.56, 3.62),
    c('02691', 'Saint-Quentin', 49.85, 3.29),
    c('02722', 'Soissons', 49.38, 3.32),
    c('02173', 'Chambry', 49.59, 3.64),
    c('97113', 'Le Gosier', 16.2, -61.5),
  ];
  const towns = townList(communes, { lat: 49.56, lon: 3.62 });

  it('lists the nearest towns first', () => {
    expect(towns.find('', 3).map((t) => t.name)).toEqual(['Laon', 'Chambry', 'Soissons']);
  });

  it('filters by the letters typed, on any word, nearest first', () => {
    expect(towns.find('S').map((t) => t.name)).toEqual(['Soissons', 'Saint-Quentin']);
    expect(towns.find('QUE').map((t) => t.name)).toEqual(['Saint-Quentin']);
    expect(towns.find('GOS').map((t) => t.name)).toEqual(['Le Gosier']);
    expect(towns.find('XYZ')).toEqual([]);
  });
});
