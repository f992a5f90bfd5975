// The communes gazetteer: current communes (decoupage-administratif) positioned with the 2018 IGN
// centroids, and the resolver that gives every place a current commune and INSEE code.
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import type { Commune } from '../src/shared/place';
import { distanceKm } from '../src/shared/geo';
import { fold } from './normalise/text';
import { pushTo } from './push-to';

interface DecoupageCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
}

export function loadDecoupage(): DecoupageCommune[] {
  return createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as DecoupageCommune[];
}

/**
 * Communes outside the 2018 IGN contours (overseas collectivities) have no centroid: they get the
 * position of their main town, or of the territory's capital where a territory has many communes
 * (Polynésie, Nouvelle-Calédonie). Approximate by design, documented in docs/data.md.
 */
const ANCHORS: Record<string, [number, number]> = {
  '97501': [47.0975, -56.3814], '97502': [46.7811, -56.1764],
  '97701': [17.8978, -62.8508], '97801': [18.0708, -63.0501],
  '98411': [-38.7167, 77.5333], '98412': [-49.3496, 70.2196], '98413': [-46.4119, 51.8567],
  '98414': [-66.6628, 140.0014], '98415': [-17.0533, 42.7125],
  '98611': [-14.3075, -178.0719], '98612': [-14.2717, -178.1580], '98613': [-13.2825, -176.1764],
  '987': [-17.5350, -149.5696], '988': [-22.2758, 166.4580], '98901': [10.3000, -109.2167],
};

export type PositionMethod = 'centroid' | 'former-communes' | 'postcode-siblings' | 'anchor' | 'centre-2025';

/** A commune centre of the national geographic API (geo.api.gouv.fr `centre`), 2025. */
export interface CommuneCentre {
  code: string;
  lat: number;
  lon: number;
}

/** The 2025 centres file as copied (`{code, nom, dept, lat, lon, population}`), or as geo.api.gouv.fr serves it (`centre` GeoJSON point). */
export function parseCommuneCentres(json: string): CommuneCentre[] {
  const rows = JSON.parse(json) as { code?: string; lat?: number; lon?: number; centre?: { coordinates?: [number, number] } }[];
  const centres: CommuneCentre[] = [];
  for (const r of Array.isArray(rows) ? rows : []) {
    const [lon, lat] = r.centre?.coordinates ?? [r.lon, r.lat];
    if (typeof r.code === 'string' && Number.isFinite(lat) && Number.isFinite(lon)) centres.push({ code: r.code, lat: lat!, lon: lon! });
  }
  return centres;
}

export interface Gazetteer {
  communes: Commune[];
  byInsee: Map<string, Commune>;
  /** Communes whose position is not their own 2018 centroid, and how it was made. */
  positionFallbacks: { insee: string; name: string; method: PositionMethod }[];
  /** Any code (current, former, delegated, municipal arrondissement) → current INSEE code. */
  currentCode: Map<string, string>;
  byPostcode: Map<string, Commune[]>;
  /** Folded name (and former names) → current communes. */
  byName: Map<string, Commune[]>;
  byDep: Map<string, Commune[]>;
  centroidRows: number;
}

export const depOfInsee = (insee: string): string => (/^9[78]/.test(insee) ? insee.slice(0, 3) : insee.slice(0, 2));

