import { dataSource } from '../places/data-source';
import type { Commune } from '../shared/place';

let communes: Promise<Commune[]> | undefined;

/**
 * The town list, held in memory once loaded: a kiosk fetches it at start, while the network is
 * there, so the town picker keeps working when the library's connection drops.
 */
export function kioskCommunes(): Promise<Commune[]> {
  communes ??= dataSource.communes();
  communes.catch(() => (communes = undefined));
  return communes;
}
