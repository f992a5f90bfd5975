import type { Commune, Place } from '../../../src/shared/place';

export function place(id: string, lat: number, lon: number, extra: Partial<Place> = {}): Place {
  return {
    id,
    name: `Lieu ${id}`,
    kind: 'mediation',
    lat,
    lon,
    dep: '75',
    address: { commune: 'Paris' },
    services: [],
    sources: [{ id: 'test', date: '2024-08-01' }],
    ...extra,
  };
}

export function commune(insee: string, name: string, postcodes: string[], population = 0, dep = insee.slice(0, 2)): Commune {
  return { insee, name, dep, postcodes, lat: 0, lon: 0, population };
}
