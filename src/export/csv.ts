// RFC 4180 CSV: comma-separated, CRLF line ends, every non-empty cell in double quotes (a quote
// inside is doubled), empty cells left bare so that readers see "no value". UTF-8 without a BOM,
// like the national files.
import { FIELDS, type SchemaRow } from './national-schema';

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

function cell(value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  return quote(String(value));
}

export function toCsv(rows: SchemaRow[]): string {
  const lines = [FIELDS.map(quote).join(',')];
  for (const row of rows) lines.push(FIELDS.map((f) => cell(row[f])).join(','));
  return lines.join('\r\n') + '\r\n';
}
