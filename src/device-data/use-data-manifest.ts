import { useEffect, useState } from 'preact/hooks';
import { dataSource, onDataChange } from './source';
import type { Manifest } from '../shared/place';

/** The manifest in use (undefined until read), following background updates. */
export function useDataManifest(): Manifest | undefined {
  const [manifest, setManifest] = useState<Manifest>();
  useEffect(() => {
    let live = true;
    dataSource.manifest().then((m) => live && setManifest(m), () => undefined);
    const off = onDataChange(setManifest);
    return () => {
      live = false;
      off();
    };
  }, []);
  return manifest;
}
