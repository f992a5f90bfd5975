// The France Services list's non-fixed services (buses, itinerant, multi-site, antennas) and the
// stops their `commentaire` gives, with the counts the report needs.
import Papa from 'papaparse';
import type { PlaceSource } from '../../src/shared/place';
import type { Stop } from '../../src/shared/stop';
import { slugId } from '../draft';
import type { Gazetteer } from '../communes';
import { clean, tidyName } from '../normalise/text';
import { parseComment, type CommentParse, type LeftoverReason } from './parse-comment';
import { draftFromComment, linkStops, type Bus } from './stops';

/** How far from its own address a service may stop in another département (see Scope.near). */
export const NEIGHBOUR_KM = 30;

export interface ServiceRow extends Bus {
  idFs: string;
  dep: string;
  format: string;
  /** Bus_équivalent or Itinérante: the app shows it as mobile. */
  mobile: boolean;
  insee?: string;
  email?: string;
  phone?: string;
  lat?: number;
  lon?: number;
  comment?: string;
}

export interface ServiceItinerary {
  service: ServiceRow;
  parse: CommentParse;
  stops: Stop[];
}

const MOBILE = /^(bus|itin)/i;

/** Every row whose `format_fs` is not "Fixe", whether or not it has a comment. */
export function readServices(csv: string): ServiceRow[] {
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: 'greedy' }).data;
  const out: ServiceRow[] = [];
  for (const r of rows) {
    const format = clean(r.format_fs);
    const id = slugId('fs', r.id_fs);
    if (!format || format === 'Fixe' || !id) continue;
    const row: ServiceRow = { id, idFs: clean(r.id_fs)!, name: tidyName(clean(r.lib_fs) ?? id), dep: clean(r.insee_dep) ?? '', format, mobile: MOBILE.test(format) };
    const insee = clean(r.insee_com);
    const email = clean(r.mail);
    const phone = clean(r.telephone);
    const comment = clean(r.commentaire);
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (insee) row.insee = insee;
    if (email) row.email = email;
    if (phone) row.phone = phone;
    if (comment) row.comment = comment;
    if (Number.isFinite(lat) && Number.isFinite(lon) && (lat !== 0 || lon !== 0)) Object.assign(row, { lat, lon });
    out.push(row);
  }
  return out;
}

/** The stops of one service's comment, linked to it. */
export function itineraryOf(service: ServiceRow, g: Gazetteer, source: PlaceSource): ServiceItinerary {
  const base = service.lat !== undefined ? { lat: service.lat, lon: service.lon! } : service.insee ? g.byInsee.get(g.currentCode.get(service.insee) ?? '') : undefined;
  const near = base ? { lat: base.lat, lon: base.lon, km: NEIGHBOUR_KM } : undefined;
  const parse = parseComment(service.comment ?? '', g, { dep: service.dep, ...(near ? { near } : {}) });
  const stops = linkStops(service, parse.stops.map((p) => draftFromComment(p, g, source)));
  return { service, parse, stops };
}

export interface ItineranceReport {
  nonFixedRows: number;
  /** Bus_équivalent + Itinérante. */
  busesAndItinerant: number;
  byFormat: Record<string, { rows: number; comments: number; commentsWithStops: number; stops: number }>;
  comments: number;
  commentsWithStops: number;
  /** A weekday is written but no stop could be read for certain. */
  commentsRefused: number;
  /** No weekday at all ("Sur rendez-vous", a link to a planning): nothing to read. */
  commentsWithoutSchedule: number;
  stops: number;
  stopsByDep: Record<string, number>;
  /** Parts of comments with a weekday that stayed text, by reason. */
  leftAsText: Partial<Record<LeftoverReason, number>>;
  /** Parts naming communes without a day. */
  communesWithoutDay: number;
  /** Stops found outside the service's département (by postcode or as the one homonym within NEIGHBOUR_KM). */
  stopsOutsideDep: number;
}

export function reportOf(services: ServiceRow[], itineraries: ServiceItinerary[]): ItineranceReport {
  const report: ItineranceReport = {
    nonFixedRows: services.length,
    busesAndItinerant: services.filter((s) => s.mobile).length,
    byFormat: {},
    comments: itineraries.length,
    commentsWithStops: 0,
    commentsRefused: 0,
    commentsWithoutSchedule: 0,
    stops: 0,
    stopsByDep: {},
    leftAsText: {},
    communesWithoutDay: 0,
    stopsOutsideDep: 0,
  };
  for (const s of services) {
    const f = (report.byFormat[s.format] ??= { rows: 0, comments: 0, commentsWithStops: 0, stops: 0 });
    f.rows++;
  }
  for (const it of itineraries) {
    const f = report.byFormat[it.service.format]!;
    f.comments++;
    const scheduled = it.parse.leftovers.filter((l) => l.reason !== 'no-weekday');
    if (it.stops.length) {
      report.commentsWithStops++;
      f.commentsWithStops++;
    } else if (scheduled.length) report.commentsRefused++;
    else report.commentsWithoutSchedule++;
    f.stops += it.stops.length;
    report.stops += it.stops.length;
    for (const stop of it.stops) {
      report.stopsByDep[stop.dep] = (report.stopsByDep[stop.dep] ?? 0) + 1;
      if (stop.dep !== it.service.dep) report.stopsOutsideDep++;
    }
    for (const l of it.parse.leftovers) {
      if (l.reason === 'no-weekday') report.communesWithoutDay++;
      else report.leftAsText[l.reason] = (report.leftAsText[l.reason] ?? 0) + 1;
    }
  }
  report.stopsByDep = Object.fromEntries(Object.entries(report.stopsByDep).sort(([a], [b]) => (a < b ? -1 : 1)));
  return report;
}

/** Read the list, parse every non-fixed service's comment, count. */
export function franceServicesItineraries(csv: string, g: Gazetteer, source: PlaceSource): { services: ServiceRow[]; itineraries: ServiceItinerary[]; report: ItineranceReport } {
  const services = readServices(csv);
  const itineraries = services.filter((s) => s.comment).map((s) => itineraryOf(s, g, source));
  return { services, itineraries, report: reportOf(services, itineraries) };
}
