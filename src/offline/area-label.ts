import { depsOfArea } from '../device-data/areas';
import { DEPARTEMENT_NAMES, REGIONS } from '../shared/regions';

/** "Aisne (02)", "Hauts-de-France", or the translated "whole of France". */
export function areaLabel(id: string, wholeFrance: string): string {
  const deps = depsOfArea(id);
  if (!deps) return wholeFrance;
  const [type, code] = id.split(':');
  if (type === 'region') return REGIONS.find((r) => r.code === code)?.name ?? code;
  return DEPARTEMENT_NAMES[code] ? `${DEPARTEMENT_NAMES[code]} (${code})` : code;
}
