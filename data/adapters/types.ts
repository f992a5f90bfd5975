import type { Draft } from '../draft';
import type { Dataset } from '../sources';

/** A row the adapter could not even read (not an object, broken CSV line…). */
export interface RowProblem {
  row: number;
  reason: string;
}

export interface AdapterResult {
  rowsRead: number;
  drafts: Draft[];
  problems: RowProblem[];
}

export type Adapter = (text: string, dataset: Dataset) => AdapterResult;
