// A structured stops file: one row per stop of one bus, in the early national schema (nom, adresse,
// code_postal, code_insee, latitude, longitude, horaires in OSM) plus `ouverture` ("Semaine paire" /
// "Semaine impaire") and the BAN geocoder's `result_*` columns. First file: the Emmaüs Ruffec bus,
// Charente (../shared/data/itinerance/bus-france-services-charente-2023-09.json).
import type { PlaceSource } from '../../src/shared/place';
import { distanceKm } from '../../src/shared/geo';
import type { Gazetteer } from '../communes';
import { clean } from '../normalise/text';
import { osmToSlots, slotsToOsm } from './schedule';
import type { StopDraft } from './stops';

/** Beyond this from its commune's centre a stop's position was geocoded elsewhere (communes are far smaller). */
export const MAX_KM_FROM_COMMUNE = 10;

export interface FileProblem {
  row: number;
  reason: 'not-an-object' | 'commune-unknown' | 'hours-unreadable' | 'parity-unreadable' | 'parity-conflict';
  detail?: string;
}

export interface FileFix {
  row: number;
  fix: 'position-far-from-commune' | 'position-missing';
  detail: string;
}

/** What the rows say about the bus itself, for matching it with its France Services record. */
export interface FileBusFacts {
  deps: string[];
  insee: string[];
  websites: string[];
  emails: string[];
  phones: string[];
  parents: string[];
}

export interface StopsFileResult {
  rowsRead: number;
  drafts: StopDraft[];
  problems: FileProblem[];
  fixes: FileFix[];
  bus: FileBusFacts;
}

type Row = Record<string, unknown>;

const PARITY: Record<string, 'odd' | 'even'> = { 'semaine impaire': 'odd', 'semaine paire': 'even' };

/** "Bus France Services - [Face à la boulangerie]" → "Face à la boulangerie". */
const placeOfName = (name: string | undefined) => /\[([^\]]+)\]/.exec(name ?? '')?.[1]?.trim();

export function readStopsFile(text: string, g: Gazetteer, source: PlaceSource): StopsFileResult {
  const parsed: unknown = JSON.parse(text);
  const rows = Array.isArray(parsed) ? (parsed as unknown[]) : [];
  const result: StopsFileResult = { rowsRead: rows.length, drafts: [], problems: [], fixes: [], bus: { deps: [], insee: [], websites: [], emails: [], phones: [], parents: [] } };
  const add = (list: string[], v: string | undefined) => v && !list.includes(v) && list.push(v);
  rows.forEach((raw, i) => {
    const row = i + 1;
    if (typeof raw !== 'object' || raw === null) return void result.problems.push({ row, reason: 'not-an-object' });
    const r = raw as Row;
    const code = clean(r.code_insee)?.padStart(5, '0');
    const current = code ? g.currentCode.get(code) : undefined;
    const commune = current ? g.byInsee.get(current) : undefined;
    if (!commune) return void result.problems.push({ row, reason: 'commune-unknown', detail: `${clean(r.code_insee) ?? ''} ${clean(r.commune) ?? ''}`.trim() });

    const read = osmToSlots(clean(r.horaires) ?? '');
    if (!read) return void result.problems.push({ row, reason: 'hours-unreadable', detail: clean(r.horaires) ?? '' });
    const ouverture = clean(r.ouverture);
    const weeks = ouverture ? PARITY[ouverture.toLowerCase()] : undefined;
    if (ouverture && !weeks) return void result.problems.push({ row, reason: 'parity-unreadable', detail: ouverture });
    if (weeks && read.slots.some((s) => s.weeks && s.weeks !== weeks)) return void result.problems.push({ row, reason: 'parity-conflict', detail: `${ouverture} / ${clean(r.horaires)}` });
    const slots = read.slots.map((s) => (weeks ? { ...s, weeks } : s));

    // The geocoder put some rows in another commune (Valence, 16460 → Bouc-Bel-Air, 13): the commune's
    // centre is right, the stop stays findable at its commune's distance.
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    let position: StopDraft['position'] = 'address';
    let at = { lat, lon };
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) {
      result.fixes.push({ row, fix: 'position-missing', detail: 'commune centre used' });
      [position, at] = ['commune', { lat: commune.lat, lon: commune.lon }];
    } else {
      const km = distanceKm(lat, lon, commune.lat, commune.lon);
      const geocoded = clean(r.result_citycode)?.padStart(5, '0');
      const elsewhere = geocoded !== undefined && g.currentCode.get(geocoded) !== commune.insee;
      if (km > MAX_KM_FROM_COMMUNE || elsewhere) {
        result.fixes.push({ row, fix: 'position-far-from-commune', detail: `${Math.round(km)} km from ${commune.name}${elsewhere ? `, geocoded in ${clean(r.result_city) ?? geocoded}` : ''} (score ${Number(r.result_score).toFixed(2)}): commune centre used` });
        [position, at] = ['commune', { lat: commune.lat, lon: commune.lon }];
      }
    }
    const draft: StopDraft = {
      insee: commune.insee,
      commune: commune.name,
      dep: commune.dep,
      lat: at.lat,
      lon: at.lon,
      position,
      slots,
      hours: slotsToOsm(slots, read.holidaysOff ? ['PH off'] : [])!,
      sources: [source],
    };
    const place = placeOfName(clean(r.nom));
    const street = clean(String(r.adresse ?? '').replace(/\n/g, ', '));
    const postcode = clean(r.code_postal)?.padStart(5, '0');
    if (place) draft.place = place;
    if (street) draft.street = street;
    if (postcode) draft.postcode = postcode;
    result.drafts.push(draft);

    add(result.bus.deps, commune.dep);
    add(result.bus.insee, commune.insee);
    add(result.bus.websites, clean(r.site_web));
    add(result.bus.emails, clean(r.courriel));
    add(result.bus.phones, clean(r.telephone));
    add(result.bus.parents, clean(r.structure_parente));
  });
  return result;
}
