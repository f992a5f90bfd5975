// The stops of buses and itinerant services as records of the index. Each stop is a Place-shaped
// record (its bus's name, kind, services, contacts; its own position, commune, département and hours)
// with a `stop` field, so that the nearest search, the filters and the map find it where the bus
// stops; each bus's record lists its stops. Pure: texts, gazetteer and the merged places in.
import type { Place, PlaceSource } from '../../src/shared/place';
import type { BusStop, Stop } from '../../src/shared/stop';
import type { Gazetteer } from '../communes';
import type { Dataset } from '../sources';
import { combineBusStops, type ScheduleDifference } from './combine';
import { franceServicesItineraries, type ItineranceReport } from './france-services';
import { matchBus, type Evidence } from './match-bus';
import type { LeftoverReason } from './parse-comment';
import { readStopsFile, type FileFix, type FileProblem } from './stops-file';
import { linkStops, type StopDraft } from './stops';

export interface StopsInput {
  gazetteer: Gazetteer;
  /** The index's places after merging, and the ids merged away (alias → id kept). */
  places: Place[];
  aliases: Record<string, string>;
  /** The France Services list as read by the pipeline, when it was. */
  franceServices?: { text: string; source: PlaceSource };
  /** Structured stops files (data/sources.ts, format 'stops-file'). */
  files: { dataset: Dataset; text: string; source: PlaceSource }[];
}

export interface StopsFileReport {
  id: string;
  rowsRead: number;
  /** Rows that became stops (of the matched bus). */
  rowsKept: number;
  problems: FileProblem[];
  fixes: FileFix[];
  /** The bus of the France Services list the file was matched with, or why none. */
  bus: { id: string; evidence: Evidence[]; discrepancies: string[] } | { unmatched: string; candidates: string[] };
  /** The same stop in the file and in the bus's comment with other hours: which was kept. */
  differences: ScheduleDifference[];
}

export interface StopsReport {
  /** The France Services list's non-fixed services and their comments, as read (data/itinerance/france-services.ts). */
  franceServices?: ItineranceReport;
  files: StopsFileReport[];
  /** Buses and itinerant services of the list (Bus_équivalent, Itinérante). */
  buses: number;
  /** Services of the index that list stops, and how many of them are buses or itinerant services. */
  servicesWithStops: number;
  busesWithStops: number;
  /** Every stop listed by a service of the index. */
  stops: number;
  /** Stops shipped as records of their own (the others are at their service's own commune: `base`). */
  stopRecords: number;
  baseStops: number;
  /** Stops per département of their commune. */
  stopsByDep: Record<string, number>;
  /** Parts of comments with a weekday that stayed text, by reason, and each of them. */
  leftAsText: Partial<Record<LeftoverReason, number>>;
  leftovers: { busId: string; reason: LeftoverReason; text: string }[];
  /** Stops read for a service that is not in the index (rejected), or whose id another record already has. */
  unpublished: { busId: string; stops: number; reason: 'service-not-in-index' | 'id-taken' }[];
}

export interface IndexedStops {
  /** The places, services with stops gaining `stops`. */
  places: Place[];
  /** One record per stop, sorted by id. */
  stops: Place[];
  report: StopsReport;
}

const withoutLink = ({ id: _id, busId: _busId, busName: _busName, ...draft }: Stop): StopDraft => draft;

/** The stop at the service's own commune (and not at a former commune of it): the service's record stands for it. */
const isBase = (stop: Stop, service: Place) => stop.insee === service.address.insee && !stop.locality;

/** A stop as a record of the index: what its bus offers, where and when the bus is there. */
export function stopRecord(stop: Stop, bus: Place, g: Gazetteer): Place {
  const postcodes = g.byInsee.get(stop.insee)?.postcodes ?? [];
  const postcode = stop.postcode ?? (postcodes.length === 1 ? postcodes[0] : undefined);
  const record: Place = {
    id: stop.id,
    name: bus.name,
    kind: bus.kind,
    lat: stop.lat,
    lon: stop.lon,
    dep: stop.dep,
    address: { ...(stop.street ? { street: stop.street } : {}), ...(postcode ? { postcode } : {}), commune: stop.commune, insee: stop.insee },
    services: bus.services,
    sources: stop.sources,
    stop: {
      busId: bus.id,
      busName: bus.name,
      ...(stop.locality ? { locality: stop.locality } : {}),
      ...(stop.place ? { place: stop.place } : {}),
      position: stop.position,
      slots: stop.slots,
      ...(stop.text ? { text: stop.text } : {}),
    },
  };
  if (bus.mobile) record.mobile = true;
  if (stop.hours) record.hours = stop.hours;
  const appointment = stop.appointment ?? bus.appointment;
  if (appointment) record.appointment = appointment;
  for (const key of ['phone', 'email', 'website', 'publics', 'support', 'fees', 'access', 'labels'] as const) {
    if (bus[key] !== undefined) (record as unknown as Record<string, unknown>)[key] = bus[key];
  }
  return record;
}