/** "St-Denis", "SAINT DENIS", "Saint-Denis Cedex" and "Le Carbet"/"Carbet" compare equal. */
function communeKey(name: string): string {
  return fold(name)
    .replace(/\bcedex\b.*$/, '')
    .replace(/\b(\d+)\s*(er|e|eme)?\s*(arrondissement)?$/, '')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/^(le|la|les|l')\s*/, '')
    .replace(/[' ]+/g, '')
    .trim();
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * `centres` (optional) replace the 2018 position of the communes whose 2018 centroid is not theirs:
 * those merged since 2018 (their code's 2018 contour was only the former chef-lieu) and those with
 * no 2018 centroid at all (restored communes, collectivities outside the IGN contours). Elsewhere
 * the area-weighted 2018 centroid stays: the API's centres are pulled offshore by islands
 * (Granville 14 km towards Chausey, Hyères 4 km towards Porquerolles).
 */
export function buildGazetteer(centroidCsv: string, decoupage: DecoupageCommune[], centres: CommuneCentre[] = []): Gazetteer {
  const rows = Papa.parse<Record<string, string>>(centroidCsv, { header: true, skipEmptyLines: true }).data;
  const centroid = new Map<string, [number, number]>();
  for (const r of rows) {
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (r.code_insee && Number.isFinite(lat) && Number.isFinite(lon)) centroid.set(r.code_insee, [lat, lon]);
  }
  const current = decoupage.filter((c) => c.type === 'commune-actuelle');
  const mean = (points: [number, number][]): [number, number] | undefined =>
    points.length === 0
      ? undefined
      : [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];

  const positionFallbacks: Gazetteer['positionFallbacks'] = [];
  const pending: DecoupageCommune[] = [];
  const placed = new Map<string, [number, number]>();
  for (const c of current) {
    const own = centroid.get(c.code);
    if (own) {
      placed.set(c.code, own);
      continue;
    }
    const former = mean((c.anciensCodes ?? []).map((code) => centroid.get(code)).filter((p) => p !== undefined));
    if (former) {
      placed.set(c.code, former);
      positionFallbacks.push({ insee: c.code, name: c.nom, method: 'former-communes' });
    } else pending.push(c);
  }
  // Communes restored after 2018 were inside another 2018 commune: their postcode neighbours are close.
  for (const c of pending) {
    const anchor = ANCHORS[c.code] ?? ANCHORS[c.departement];
    const siblings = anchor
      ? undefined
      : mean(
          current
            .filter((o) => o.code !== c.code && o.departement === c.departement && o.codesPostaux?.some((p) => c.codesPostaux?.includes(p)))
            .map((o) => placed.get(o.code))
            .filter((p) => p !== undefined),
        );
    const position = anchor ?? siblings;
    if (!position) throw new Error(`commune ${c.code} ${c.nom}: no centroid, no former commune, no neighbour`);
    placed.set(c.code, position);
    positionFallbacks.push({ insee: c.code, name: c.nom, method: anchor ? 'anchor' : 'postcode-siblings' });
  }

  const centreOf = new Map(centres.map((c) => [c.code, c]));
  for (const c of current) {
    const centre = centreOf.get(c.code);
    const grown = (c.anciensCodes ?? []).some((code) => code !== c.code && centroid.has(code));
    if (!centre || (centroid.has(c.code) && !grown)) continue;
    placed.set(c.code, [centre.lat, centre.lon]);
    const fallback = positionFallbacks.find((f) => f.insee === c.code);
    if (fallback) fallback.method = 'centre-2025';
    else positionFallbacks.push({ insee: c.code, name: c.nom, method: 'centre-2025' });
  }

  const communes: Commune[] = current
    .map((c) => {
      const [lat, lon] = placed.get(c.code)!;
      const commune: Commune = {
        insee: c.code,
        name: c.nom,
        dep: c.departement,
        postcodes: [...(c.codesPostaux ?? [])].sort(),
        lat: round5(lat),
        lon: round5(lon),
      };
      if (c.population !== undefined) commune.population = c.population;
      return commune;
    })
    .sort((a, b) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0));

  const byInsee = new Map(communes.map((c) => [c.insee, c]));
  const currentCode = new Map<string, string>();
  const byName = new Map<string, Commune[]>();
  const addName = (name: string, c: Commune) => {
    const key = communeKey(name);
    const list = byName.get(key) ?? [];
    if (!list.includes(c)) list.push(c);
    byName.set(key, list);
  };
  for (const c of current) {
    const commune = byInsee.get(c.code)!;
    currentCode.set(c.code, c.code);
    addName(c.nom, commune);
  }
  for (const c of current) for (const old of c.anciensCodes ?? []) if (!currentCode.has(old)) currentCode.set(old, c.code);
  for (const c of decoupage) {
    const parent = c.type === 'arrondissement-municipal' ? c.commune : c.chefLieu;
    if (c.type === 'commune-actuelle' || !parent || !byInsee.has(parent)) continue;
    if (!currentCode.has(c.code)) currentCode.set(c.code, parent);
    addName(c.nom, byInsee.get(parent)!);
  }
  const byPostcode = new Map<string, Commune[]>();
  const byDep = new Map<string, Commune[]>();
  for (const c of communes) {
    for (const p of c.postcodes) pushTo(byPostcode, p, c);
    pushTo(byDep, c.dep, c);
  }
  return { communes, byInsee, positionFallbacks, currentCode, byPostcode, byName, byDep, centroidRows: rows.length };
}

export type CommuneMethod = 'insee' | 'postcode-name' | 'dep-name' | 'postcode-single' | 'nearest';

export interface CommuneQuery {
  insee?: string;
  postcode?: string;
  name?: string;
  lat: number;
  lon: number;
}

/** Département a postcode belongs to (20xxx is Corsica: decided by the commune, not here). */
export function depOfPostcode(postcode: string): string | undefined {
  if (/^9[78]\d{3}$/.test(postcode)) return postcode.slice(0, 3);
  if (/^\d{5}$/.test(postcode) && !postcode.startsWith('20')) return postcode.slice(0, 2);
  return undefined;
}

/**
 * Order: the source's INSEE code when it is (or maps to) a current commune; else postcode + name;
 * else a unique name in the postcode's département; else the only commune of that postcode;
 * else the nearest commune centroid in the département (or anywhere when the département is unknown).
 */
export function resolveCommune(g: Gazetteer, q: CommuneQuery): { commune: Commune; method: CommuneMethod } {
  const code = q.insee?.trim().toUpperCase().padStart(5, '0');
  const fromCode = code ? g.currentCode.get(code) : undefined;
  if (fromCode) return { commune: g.byInsee.get(fromCode)!, method: 'insee' };

  const postcode = q.postcode?.replace(/\D/g, '').padStart(5, '0');
  const key = q.name ? communeKey(q.name) : undefined;
  const inPostcode = postcode ? g.byPostcode.get(postcode) ?? [] : [];
  const named = key ? g.byName.get(key) ?? [] : [];
  const both = named.filter((c) => inPostcode.includes(c));
  if (both.length === 1) return { commune: both[0]!, method: 'postcode-name' };
  const dep = postcode ? depOfPostcode(postcode) ?? inPostcode[0]?.dep : undefined;
  const inDep = dep ? named.filter((c) => c.dep === dep) : [];
  if (inDep.length === 1) return { commune: inDep[0]!, method: 'dep-name' };
  if (inPostcode.length === 1) return { commune: inPostcode[0]!, method: 'postcode-single' };

  const pool = (dep && g.byDep.get(dep)) || g.communes;
  let best = pool[0]!;
  let bestD = Infinity;
  for (const c of pool) {
    const d = distanceKm(q.lat, q.lon, c.lat, c.lon);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return { commune: best, method: 'nearest' };
}

/**
 * Current communes known by `name` (their own, a former or a delegated commune's name), in département
 * `dep` when given: the lookup of free text such as itinerant services' comments, which name communes
 * but give no code. Several communes means the name is ambiguous there.
 */
export function communesNamed(g: Gazetteer, name: string, dep?: string): Commune[] {
  const all = g.byName.get(communeKey(name)) ?? [];
  return dep === undefined ? all : all.filter((c) => c.dep === dep);
}

/** Whether `name` is the commune's current name, not a former or delegated commune's. */
export const isCurrentName = (commune: Commune, name: string): boolean => communeKey(commune.name) === communeKey(name);
