import Papa from 'papaparse';
import type { RowProblem } from './types';

export interface NumberedRow<T> {
  /** 1 = first record after the header. */
  row: number;
  record: T;
}

type Record_ = Record<string, string>;
interface Parsed {
  record: Record_;
  /** Papa's error codes for this record (wrong field count, broken quotes). */
  errors: string[];
  /** Where the record is in the text, [start, end). */
  span: [number, number];
}

const errorCodes = (errors: Papa.ParseError[]) => errors.filter((e) => e.code !== 'UndetectableDelimiter').map((e) => e.code);

/**
 * Header CSV into records. Delimiter sniffed (`,` or `;`), CRLF fine; the BOM is already gone
 * (decodeText). Rows Papa flags as malformed (wrong field count, broken quotes) become problems.
 *
 * A quote that a row opens and never closes makes every following line part of that row's field.
 * Such a record (flagged, and spanning several lines) is read again line by line: the broken line is
 * reported, the lines after it come through as the rows they are.
 */
export function parseCsv(text: string): { rows: NumberedRow<Record_>[]; problems: RowProblem[] } {
  // One line ending: a stray "\r" in a "\r\n" file would otherwise split or join rows.
  const input = text.replace(/\r\n?/g, '\n');
  const headerEnd = input.indexOf('\n') + 1;
  const parsed: Parsed[] = [];
  let start = headerEnd;
  let delimiter = ',';
  Papa.parse<Record_>(input, {
    header: true,
    skipEmptyLines: 'greedy',
    step: (r) => {
      parsed.push({ record: r.data, errors: errorCodes(r.errors), span: [start, r.meta.cursor] });
      start = r.meta.cursor;
      delimiter = r.meta.delimiter;
    },
  });

  const rows: NumberedRow<Record_>[] = [];
  const problems: RowProblem[] = [];
  const add = ({ record, errors }: Pick<Parsed, 'record' | 'errors'>) => {
    const row = rows.length + problems.length + 1;
    if (errors.length) problems.push({ row, reason: `csv-${errors[0]}` });
    else rows.push({ row, record });
  };
  const header = input.slice(0, headerEnd);
  for (const p of parsed) {
    const lines = input.slice(...p.span).split('\n').filter((l) => l.trim() !== '');
    if (p.errors.length === 0 || lines.length < 2) {
      add(p);
      continue;
    }
    for (const line of lines) {
      const one = Papa.parse<Record_>(header + line, { header: true, delimiter, skipEmptyLines: 'greedy' });
      add({ record: one.data[0] ?? {}, errors: errorCodes(one.errors) });
    }
  }
  return { rows, problems };
}
