import { describe, expect, it } from 'vitest';
import { supersede, type Candidate } from '../../../data/supersede';
import type { Place } from '../../../src/shared/place';

const candidate = (id: string, source: string, date: string, order: number, row = 1): Candidate => ({
  place: { id, name: id, kind: 'mediation', lat: 48, lon: 2, dep: '75', address: { commune: 'Paris' }, services: [], sources: [{ id: source, date }] } as Place,
  file: `${source}.json`,
  row,
  order,
});

describe('the newest row of a place wins across files', () => {
  it('keeps the newer row, reports the older as superseded (not rejected), leaves single ids alone', () => {
    const { kept, superseded } = supersede([
      candidate('cnfs-1', 'cnfs-2022-07', '2022-06-01', 1, 4),
      candidate('cnfs-1', 'cnfs', '2022-11-20', 0, 9),
      candidate('cnfs-2', 'cnfs-2022-07', '2022-06-01', 1),
    ]);
    expect(kept.map((c) => [c.place.id, c.place.sources[0]!.id])).toEqual([
      ['cnfs-1', 'cnfs'],
      ['cnfs-2', 'cnfs-2022-07'],
    ]);
    expect(superseded).toEqual([{ id: 'cnfs-1', file: 'cnfs-2022-07.json', row: 4, date: '2022-06-01', by: 'cnfs.json', byDate: '2022-11-20' }]);
  });
  it('on the same date the first-listed file (the origin) wins; a precise date beats its year alone', () => {
    expect(supersede([candidate('x', 'data-inclusion', '2022-12-01', 7), candidate('x', 'cnfs', '2022-12-01', 0)]).kept[0]!.place.sources[0]!.id).toBe('cnfs');
    expect(supersede([candidate('y', 'a', '2023', 0), candidate('y', 'b', '2023-05-11', 1)]).kept[0]!.place.sources[0]!.id).toBe('b');
  });
});
