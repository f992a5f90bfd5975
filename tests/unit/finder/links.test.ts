import { describe, expect, it } from 'vitest';
import { geoHref, mailtoHref, osmDirectionsHref, safeWebUrl, telHref } from '../../../src/places/links';
import { place } from './fixtures';

describe('links built from data', () => {
  it('lets only http(s) addresses through as web links (website, booking, correction)', () => {
    expect(safeWebUrl('https://www.example.fr/rdv?x=1')).toBe('https://www.example.fr/rdv?x=1');
    expect(safeWebUrl('HTTP://example.fr')).toBe('HTTP://example.fr');
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//example.fr', 'www.example.fr', 'https://exa mple.fr', 'mailto:a@b.fr', '', undefined]) {
      expect(safeWebUrl(bad), String(bad)).toBeUndefined();
    }
  });

  it('tel: keeps only + and digits; mailto: only a plain address', () => {
    expect(telHref('+33 1 23 45 67 89')).toBe('tel:+33123456789');
    expect(telHref('+590590123456";alert(1)')).toBe('tel:+5905901234561');
    expect(mailtoHref('accueil@mairie.fr')).toBe('mailto:accueil@mairie.fr');
    for (const bad of ['accueil@mairie.fr?bcc=x@y.fr "x"', 'a b@c.fr', 'no-at-sign', '<a@b.fr>']) expect(mailtoHref(bad), bad).toBeUndefined();
  });

  it('directions without Google: geo: and OpenStreetMap', () => {
    const p = place('p', 16.2411, -61.5331);
    expect(geoHref(p)).toBe('geo:16.2411,-61.5331');
    expect(osmDirectionsHref(p)).toBe('https://www.openstreetmap.org/directions?to=16.2411%2C-61.5331');
  });
});
