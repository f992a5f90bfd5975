import { describe, expect, it } from 'vitest';
import { personalUrl } from '../../../src/share/share-url';

describe('personalUrl', () => {
  it('drops kiosk settings and the large view, keeps the search and the language', () => {
    expect(personalUrl('http://127.0.0.1:4173/?mode=kiosk&label=M%C3%A9diath%C3%A8que&idle=90&lang=gcf&near=49.5,3.6&kind=mediation,tiers-lieu&place=abc&large=1')).toBe(
      'http://127.0.0.1:4173/?lang=gcf&near=49.5,3.6&kind=mediation,tiers-lieu&place=abc',
    );
  });

  it('resolves a relative address', () => {
    expect(personalUrl('/?place=abc', 'https://repere.example/x')).toBe('https://repere.example/?place=abc');
  });
});
