import Papa from 'papaparse';
import type { RowProblem } from './types';

export interface NumberedRow<T> {
  /** 1 = first record after the header. */
  row: number;
  record: T;
}

/**
 * Header CSV into records. Delimiter sniffed (`,` or `;`), CRLF fine; the BOM is already gone
 * (decodeText). Rows Papa flags as malformed (wrong field count, broken quotes) become problems.
 */
export function parseCsv(text: string): { rows: NumberedRow<Record<string, string>>[]; problems: RowProblem[] } {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const bad = new Map<number, string>();
  for (const e of parsed.errors) if (typeof e.row === 'number' && e.code !== 'UndetectableDelimiter') bad.set(e.row, `csv-${e.code}`);
  const rows: NumberedRow<Record<string, string>>[] = [];
  const problems: RowProblem[] = [];
  parsed.data.forEach((record, i) => {
    const reason = bad.get(i);
    if (reason) problems.push({ row: i + 1, reason });
    else rows.push({ row: i + 1, record });
  });
  return { rows, problems };
}
