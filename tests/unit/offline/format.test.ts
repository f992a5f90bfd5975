import { describe, expect, it } from 'vitest';
import { formatBytes, formatDataDate } from '../../../src/offline/format';

const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('formatBytes', () => {
  it('writes French sizes with a decimal comma', () => {
    expect(nbsp(formatBytes(2_400_000))).toBe('2,4 Mo');
    expect(nbsp(formatBytes(850_000))).toBe('850 Ko');
    expect(nbsp(formatBytes(12_345_678))).toBe('12 Mo');
    expect(nbsp(formatBytes(999))).toBe('999 octets');
    expect(nbsp(formatBytes(1_500_000_000))).toBe('1,5 Go');
  });
  it('drops a useless ",0"', () => {
    expect(nbsp(formatBytes(3_000_000))).toBe('3 Mo');
  });
  it('writes English sizes with a decimal point', () => {
    expect(nbsp(formatBytes(2_400_000, 'en'))).toBe('2.4 MB');
  });
  it('never goes negative', () => {
    expect(nbsp(formatBytes(-5))).toBe('0 octets');
  });
});

describe('formatDataDate', () => {
  it('uses the French ordinal for the first of the month', () => {
    expect(formatDataDate('2024-08-01T00:00:00Z')).toBe('1er août 2024');
    expect(formatDataDate('2024-08-12')).toBe('12 août 2024');
  });
  it('keeps a month-only date month-only (source dates like "2022-07")', () => {
    expect(formatDataDate('2024-03')).toBe('mars 2024');
    expect(formatDataDate('2022-07', 'en')).toBe('July 2022');
  });
  it('writes Kreyòl dates the French way', () => {
    expect(formatDataDate('2024-08-01', 'gcf')).toBe('1er août 2024');
  });
  it('writes English dates without the ordinal', () => {
    expect(formatDataDate('2024-08-01', 'en')).toBe('1 August 2024');
  });
  it('keeps an unreadable date as it is', () => {
    expect(formatDataDate('bientôt')).toBe('bientôt');
  });
});
