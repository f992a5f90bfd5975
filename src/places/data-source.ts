import type { Commune, Manifest, Place } from '../shared/place';

/**
 * The only way the app reads the index. Every file name in the manifest is content-hashed,
 * so once a manifest is chosen, everything read through it belongs to the same version.
 */
export interface DataSource {
  manifest(): Promise<Manifest>;
  departement(dep: string): Promise<Place[]>;
  france(): Promise<Place[]>;
  communes(): Promise<Commune[]>;
}

const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(DATA_BASE + path);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${path}`);
  return (await response.json()) as T;
}

export function networkDataSource(): DataSource {
  let manifestPromise: Promise<Manifest> | undefined;
  const manifest = () => (manifestPromise ??= getJson<Manifest>('manifest.json'));
  const fileOf = async (match: (f: Manifest['files'][number]) => boolean) => {
    const file = (await manifest()).files.find(match);
    if (!file) throw new Error('missing data file');
    return file.path;
  };
  return {
    manifest,
    departement: async (dep) => getJson<Place[]>(await fileOf((f) => f.type === 'departement' && f.dep === dep)),
    france: async () => getJson<Place[]>(await fileOf((f) => f.type === 'france')),
    communes: async () => getJson<Commune[]>(await fileOf((f) => f.type === 'communes')),
  };
}

/** The app's data source. src/offline/ may swap the implementation; callers only see DataSource. */
export const dataSource: DataSource = networkDataSource();
