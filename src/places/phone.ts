/** Calling codes written the national way (0 + 9 digits): mainland and the overseas départements. */
const NATIONAL = ['33', '262', '590', '594', '596'];

/**
 * +33612345678 → "06 12 34 56 78", +590590123456 → "05 90 12 34 56": how people read and dial
 * a French number. Anything else stays in E.164, which every phone dials.
 */
export function formatPhone(e164: string): string {
  const digits = e164.replace(/[^\d+]/g, '');
  for (const code of NATIONAL) {
    const rest = digits.startsWith(`+${code}`) ? digits.slice(code.length + 1) : '';
    if (rest.length === 9) return `0${rest}`.replace(/(\d\d)(?=\d)/g, '$1 ');
  }
  return digits;
}
