import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseState, serializeState } from '../../../src/app/url-state';

describe('URL round-trip', () => {
  it('keeps a full finder state', () => {
    const state = {
      ...EMPTY_STATE,
      near: { lat: 16.2411, lon: -61.5331 },
      kinds: ['france-services' as const, 'mediatheque' as const],
      services: ['demarches' as const, 'wifi' as const],
      open: true,
      free: true,
      support: true,
      mobile: true,
      view: 'map' as const,
    };
    const url = serializeState(state);
    expect(url).toBe('?near=16.2411,-61.5331&kind=france-services,mediatheque&service=demarches,wifi&open=1&free=1&support=1&mobile=1&view=map');
    expect(parseState(url)).toEqual({ ...parseState(''), ...state });
  });
  it('keeps a commune and a place', () => {
    for (const url of ['?commune=02408', '?commune=2A004', '?commune=97113&place=fs-123', '?page=about']) {
      expect(serializeState(parseState(url))).toBe(url);
    }
  });
  it('keeps the orientation filters, a need and a hand-picked list', () => {
    const url = '?commune=02408&access=surdite,deficience-visuelle&today=1&weekend=1&walkin=1&need=imprimer&places=fs-1,cnfs-42';
    const state = parseState(url);
    expect(state).toMatchObject({ access: ['surdite', 'deficience-visuelle'], today: true, weekend: true, walkin: true, need: 'imprimer', places: ['fs-1', 'cnfs-42'] });
    expect(serializeState(state)).toBe(url);
    for (const page of ['orientation', 'favoris', 'fiche']) expect(parseState(`?page=${page}`).page).toBe(page);
  });
  it('keeps the question of a guided orientation, and only a known one', () => {
    const url = '?commune=02408&today=1&need=imprimer&page=orientation&step=how';
    expect(parseState(url).step).toBe('how');
    expect(serializeState(parseState(url))).toBe(url);
    expect(parseState('?page=orientation&step=later').step).toBeUndefined();
    expect(parseState('?lang=falc').lang).toBe('falc');
  });
  it('drops what is not valid', () => {
    expect(serializeState(parseState('?need=nope&access=x&places=<b>,fs-1,fs-1&page=admin'))).toBe('?places=fs-1');
    expect(serializeState(parseState('?near=abc&commune=x&kind=zzz&place=<script>'))).toBe('');
  });
});
