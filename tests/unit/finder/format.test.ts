import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDistance, statusText } from '../../../src/places/format';
import finderFr from '../../../src/i18n/locales/fr/finder.json';
import placeFr from '../../../src/i18n/locales/fr/place.json';

const t = () => i18next.getFixedT('fr', ['place', 'finder']);
beforeAll(async () => {
  await i18next.init({ lng: 'fr', resources: { fr: { finder: finderFr, place: placeFr } }, interpolation: { escapeValue: false } });
});

describe('French wording', () => {
  it('distances', () => {
    expect(formatDistance(t(), 'fr', 1.234)).toBe('1,2 km');
    expect(formatDistance(t(), 'fr', 0.084)).toBe('80 m');
    expect(formatDistance(t(), 'fr', 23.6)).toBe('24 km');
  });
  it('open / closed statuses', () => {
    const now = new Date(2024, 6, 5, 10, 0); // Friday 10:00
    expect(statusText(t(), 'fr', { state: 'open', now, until: new Date(2024, 6, 5, 17, 0) })).toBe('Ouvert · ferme à 17 h');
    expect(statusText(t(), 'fr', { state: 'open', now, until: new Date(2024, 6, 5, 12, 30) })).toBe('Ouvert · ferme à 12 h 30');
    expect(statusText(t(), 'fr', { state: 'closed', now, next: new Date(2024, 6, 5, 14, 0) })).toBe('Fermé · ouvre à 14 h');
    expect(statusText(t(), 'fr', { state: 'closed', now, next: new Date(2024, 6, 6, 9, 0) })).toBe('Fermé · ouvre demain à 9 h');
    expect(statusText(t(), 'fr', { state: 'closed', now, next: new Date(2024, 6, 8, 9, 0) })).toBe('Fermé · ouvre lundi à 9 h');
    expect(statusText(t(), 'fr', { state: 'none' })).toBe('Horaires non renseignés');
    expect(statusText(t(), 'fr', { state: 'text' })).toBe('Voir les horaires');
  });
});
