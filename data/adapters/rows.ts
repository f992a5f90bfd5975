import { slugId, type Draft } from '../draft';
import type { Dataset } from '../sources';
import type { NumberedRow } from './csv';
import type { AdapterResult, RowProblem } from './types';

export type Row = Record<string, unknown>;

/** A row's fields; `source`, `row` and `id` are filled in by readRows. */
export type DraftFields = Omit<Draft, 'source' | 'row' | 'id'>;

/**
 * The part every adapter shares: each record must be an object with an id, then `toDraft` maps it
 * or refuses it with a reason (CSV records are always objects, typed `R` by the caller). `unreadable` are the rows the parser could not read: they count as
 * read, so that read = kept + rejected + merged in the manifest.
 */
export function readRows<R extends Row = Row>(
  records: NumberedRow<unknown>[],
  unreadable: RowProblem[],
  dataset: Dataset,
  /** The column holding the row's id (prefixed with the dataset's), or a function giving the whole place id. */
  idOf: string | ((r: R) => string | undefined),
  toDraft: (r: R) => DraftFields | { reason: string },
): AdapterResult {
  const problems = [...unreadable];
  const drafts: Draft[] = [];
  for (const { row, record } of records) {
    if (typeof record !== 'object' || record === null) {
      problems.push({ row, reason: 'not-an-object' });
      continue;
    }
    const r = record as R;
    const id = typeof idOf === 'string' ? slugId(dataset.idPrefix, r[idOf]) : idOf(r);
    if (!id) {
      problems.push({ row, reason: 'id-missing' });
      continue;
    }
    const fields = toDraft(r);
    if ('reason' in fields) problems.push({ row, reason: fields.reason });
    else drafts.push({ source: dataset.id, row, id, ...fields });
  }
  return { rowsRead: records.length + unreadable.length, drafts, problems };
}
