// The list of areas kept on the device, as stored (./cache.ts). Apart from
// areas.ts so that the first screen's code (which records the area of a search) does not
// carry the table of regions.

export interface StoredArea {
  /** 'dep:02', 'region:32' or 'france'. */
  id: string;
  /** True when kept automatically because a search read it (the area around the user). */
  auto?: true;
  /** Epoch ms of the save. */
  savedAt: number;
}

/** Adds or upgrades an area: an explicit save turns an automatic one into a saved one. */
export function withArea(areas: StoredArea[], id: string, auto: boolean, now: number): StoredArea[] {
  const existing = areas.find((a) => a.id === id);
  if (existing && (auto || !existing.auto)) return areas;
  const area: StoredArea = auto ? { id, auto: true, savedAt: now } : { id, savedAt: now };
  return [...areas.filter((a) => a.id !== id), area];
}

export const withoutArea = (areas: StoredArea[], id: string): StoredArea[] => areas.filter((a) => a.id !== id);

