import { describe, expect, it } from 'vitest';
import { likelySuccessor } from '../../../src/favourites/successor';
import { place } from '../finder/fixtures';

// ~0.0009° of latitude is 100 m.
const gone = place('med-1', 49.5641, 3.6199, { name: 'Espace numérique de Laon', address: { street: '12 rue Sérurier', commune: 'Laon' } });

describe('likelySuccessor: the record a gone id was probably merged into', () => {
  it('the nearest record within 150 m sharing a name word, town words aside', () => {
    const near = place('fs-1', 49.5645, 3.6199, { name: 'France services - espace numérique', address: { commune: 'Laon' } });
    const nearer = place('x', 49.5642, 3.6199, { name: 'Bibliothèque de Laon', address: { street: 'Place Aubry', commune: 'Laon' } });
    expect(likelySuccessor(gone, [nearer, near])).toEqual({ place: near, metres: 44 });
  });

  it('or the same street address', () => {
    const same = place('fs-2', 49.5642, 3.62, { name: 'Point France Services', address: { street: '12, rue Serurier', commune: 'Laon' } });
    const otherNumber = place('fs-3', 49.5641, 3.6199, { name: 'Point Info', address: { street: '14 rue Sérurier', commune: 'Laon' } });
    expect(likelySuccessor(gone, [otherNumber, same])?.place.id).toBe('fs-2');
  });

  it('nothing beyond 150 m, nothing unalike, never itself', () => {
    const far = place('far', 49.5661, 3.6199, { name: 'Espace numérique', address: { commune: 'Laon' } });
    const unalike = place('u', 49.5641, 3.6199, { name: 'Mairie de Laon', address: { commune: 'Laon' } });
    expect(likelySuccessor(gone, [far, unalike, gone])).toBeUndefined();
  });
});
