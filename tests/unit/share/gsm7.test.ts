import { describe, expect, it } from 'vitest';
import { gsm7Length, isGsm7, toGsm7 } from '../../../src/share/gsm7';

describe('GSM 7-bit alphabet', () => {
  it('accepts the French accents GSM-7 has and refuses the others', () => {
    expect(isGsm7('é è ù ì ò Ç à')).toBe(true);
    expect(isGsm7('ê')).toBe(false);
    expect(isGsm7('œ')).toBe(false);
    expect(isGsm7('ç')).toBe(false);
    expect(isGsm7('’')).toBe(false);
    expect(isGsm7('😀')).toBe(false);
  });

  it('counts extension characters twice', () => {
    expect(gsm7Length('abc')).toBe(3);
    expect(gsm7Length('10€')).toBe(4);
    expect(gsm7Length('[x]')).toBe(5);
    expect(gsm7Length('œ')).toBe(Infinity);
  });

  it('transliterates French and Kreyòl text', () => {
    expect(toGsm7('Œuvre d’art – fête')).toBe("OEuvre d'art - fete");
    expect(toGsm7('Façade « île »')).toBe('Facade " ile "');
    expect(toGsm7('Kréyòl lékòl')).toBe('Kréyòl lékòl');
    expect(toGsm7('Café 😀 ☕ ok')).toBe('Café ok');
    expect(toGsm7('9\u00a0h\u202f30…')).toBe('9 h 30...');
    expect(toGsm7('Ÿ â î ô û ë ï')).toBe('Y a i o u e i');
  });

  it('only produces basic GSM-7 characters', () => {
    const all = Array.from({ length: 0x2fff }, (_, i) => String.fromCodePoint(i)).join('');
    const out = toGsm7(all);
    expect(isGsm7(out)).toBe(true);
    expect(gsm7Length(out)).toBe(out.length);
  });
});
