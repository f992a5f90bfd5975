import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../../src/places/phone';

describe('formatPhone', () => {
  it('writes French numbers in pairs, as people read and dial them, overseas included', () => {
    expect(formatPhone('+33123456789')).toBe('01 23 45 67 89');
    expect(formatPhone('+590590123456')).toBe('05 90 12 34 56');
    expect(formatPhone('+262692123456')).toBe('06 92 12 34 56');
    expect(formatPhone('+262269612345')).toBe('02 69 61 23 45');
  });
  it('leaves other numbers in E.164, which every phone dials', () => {
    expect(formatPhone('+687123456')).toBe('+687123456');
    expect(formatPhone('+508412345')).toBe('+508412345');
  });
});
