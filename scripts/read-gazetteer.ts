// Reads the built gazetteer with Node (benchmarks, tests): the directory of a data folder's
// manifest and the whole gazetteer decoded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBlock, type GazetteerBlock } from '../src/shared/gazetteer-codec';
import { allFile, type GazetteerDirectory } from '../src/shared/gazetteer-pieces';
import type { Commune, Manifest } from '../src/shared/place';

export function readGazetteer(dataDir = 'public/data'): { directory: GazetteerDirectory; communes: Commune[]; readPiece: (path: string) => GazetteerBlock } {
  const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
  const manifest = readJson<Manifest>('manifest.json');
  const directory = readJson<GazetteerDirectory>(manifest.files.find((f) => f.type === 'gazetteer')!.path);
  return { directory, communes: decodeBlock(readJson<GazetteerBlock>(allFile(directory).path)), readPiece: readJson<GazetteerBlock> };
}
