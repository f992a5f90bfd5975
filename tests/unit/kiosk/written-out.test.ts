import { describe, expect, it } from 'vitest';
import { writtenOut } from '../../../src/kiosk/written-out';
import { formatPhone } from '../../../src/places/phone';

describe('kiosk: links written out', () => {
  it('writes phone numbers the French way', () => {
    expect(writtenOut('tel:+33323237009', 'tel')).toBe('03 23 23 70 09');
    expect(writtenOut('tel:+596596123456', 'tel')).toBe('05 96 12 34 56');
    expect(formatPhone('+262262123456')).toBe('02 62 12 34 56');
    expect(formatPhone('+41221234567')).toBe('+41221234567');
  });

  it('gives the e-mail address and the site without its scheme', () => {
    expect(writtenOut('mailto:contact@mairie-laon.fr?subject=Bonjour', 'mailto')).toBe('contact@mairie-laon.fr');
    expect(writtenOut('mailto:jean%2Bmarie@example.fr', 'mailto')).toBe('jean+marie@example.fr');
    expect(writtenOut('https://www.ville-laon.fr/', 'web')).toBe('ville-laon.fr');
    expect(writtenOut('http://example.org/aide?x=1', 'web')).toBe('example.org/aide?x=1');
  });

  it('has nothing to write for directions', () => {
    expect(writtenOut('geo:49.5,3.6', 'directions')).toBe('');
  });
});
