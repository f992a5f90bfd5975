// Declared column mappings: how a source that is "the national schema with its own column names"
// reads as the schema. Like the national cartography's mednum-cli per-source configs, a mapping
// says, for each schema field, which column(s) of the source hold it and how; a field the mapping
// does not name is read from the column of the same name. The adapter then reads the schema
// fields only, so a column that names people (c_contacts, CONTACT, aidants…) is never read.

/**
 * Where one schema field comes from:
 * - `'Colonne'`: that column;
 * - `{ first: [...] }`: the first of these columns that holds a value;
 * - `{ join: [...], separator }`: these columns put together (empty ones skipped);
 * - `{ column, pattern }`: the first group of `pattern` in that column (a postcode inside an address);
 * - `{ terms: [...] }`: schema words from the source's own (each term that matches adds its value);
 * - `{ value }`: the same value on every row;
 * - an array of those: every value found, `|`-separated (the schema's list separator).
 */
export type FieldSpec =
  | string
  | { first: string[] }
  | { join: string[]; separator?: string }
  | { column: string; pattern: RegExp }
  | { terms: Term[] }
  | { value: string }
  | FieldSpec[];

/** `value` when any of `columns` matches `match` (flags "True", a category, a free label). */
export interface Term {
  columns: string[];
  match: RegExp;
  value: string;
}

export type ColumnMapping = Readonly<Record<string, FieldSpec>>;

type Row = Record<string, unknown>;

/** How much of a cell a `{ column, pattern }` spec reads. */
export const PATTERN_INPUT_MAX = 1000;

/** A cell as text: numbers as written, arrays (data·inclusion labels) comma-joined, blanks as undefined. */
export function cell(row: Row, column: string): string | undefined {
  const v = row[column];
  if (v === null || v === undefined) return undefined;
  const s = (Array.isArray(v) ? v.join(',') : String(v)).trim();
  return s === '' ? undefined : s;
}

/** The value of one spec in one row (undefined when the row holds nothing for it). */
export function readSpec(row: Row, spec: FieldSpec): string | undefined {
  if (typeof spec === 'string') return cell(row, spec);
  if (Array.isArray(spec)) {
    const values = spec.map((s) => readSpec(row, s)).filter((v) => v !== undefined);
    return values.length ? [...new Set(values.flatMap((v) => v.split('|')))].join('|') : undefined;
  }
  if ('first' in spec) return spec.first.map((c) => cell(row, c)).find((v) => v !== undefined);
  if ('join' in spec) {
    const parts = spec.join.map((c) => cell(row, c)).filter((v) => v !== undefined);
    return parts.length ? parts.join(spec.separator ?? ' ') : undefined;
  }
  if ('pattern' in spec) {
    // No address runs to a thousand characters; beyond that a pattern only spends time (quadratic for some).
    const m = spec.pattern.exec(cell(row, spec.column)?.slice(0, PATTERN_INPUT_MAX) ?? '');
    return m?.[1]?.trim() || undefined;
  }
  if ('terms' in spec) {
    const values = spec.terms.filter((t) => t.columns.some((c) => t.match.test(cell(row, c) ?? ''))).map((t) => t.value);
    return values.length ? [...new Set(values)].join('|') : undefined;
  }
  return spec.value;
}

/** Reader of schema fields for one row: the mapping where it names the field, the same-named column otherwise. */
export function schemaReader(row: Row, mapping: ColumnMapping = {}): (field: string) => string | undefined {
  return (field) => {
    const spec = mapping[field];
    return spec === undefined ? cell(row, field) : readSpec(row, spec);
  };
}
