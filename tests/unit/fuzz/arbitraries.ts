// Generators shared by the property tests of the pipeline (fast-check): hostile text, broken bytes,
// and the run settings. One fixed seed, so that CI runs the same cases every time; FUZZ_SEED and
// FUZZ_RUNS explore further by hand (`FUZZ_SEED=7 FUZZ_RUNS=5 npx vitest run tests/unit/fuzz`).
import fc from 'fast-check';

export const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** Multiplies every numRuns (1 in CI). */
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);

/** fast-check parameters of one property: the seed, and runs scaled by FUZZ_RUNS. */
export const params = (numRuns: number): fc.Parameters<unknown> => ({
  seed: SEED,
  numRuns: Math.max(1, Math.round(numRuns * SCALE)),
  // A failure is shrunk to its smallest case, within the test's time (vitest stops a test at 60 s).
  interruptAfterTimeLimit: 50_000,
  markInterruptAsFailure: true,
});

/** C0 and C1 control characters, DEL included (what `\p{Cc}` matches). */
export const controlChar = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((c) => String.fromCharCode(c));

/** Characters that break CSV, JSON, HTML or the reading order when they appear in a field. */
export const trickyChar = fc.constantFrom(
  '"', "'", ',', ';', '|', '/', '\\', '\n', '\r', '\r\n', '\t', '<', '>', '&', '=', ':', '{', '}', '[', ']', '`', '$',
  '\u202e', '\u202d', '\u202a', '\u2066', '\u2069', // bidi overrides and isolates
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero-width characters, BOM inside text
  '\u00a0', '\u2028', '\u2029', '\u3000', // unusual spaces and line separators
  '\ud800', '\udfff', // lone surrogates
  'Ã©', 'Ã¨', 'â€™', 'Â°', 'ÃƒÂ©', // mojibake, single and double
  'é', 'è', 'ç', 'œ', 'É', 'ß', 'İ', '😀', '👩‍💻', 'ﬁ',
);

/** Payloads that would run if text from data reached the DOM as HTML or a URL (the XSS corpus has more). */
export const injection = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'-alert(1)-'",
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '&lt;b&gt;&#60;script&#62;',
  '[lien](javascript:alert(1))',
);

/** Any text a data file may hold in a field: plain, tricky, control characters, injections. */
export const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: fc.oneof(trickyChar, controlChar, fc.string({ minLength: 1, maxLength: 1 })), maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: injection },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'null', 'undefined', 'NaN', '0', '-1', 'true', 'oui', 'non', 'N/A', '1e308', '0x1F') },
);

/** A field value of any JSON type, as a schema-like file might hold it by mistake. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.MAX_VALUE), fc.constant(-0)) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), hostileText, { maxKeys: 2 }) },
);

/** A huge value (up to 200 KB): a field nobody meant to be that long. */
export const hugeText = fc.tuple(hostileText, fc.integer({ min: 1_000, max: 20_000 })).map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, (s || 'x').length))).slice(0, n * 10));

/** Bytes that are not valid UTF-8: lone continuation bytes, truncated sequences, overlongs, surrogates. */
export const brokenUtf8 = fc.constantFrom(
  [0x80], [0xbf], [0xc3], [0xe2, 0x80], [0xf0, 0x9f, 0x98], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xfe], [0xf8, 0x88, 0x80, 0x80, 0x80],
);

/** Byte-order marks a file may start with. */
export const BOMS = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff] } as const;

/** `\p{Cc}`: what no text leaving the pipeline may hold. */
export const CONTROL = /\p{Cc}/u;
