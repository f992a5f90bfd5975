// A data folder laid out like ../shared/data, small but complete, with the XSS corpus in every text
// field of every source: one row per payload per place dataset (kept: its position and commune are
// valid), plus one row per source where every field, position included, is a payload (rejected).
// Written at test time into a temporary folder (xss.spec.ts), or by hand:
//   npx tsx tests/e2e/support/xss/data-folder.ts /tmp/xss-data && npm run data -- --data-dir /tmp/xss-data --out /tmp/xss-out
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { DEFAULT_DATA_DIR } from '../../../../data/paths';
import { CHARENTE_BUS_STOPS, DATASETS, placeDatasets } from '../../../../data/sources';
import type { Commune } from '../../../../src/shared/place';
import { FORMAT_OF_DATASET, type Row } from '../../../support/source-formats';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './corpus';

/** Laon: every place stands around it, 1.5 km apart (never merged), within its département. */
export const LAON = { insee: '02408', name: 'Laon', dep: '02', postcodes: ['02000'], lat: 49.5641, lon: 3.6199 } satisfies Commune;

/** Columns that must stay valid for a row to be kept: where it is. */
const KEPT = new Set(['code_postal', 'CP', 'c_postcode', 'code_insee', 'insee_com', 'INSEECOM', 'result_citycode', '_di_geocodage_code_insee', 'insee_dep', 'code_departement', 'Geo Point', 'latitude', 'longitude', 'Latitude', 'Longitude', 'LAT', 'LONG', 'c_lat_coor1', 'c_long_coor1', 'Coord. X', 'Coord. Y', 'gid']);
/** Columns read as links or contacts: they get the URL payloads. */
const LINKS = new Set(['site_web', 'site_internet', 'WEB', 'FACEBOOK', 'Site web', 'c_site_web', 'Site internet', 'prise_rdv', 'courriel', 'courriels', 'mail', 'MAIL', 'Email', 'Courriel', 'c_courriel', 'telephone', 'Téléphone', 'c_telephone']);

export interface XssRow {
  dataset: string;
  /** Index in TEXT_PAYLOADS. */
  payload: number;
  /** Cells of the row that hold a payload. */
  cells: number;
}

export interface XssFolder {
  rows: XssRow[];
  /** Rows where every field is a payload, one per source (rejected: no position). */
  broken: number;
  /** Payload × field combinations written, all sources together. */
  cells: number;
}

const position = (d: number, n: number) => ({ lat: Math.round((LAON.lat + (n - 8) * 0.0135) * 1e6) / 1e6, lon: Math.round((LAON.lon + (d - 8) * 0.0208) * 1e6) / 1e6 });

function withPayloads(row: Row, text: string, url: string, keep: boolean): { row: Row; cells: number } {
  let cells = 0;
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (keep && KEPT.has(key)) out[key] = value;
    else {
      out[key] = LINKS.has(key) ? url : key === 'Adresse postale' && keep ? `${text} - 02000 Laon` : text;
      cells++;
    }
  }
  return { row: out, cells };
}

export function writeXssDataFolder(dir: string, realDataDir = process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR): XssFolder {
  const rows: XssRow[] = [];
  let cells = 0;
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  placeDatasets(DATASETS).forEach((dataset, d) => {
    const f = FORMAT_OF_DATASET[dataset.id];
    if (!f) throw new Error(`no test format for dataset ${dataset.id}`);
    const records: Row[] = TEXT_PAYLOADS.map((text, n) => {
      const url = URL_PAYLOADS[n % URL_PAYLOADS.length]!;
      const model = { name: text, street: text, commune: LAON, postcode: '02000', ...position(d, n), phone: url, email: url, website: url };
      // The payload in the id too, with what keeps ids apart across files (no row supersedes another).
      const { row, cells: c } = withPayloads(f.encode(model, `${text} ${dataset.id} ${n}`), text, url, true);
      if (f.idColumn) row[f.idColumn] = `${text} ${dataset.id} ${n}`;
      rows.push({ dataset: dataset.id, payload: n, cells: c });
      cells += c;
      return row;
    });
    if (dataset.id === 'france-services') {
      // Buses whose comment gives a stop the parser reads, with the payload around it: the stop
      // record, its bus page and the words left as text all come from data. West of every other
      // row (18 km from Laon), so no other source's row merges into them.
      TEXT_PAYLOADS.slice(0, 6).forEach((text, n) => {
        const model = { name: `Bus ${text}`, street: text, commune: LAON, postcode: '02000', lat: Math.round((LAON.lat + (n - 3) * 0.0135) * 1e6) / 1e6, lon: LAON.lon - 0.25, phone: '', email: '', website: '' };
        const row = f.encode(model, `bus ${n}`);
        row.format_fs = 'Bus_équivalent';
        row.commentaire = `${text} Les lundis de 9h à 12h à la mairie de Chambry. ${text}`;
        records.push(row);
        cells += 3;
      });
    }
    const all = withPayloads(f.encode({ name: 'x', street: 'x', commune: LAON, postcode: '02000', lat: 0, lon: 0, phone: '', email: '', website: '' }, 'x'), TEXT_PAYLOADS[0]!, URL_PAYLOADS[0]!, false);
    records.push(all.row);
    cells += all.cells;
    if (f.csv) write(dataset.path, Papa.unparse({ fields: f.csv.header, data: records.map((r) => f.csv!.header.map((h) => (r[h] ?? '') as string)) }));
    else write(dataset.path, JSON.stringify(records, null, 1));
  });
  // The bus stops file (data/itinerance/): half its rows with readable hours, the other half payloads.
  const stops = TEXT_PAYLOADS.map((text, n) => ({
    id: n,
    nom: `Bus France Services - [${text}]`,
    commune: text,
    code_postal: 2000,
    code_insee: 2408,
    adresse: text,
    ...position(20, n),
    horaires: n % 2 ? text : 'Mo 09:30-12:30; PH off',
    ouverture: n % 3 ? '' : text,
    site_web: URL_PAYLOADS[n % URL_PAYLOADS.length],
    structure_parente: text,
  }));
  write(CHARENTE_BUS_STOPS.path, JSON.stringify(stops, null, 1));
  cells += stops.length * 7;
  // The communes are the real ones: every current commune needs a position (data/communes.ts).
  for (const c of DATASETS.filter((x) => x.format === 'communes-centroids' || x.format === 'communes-centres')) {
    mkdirSync(dirname(join(dir, c.path)), { recursive: true });
    copyFileSync(join(realDataDir, c.path), join(dir, c.path));
  }
  return { rows, broken: placeDatasets(DATASETS).length, cells };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/tests\//, 'tests/'))) {
  const target = process.argv[2];
  if (!target) throw new Error('usage: npx tsx tests/e2e/support/xss/data-folder.ts DIR');
  const folder = writeXssDataFolder(target);
  console.log(`${folder.rows.length} rows with payloads (+ ${folder.broken} all-payload rows), ${folder.cells} payload × field cells, in ${target}`);
}
