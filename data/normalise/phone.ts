// French numbers to E.164. Overseas numbers are dialled from metropolitan France with a
// 10-digit national form (0590…, 0696…) but belong to their own country codes.

/** National prefix (first 4 digits of the 10-digit form) → country code, for the overseas départements. */
const OVERSEAS_PREFIX: Record<string, string> = {
  '0590': '590', '0690': '590', '0691': '590', // Guadeloupe, Saint-Barthélemy, Saint-Martin
  '0594': '594', '0694': '594', // Guyane
  '0596': '596', '0696': '596', '0697': '596', // Martinique
  '0262': '262', '0263': '262', '0692': '262', '0693': '262', // La Réunion
  '0269': '262', '0639': '262', // Mayotte uses +262 since 2007
  '0508': '508', // Saint-Pierre-et-Miquelon
};

/** Territories with short local numbers and their own country code (no 0 trunk prefix). */
const LOCAL_NUMBERING: Record<string, { code: string; digits: number }> = {
  '975': { code: '508', digits: 6 },
  '986': { code: '681', digits: 6 },
  '987': { code: '689', digits: 8 },
  '988': { code: '687', digits: 6 },
};

const COUNTRY_CODES = ['33', '590', '594', '596', '262', '269', '508', '681', '687', '689'];

/**
 * Normalise a phone number to E.164, using the place's département for local short forms.
 * Several numbers in one field: the first one wins. Returns undefined when nothing usable remains.
 */
export function toE164(raw: string | number | undefined, dep?: string): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const first = String(raw).split(/[\/;,]|\bou\b/)[0] ?? '';
  let s = first.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (s.startsWith('00')) s = '+' + s.slice(2);
  if (s.startsWith('+')) return fromInternational(s.slice(1));
  const local = dep ? LOCAL_NUMBERING[dep] : undefined;
  if (local && s.length === local.digits) return `+${local.code}${s}`;
  // Spreadsheets drop the leading zero of "0612345678".
  if (s.length === 9 && /^[1-9]/.test(s)) s = '0' + s;
  return fromNational(s);
}

function fromNational(s: string): string | undefined {
  if (!/^0[1-9]\d{8}$/.test(s)) return undefined;
  const overseas = OVERSEAS_PREFIX[s.slice(0, 4)];
  // Saint-Pierre-et-Miquelon numbers have 6 digits: "0508" is only how France dials them.
  if (overseas === '508') return `+508${s.slice(4)}`;
  return `+${overseas ?? '33'}${s.slice(1)}`;
}

function fromInternational(input: string): string | undefined {
  let digits = input;
  if (!/^\d+$/.test(digits)) return undefined;
  if (digits.startsWith('33')) {
    // "+33 590 …" is an overseas number written with the metropolitan code: re-read it.
    return fromNational('0' + digits.slice(2).replace(/^0/, ''));
  }
  let code = COUNTRY_CODES.find((c) => digits.startsWith(c));
  if (!code) return undefined;
  // +269 is the Comoros: Mayotte numbers written with it moved to +262 in 2007.
  if (code === '269') [code, digits] = ['262', '262' + digits.slice(3)];
  const rest = digits.slice(code.length).replace(/^0/, '');
  const local = Object.values(LOCAL_NUMBERING).find((l) => l.code === code);
  if (local) return rest.length === local.digits ? `+${code}${rest}` : undefined;
  // +590 590 12 34 56: country code then the 9 digits of the national number.
  return /^[1-9]\d{8}$/.test(rest) ? `+${code}${rest}` : undefined;
}

/** What the app and the tests accept as a published phone number. */
export const E164 = /^\+(33[1-9]\d{8}|(590|594|596|262)[1-9]\d{8}|(508|681|687)\d{6}|689\d{8})$/;
