// Terms several mappings share.
import type { Term } from '../mapping';

/** Rows a hub took from the France Tiers-Lieux census are tiers-lieux, whatever their name. */
export const FROM_TIERS_LIEUX_CENSUS: Term = { columns: ['source'], match: /tiers-lieux/i, value: 'TIERS_LIEUX' };

const TRUE = /^(true|oui|1)$/i;
/** `value` when the yes/no column `column` says yes. */
export const flag = (column: string, value: string): Term => ({ columns: [column], match: TRUE, value });
