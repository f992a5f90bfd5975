// `npx tsx data/itinerance/cli.ts [--data-dir DIR]`: the stops of every non-fixed France Services and
// of the Charente bus file, as figures on stdout (JSON). Until the pipeline writes stops into the
// index, this is how the counts in docs/itinerance.md are made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, loadDecoupage } from '../communes';
import { DEFAULT_DATA_DIR } from '../paths';
import { CHARENTE_BUS_STOPS, DATASETS } from '../sources';
import { combineBusStops } from './combine';
import { franceServicesItineraries } from './france-services';
import { matchBus } from './match-bus';
import { readStopsFile } from './stops-file';

const at = process.argv.indexOf('--data-dir');
const dataDir = at > 0 ? process.argv[at + 1]! : (process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR);
const read = (path: string) => readFileSync(join(dataDir, path), 'utf8');

const fsDataset = DATASETS.find((d) => d.id === 'france-services')!;
const g = buildGazetteer(read('communes/communes-centroides-2018.csv'), loadDecoupage());
const fs = franceServicesItineraries(read(fsDataset.path), g, { id: fsDataset.id, date: fsDataset.date });
const file = readStopsFile(read(CHARENTE_BUS_STOPS.path), g, { id: CHARENTE_BUS_STOPS.id, date: CHARENTE_BUS_STOPS.date });
const matched = matchBus(file.bus, fs.itineraries);
const comment = 'match' in matched ? fs.itineraries.find((it) => it.service.id === matched.match.busId) : undefined;
const combined = comment ? combineBusStops(file.drafts, comment.stops.map(({ id: _i, busId: _b, busName: _n, ...d }) => d)) : undefined;

console.log(
  JSON.stringify(
    {
      franceServices: { ...fs.report, stopsByDep: Object.entries(fs.report.stopsByDep).sort(([a], [b]) => (a < b ? -1 : 1)) },
      charenteFile: {
        rowsRead: file.rowsRead,
        stops: file.drafts.length,
        problems: file.problems,
        fixes: file.fixes,
        match: matched,
        combined: combined && { stops: combined.drafts.length, differences: combined.differences },
      },
    },
    null,
    2,
  ),
);
