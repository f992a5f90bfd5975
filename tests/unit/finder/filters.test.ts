import { describe, expect, it } from 'vitest';
import { countMatching, placeFilter } from '../../../src/places/filters';
import { freeFilter } from '../../../src/places/filters/free';
import { kindFilter } from '../../../src/places/filters/kind';
import { mobileFilter } from '../../../src/places/filters/mobile';
import { openNowFilter } from '../../../src/places/filters/open-now';
import { servicesFilter } from '../../../src/places/filters/services';
import { supportFilter } from '../../../src/places/filters/support';
import { EMPTY_STATE } from '../../../src/app/url-state';
import { place } from './fixtures';

const fs = place('fs', 0, 0, { kind: 'france-services', services: ['demarches', 'wifi'], fees: 'gratuit' });
const bus = place('bus', 0, 0, { kind: 'france-services', mobile: true, services: ['demarches'] });
const lib = place('lib', 0, 0, { kind: 'mediatheque', services: ['wifi', 'printing'], support: ['surdite'], fees: 'payant' });
const epn = place('epn', 0, 0, { kind: 'mediation', services: [], fees: 'gratuit-sous-condition' });
const all = [fs, bus, lib, epn];
const ids = (test: (p: (typeof all)[number]) => boolean) => all.filter(test).map((p) => p.id);

describe('filters', () => {
  it('kind: none chosen keeps all, else any of the chosen', () => {
    expect(ids(kindFilter([]))).toEqual(['fs', 'bus', 'lib', 'epn']);
    expect(ids(kindFilter(['mediatheque', 'mediation']))).toEqual(['lib', 'epn']);
  });
  it('services: every chosen one', () => {
    expect(ids(servicesFilter(['wifi']))).toEqual(['fs', 'lib']);
    expect(ids(servicesFilter(['wifi', 'demarches']))).toEqual(['fs']);
  });
  it('free: only "gratuit"', () => expect(ids(freeFilter)).toEqual(['fs']));
  it('support: any accessibility support', () => expect(ids(supportFilter)).toEqual(['lib']));
  it('mobile: only itinerant', () => expect(ids(mobileFilter)).toEqual(['bus']));
  it('open now: only a definite yes', () => {
    const isOpen = (p: { id: string }) => (p.id === 'fs' ? true : p.id === 'lib' ? undefined : false);
    expect(ids(openNowFilter(isOpen))).toEqual(['fs']);
  });
  it('composes the URL filters', () => {
    const f = { ...EMPTY_STATE, kinds: ['france-services' as const], services: ['demarches' as const], mobile: true };
    expect(ids(placeFilter(f, () => false))).toEqual(['bus']);
    expect(countMatching(all, { ...EMPTY_STATE, services: ['wifi'] }, () => false)).toBe(2);
    expect(countMatching(all, EMPTY_STATE, () => false)).toBe(4);
  });
});
