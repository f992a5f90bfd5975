import type { Place } from '../shared/place';

export type PackQuery = { id: string } | { dep: string };

export const parsePack = (buffer: ArrayBuffer): Place[] => JSON.parse(new TextDecoder().decode(buffer)) as Place[];

/** One place by id (or by an id merged into it since: Place.aliases), or the places of a département. */
export const queryPack = (places: Place[], query: PackQuery): Place | Place[] | undefined =>
  'id' in query ? places.find((p) => p.id === query.id || p.aliases?.includes(query.id)) : places.filter((p) => p.dep === query.dep);
