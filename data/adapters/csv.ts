import Papa from 'papaparse';
import type { RowProblem } from './types';

export interface NumberedRow<T> {
  /** 1 = first record after the header. */
  row: number;
  record: T;
}

type Fields = Record<string, string>;
interface Record_ {
  record: Fields;
  /** Papa's error codes for this record (wrong field count, broken quotes). */
  errors: string[];
}

const errorCodes = (errors: Papa.ParseError[]) => errors.filter((e) => e.code !== 'UndetectableDelimiter').map((e) => e.code);

/** `,`, `;` or tab: whichever the header line (outside quotes) uses most; a value's `|` or `,` never decides. */
function headerDelimiter(header: string): string {
  const bare = header.replace(/"[^"]*"/g, '');
  const count = (d: string) => bare.split(d).length - 1;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * The line, alone under the header, is one whole record with no stray quote: a row of the file, not
 * the inside of a quoted field ("12 rue X\n33000 Bordeaux",… reads `Bordeaux"` on its second line).
 */
function isWholeRecord(header: string, line: string, delimiter: string): boolean {
  const one = Papa.parse<Fields>(header + line, { header: true, delimiter, skipEmptyLines: 'greedy' });
  return one.data.length === 1 && errorCodes(one.errors).length === 0 && !Object.values(one.data[0]!).some((v) => v.includes('"'));
}

/** How many lines of a record's continuation are looked at for rows it swallowed. */
const SWALLOW_LOOKAHEAD = 50;

/**
 * The records of `body` (lines under `header`). A quote that a row opens and never closes makes the
 * following lines part of that row's field — flagged by Papa when the fields no longer add up, or
 * silently when another stray quote closes it at a line's end. Such a record (several lines, flagged,
 * or with a whole record of its own among its next lines) costs its first line only: the lines after
 * it are read again as the rows they are.
 */
function readRecords(header: string, body: string, delimiter: string, add: (r: Record_) => void): void {
  const text = header + body;
  const spans: (Record_ & { end: number })[] = [];
  Papa.parse<Fields>(text, { header: true, delimiter, skipEmptyLines: 'greedy', step: (r) => void spans.push({ record: r.data, errors: errorCodes(r.errors), end: r.meta.cursor }) });
  let start = header.length;
  for (const r of spans) {
    const raw = text.slice(start, r.end).replace(/^\n+/, '');
    start = r.end;
    const nl = raw.indexOf('\n');
    const rest = nl < 0 ? '' : raw.slice(nl + 1);
    const swallowed = rest.trim() !== '' && (r.errors.length > 0 || rest.split('\n', SWALLOW_LOOKAHEAD).some((line) => isWholeRecord(header, line, delimiter)));
    if (!swallowed) add(r);
    else {
      add({ record: {}, errors: r.errors.length ? r.errors : ['QuoteSpansRows'] });
      readRecords(header, rest, delimiter, add);
    }
  }
}

/**
 * Header CSV into records. Delimiter from the header line (`,`, `;` or tab), CRLF fine; the BOM is
 * already gone (decodeText). Rows Papa flags as malformed (wrong field count, broken quotes) become
 * problems; a broken quote costs its own row only (readRecords).
 */
export function parseCsv(text: string): { rows: NumberedRow<Fields>[]; problems: RowProblem[] } {
  // One line ending: a stray "\r" in a "\r\n" file would otherwise split or join rows.
  const input = text.replace(/\r\n?/g, '\n');
  const headerEnd = input.indexOf('\n') + 1 || input.length;
  const header = input.slice(0, headerEnd);
  const rows: NumberedRow<Fields>[] = [];
  const problems: RowProblem[] = [];
  readRecords(header.endsWith('\n') ? header : header + '\n', input.slice(headerEnd), headerDelimiter(header), ({ record, errors }) => {
    const row = rows.length + problems.length + 1;
    if (errors.length) problems.push({ row, reason: `csv-${errors[0]}` });
    else rows.push({ row, record });
  });
  return { rows, problems };
}