function busStop(stop: Stop, base: boolean): BusStop {
  return {
    ...(base ? {} : { id: stop.id }),
    insee: stop.insee,
    commune: stop.commune,
    dep: stop.dep,
    ...(stop.locality ? { locality: stop.locality } : {}),
    ...(stop.place ? { place: stop.place } : {}),
    slots: stop.slots,
    ...(base ? { base: true as const } : {}),
  };
}

const sortKeys = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

export function indexStops(input: StopsInput): IndexedStops {
  const g = input.gazetteer;
  const fs = input.franceServices && franceServicesItineraries(input.franceServices.text, g, input.franceServices.source);
  const itineraries = fs?.itineraries ?? [];
  const report: StopsReport = {
    ...(fs ? { franceServices: fs.report } : {}),
    files: [],
    buses: fs?.report.busesAndItinerant ?? 0,
    servicesWithStops: 0,
    busesWithStops: 0,
    stops: 0,
    stopRecords: 0,
    baseStops: 0,
    stopsByDep: {},
    leftAsText: fs?.report.leftAsText ?? {},
    leftovers: itineraries.flatMap((it) => it.parse.leftovers.filter((l) => l.reason !== 'no-weekday').map((l) => ({ busId: it.service.id, reason: l.reason, text: l.text }))),
    unpublished: [],
  };

  // Every service's stops, in the order its sources list them: its comment, then what a file adds.
  const draftsOf = new Map<string, StopDraft[]>();
  for (const it of itineraries) if (it.stops.length) draftsOf.set(it.service.id, it.stops.map(withoutLink));
  for (const file of input.files) {
    const read = readStopsFile(file.text, g, file.source);
    const matched = matchBus(read.bus, itineraries);
    const entry: StopsFileReport = { id: file.dataset.id, rowsRead: read.rowsRead, rowsKept: 0, problems: read.problems, fixes: read.fixes, bus: { unmatched: '', candidates: [] }, differences: [] };
    if ('match' in matched) {
      const { busId, evidence, discrepancies } = matched.match;
      const combined = combineBusStops(read.drafts, draftsOf.get(busId) ?? []);
      draftsOf.set(busId, combined.drafts);
      Object.assign(entry, { rowsKept: read.drafts.length, bus: { id: busId, evidence, discrepancies }, differences: combined.differences });
    } else entry.bus = { unmatched: matched.unmatched, candidates: matched.candidates };
    report.files.push(entry);
  }

  const byId = new Map(input.places.map((p) => [p.id, p]));
  const taken = new Set([...byId.keys(), ...Object.keys(input.aliases)]);
  const listed = new Map<string, BusStop[]>();
  const stops: Place[] = [];
  for (const [serviceId, drafts] of draftsOf) {
    const service = byId.get(serviceId) ?? byId.get(input.aliases[serviceId] ?? '');
    if (!service) {
      report.unpublished.push({ busId: serviceId, stops: drafts.length, reason: 'service-not-in-index' });
      continue;
    }
    const linked = linkStops({ id: service.id, name: service.name }, drafts);
    const clash = linked.filter((s) => taken.has(s.id));
    if (clash.length) report.unpublished.push({ busId: service.id, stops: clash.length, reason: 'id-taken' });
    const kept = linked.filter((s) => !taken.has(s.id));
    if (!kept.length) continue;
    const list: BusStop[] = [];
    for (const stop of kept) {
      const base = isBase(stop, service);
      list.push(busStop(stop, base));
      if (!base) stops.push(stopRecord(stop, service, g));
      report.stopsByDep[stop.dep] = (report.stopsByDep[stop.dep] ?? 0) + 1;
      if (base) report.baseStops++;
    }
    listed.set(service.id, list);
    report.servicesWithStops++;
    if (service.mobile) report.busesWithStops++;
    report.stops += list.length;
  }
  report.stopRecords = stops.length;
  report.stopsByDep = sortKeys(report.stopsByDep);
  stops.sort((a, b) => (a.id < b.id ? -1 : 1));
  const places = input.places.map((p) => (listed.has(p.id) ? { ...p, stops: listed.get(p.id)! } : p));
  return { places, stops, report };
}

/** The console line: what the stops came to. */
export function stopsSummary(r: StopsReport): string {
  const reasons = Object.entries(r.leftAsText).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const leftAsText = reasons.reduce((n, [, k]) => n + k, 0);
  const deps = Object.keys(r.stopsByDep).length;
  return (
    `stops: ${r.stops} of ${r.servicesWithStops} services (${r.busesWithStops} of the ${r.buses} buses and itinerant services) in ${deps} départements, ` +
    `${r.stopRecords} searchable on their own, ${r.baseStops} at the service's own commune; ` +
    `left as text: ${leftAsText}${reasons.length ? ' — ' + reasons.map(([k, n]) => `${k} ${n}`).join(', ') : ''}` +
    r.files.map((f) => `; file ${f.id}: ${f.rowsKept} of ${f.rowsRead} rows${'id' in f.bus ? ` → ${f.bus.id}` : `, no bus (${f.bus.unmatched})`}`).join('') +
    (r.unpublished.length ? `; UNPUBLISHED ${r.unpublished.map((u) => `${u.busId} ${u.stops} (${u.reason})`).join(', ')}` : '')
  );
}
