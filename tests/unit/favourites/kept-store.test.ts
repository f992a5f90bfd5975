import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FAVOURITES_DB,
  clearKept,
  getKept,
  keepPlace,
  listKept,
  noteSearch,
  onKeptChange,
  readLastSearch,
  removeKept,
  replaceKept,
  restoreKept,
  updateKept,
} from '../../../src/favourites/kept-store';
import { place } from '../finder/fixtures';

const databases = async () => (await indexedDB.databases()).map((d) => d.name);

beforeEach(async () => {
  await clearKept();
});

describe('kept places (IndexedDB)', () => {
  it('reading never creates the database: a device where nobody kept a place holds none', async () => {
    expect(await listKept()).toEqual([]);
    expect(await getKept('a')).toBeUndefined();
    expect(await readLastSearch()).toBeUndefined();
    await noteSearch({ lat: 49.5641, lon: 3.6199, name: 'Laon', commune: '02408' });
    expect(await databases()).not.toContain(FAVOURITES_DB);
  });

  it('keeps places in the order kept, with their full record; keeping twice keeps the first date', async () => {
    const a = place('a', 49.56, 3.62, { name: 'France services de Laon', phone: '+33323000000', hours: 'Mo-Fr 09:00-12:00' });
    await keepPlace(a, 1000);
    await keepPlace(place('b', 49.5, 3.6), 2000);
    await keepPlace(a, 3000);
    const list = await listKept();
    expect(list.map((k) => k.id)).toEqual(['a', 'b']);
    expect(list[0]).toMatchObject({ keptAt: 1000, seenAt: 3000, place: a });
    expect(await databases()).toContain(FAVOURITES_DB);
  });

  it('removes one and undoes the removal in place', async () => {
    await keepPlace(place('a', 1, 1), 1);
    await keepPlace(place('b', 1, 1), 2);
    await keepPlace(place('c', 1, 1), 3);
    const removed = await removeKept('b');
    expect((await listKept()).map((k) => k.id)).toEqual(['a', 'c']);
    await restoreKept(removed!);
    expect((await listKept()).map((k) => k.id)).toEqual(['a', 'b', 'c']);
  });

  it('"remove all" deletes the database itself, last search included', async () => {
    await noteSearch({ lat: 49.5641, lon: 3.6199, name: '' });
    await keepPlace(place('a', 1, 1));
    expect(await readLastSearch()).toBeDefined();
    await clearKept();
    expect(await databases()).not.toContain(FAVOURITES_DB);
    expect(await listKept()).toEqual([]);
  });

  it('writes the last search only once a place is kept, rounded to ~100 m', async () => {
    await noteSearch({ lat: 49.56412, lon: 3.61987, name: '' });
    expect(await databases()).not.toContain(FAVOURITES_DB);
    await keepPlace(place('a', 1, 1));
    expect(await readLastSearch()).toEqual({ lat: 49.564, lon: 3.62, name: '' });
    await noteSearch({ lat: 48.85, lon: 2.35, name: 'Paris', commune: '75056' });
    expect(await readLastSearch()).toEqual({ lat: 48.85, lon: 2.35, name: 'Paris', commune: '75056' });
  });

  it('follows the index: a new record replaces the saved one, a gone place is marked and unmarked', async () => {
    await keepPlace(place('a', 1, 1, { name: 'Old name' }), 1);
    await updateKept('a', { goneIn: 'v2' }, 5);
    expect(await getKept('a')).toMatchObject({ goneIn: 'v2', seenAt: 5, place: { name: 'Old name' } });
    await updateKept('a', { place: place('a', 1, 1, { name: 'New name' }) }, 6);
    const kept = await getKept('a');
    expect(kept).toMatchObject({ keptAt: 1, seenAt: 6, place: { name: 'New name' } });
    expect(kept?.goneIn).toBeUndefined();
  });

  it('a successor takes the place of a gone one in the list', async () => {
    await keepPlace(place('a', 1, 1), 1);
    await keepPlace(place('b', 1, 1), 2);
    await replaceKept('a', place('z', 1, 1), 9);
    const list = await listKept();
    expect(list.map((k) => k.id)).toEqual(['z', 'b']);
    expect(list[0].keptAt).toBe(1);
  });

  it('tells listeners about every change', async () => {
    let calls = 0;
    const off = onKeptChange(() => calls++);
    await keepPlace(place('a', 1, 1));
    await removeKept('a');
    await clearKept();
    off();
    await keepPlace(place('b', 1, 1));
    expect(calls).toBe(3);
  });
});
