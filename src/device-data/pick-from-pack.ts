import type { Place } from '../shared/place';

export type PackQuery = { id: string } | { dep: string };

/** One place by id, or the places of a département, from the France pack's bytes. */
export function pickFromPack(buffer: ArrayBuffer, query: PackQuery): Place | Place[] | undefined {
  const places = JSON.parse(new TextDecoder().decode(buffer)) as Place[];
  return 'id' in query ? places.find((p) => p.id === query.id) : places.filter((p) => p.dep === query.dep);
}
