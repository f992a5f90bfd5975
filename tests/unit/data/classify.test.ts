import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../../data/classify';
import { checkPosition } from '../../../data/validate';

describe('kind rules, in order', () => {
  it.each([
    [{ dataset: 'france-services', name: 'Médiathèque et France services' }, 'france-services'],
    [{ dataset: 'mediation', name: 'Espace', typologie: ['TIERS_LIEUX'] }, 'tiers-lieu'],
    [{ dataset: 'mediation', name: 'Atelier', typologie: ['FABLAB'] }, 'tiers-lieu'],
    [{ dataset: 'mediation', name: 'Tiers-Lieu de Saint-Mihiel' }, 'tiers-lieu'],
    [{ dataset: 'mediation', name: 'FabLab OpenFactory' }, 'tiers-lieu'],
    [{ dataset: 'bibliotheques', name: 'LE COSY Tiers-lieu-Médiathèque' }, 'tiers-lieu'],
    [{ dataset: 'bibliotheques', name: 'Médiathèque - Espace France services' }, 'mediatheque'],
    [{ dataset: 'mediation', name: 'Mairie', typologie: ['MSAP'] }, 'france-services'],
    [{ dataset: 'mediation', name: 'Relais', typologie: ['RFS'] }, 'france-services'],
    [{ dataset: 'mediation', name: "MAISON DE SERVICES AU PUBLIC D'ABONDANCE" }, 'france-services'],
    [{ dataset: 'mediation', name: 'MSAP de Mauléon' }, 'france-services'],
    [{ dataset: 'maine-et-loire', name: 'Centre social', category: 'Centre Social / France Services' }, 'france-services'],
    [{ dataset: 'mediation', name: 'Espace culturel', typologie: ['BIB'] }, 'mediatheque'],
    [{ dataset: 'maine-et-loire', name: 'Toussaint', category: 'Bibliothèque - Médiathèque' }, 'mediatheque'],
    [{ dataset: 'mediation', name: 'MEDIATHEQUE DE GRAND-RIVIERE' }, 'mediatheque'],
    [{ dataset: 'mediation', name: 'Cyber-base', typologie: ['EPN'] }, 'mediation'],
    [{ dataset: 'mediation', name: 'Centre social Fontreyne' }, 'mediation'],
  ] as const)('%j → %s', (hints, kind) => {
    expect(classifyKind({ ...hints, typologie: 'typologie' in hints ? [...hints.typologie] : undefined })).toBe(kind);
  });
});

describe('position checks', () => {
  it('accepts metropole, Corsica and overseas; rejects (0,0), missing, outside', () => {
    expect(checkPosition(48.85, 2.35)).toMatchObject({ ok: true, swapped: false });
    expect(checkPosition('41,92', '8,73')).toMatchObject({ ok: true, lat: 41.92, lon: 8.73 });
    expect(checkPosition(-20.93, 55.45)).toMatchObject({ ok: true });
    expect(checkPosition(-17.53, -149.57)).toMatchObject({ ok: true });
    expect(checkPosition(0, 0)).toEqual({ ok: false, reason: 'position-zero' });
    expect(checkPosition('', 2)).toEqual({ ok: false, reason: 'position-missing' });
    expect(checkPosition(40.4, -3.7)).toEqual({ ok: false, reason: 'position-outside-france' });
  });
  it('fixes swapped pairs only when the swap lands in France', () => {
    expect(checkPosition(2.35, 48.85)).toEqual({ ok: true, lat: 48.85, lon: 2.35, swapped: true });
    expect(checkPosition(-61.07, 14.64)).toEqual({ ok: true, lat: 14.64, lon: -61.07, swapped: true });
    expect(checkPosition(-3.7, 40.4)).toEqual({ ok: false, reason: 'position-outside-france' });
  });
});
