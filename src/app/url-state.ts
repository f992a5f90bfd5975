import { isNeed, type Need } from '../needs/needs';
import { isStep, type Step } from '../orientation/steps';
import { KINDS, SERVICES, SUPPORTS, type Kind, type Service, type Support } from '../shared/place';

/** Secondary pages (?page=): sources and credits, offline data, guided orientation, kept places, referral sheet, embed builder. */
export const PAGES = ['about', 'offline', 'orientation', 'favoris', 'fiche', 'integrer'] as const;
export type Page = (typeof PAGES)[number];

/**
 * The URL is the state (documented in README, "URL contract"): a mediator can send a search,
 * a kiosk is configured by its start address, back/forward move between states.
 */
export interface AppState {
  /** ?near=LAT,LON */
  near?: { lat: number; lon: number };
  /** ?commune=INSEE */
  commune?: string;
  /** ?kind=france-services,mediation (empty: every kind) */
  kinds: Kind[];
  /** ?service=demarches,wifi — places must offer all of them */
  services: Service[];
  /** ?open=1 — open now */
  open: boolean;
  /** ?free=1 */
  free: boolean;
  /** ?support=1 — some accessibility support (surdité, handicap, illettrisme…) */
  support: boolean;
  /** ?access=surdite,deficience-visuelle — these specific supports, all of them */
  access: Support[];
  /** ?today=1 — open at some time today */
  today: boolean;
  /** ?weekend=1 — open on Saturday or Sunday */
  weekend: boolean;
  /** ?walkin=1 — no appointment needed (the record says one can just come) */
  walkin: boolean;
  /** ?need=imprimer — what the person came for (guided orientation, referral sheet): explains the results */
  need?: Need;
  /** ?places=id1,id2 — a hand-picked list of places (a mediator's hand-over), shown as a list */
  places: string[];
  /** ?mobile=1 — only mobile/itinerant services */
  mobile: boolean;
  /** ?place=ID — a place page */
  place?: string;
  /** ?view=map (default list) */
  view: 'list' | 'map';
  /** ?zoom=13 — the map's zoom around the search's centre (default: fitted to the results) */
  zoom?: number;
  /** ?mode=kiosk */
  mode?: 'kiosk';
  /** ?label=Médiathèque de Laon — the kiosk's own name, shown as "Vous êtes ici" */
  label?: string;
  /** ?idle=90 — kiosk idle seconds before reset */
  idle?: number;
  /** ?lang=en — language chosen by the URL (kiosk start address, shared link) */
  lang?: string;
  /** ?large=1 — mediator's large, uncluttered view of a place */
  large: boolean;
  /** ?page=about|offline|orientation|favoris|fiche|integrer */
  page?: Page;
  /** ?step=where — the question shown by the guided orientation (page=orientation; default: the first) */
  step?: Step;
}

export const EMPTY_STATE: AppState = {
  kinds: [],
  services: [],
  open: false,
  free: false,
  support: false,
  access: [],
  today: false,
  weekend: false,
  walkin: false,
  places: [],
  mobile: false,
  view: 'list',
  large: false,
};

/** ?zoom= bounds: a département at the widest, a street at the closest. */
export const MIN_ZOOM = 8;
export const MAX_ZOOM = 17;

const inList = <T extends string>(list: readonly T[]) => (v: string): v is T => (list as readonly string[]).includes(v);
const csv = (value: string | null) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);
const flag = (value: string | null) => value === '1' || value === 'true';

function parseLatLon(value: string | null): AppState['near'] {
  if (!value) return undefined;
  const [lat, lon] = value.split(',').map(Number);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

export function parseState(search: string): AppState {
  const p = new URLSearchParams(search);
  const idle = Number(p.get('idle'));
  const commune = p.get('commune');
  const place = p.get('place');
  const page = p.get('page');
  const zoom = Number(p.get('zoom') ?? NaN);
  const isPlaceId = (id: string) => /^[a-z0-9-]{1,100}$/.test(id);
  return {
    near: parseLatLon(p.get('near')),
    commune: commune && /^[0-9][0-9AB][0-9]{3}$/.test(commune) ? commune : undefined,
    kinds: csv(p.get('kind')).filter(inList(KINDS)),
    services: csv(p.get('service')).filter(inList(SERVICES)),
    open: flag(p.get('open')),
    free: flag(p.get('free')),
    support: flag(p.get('support')),
    access: csv(p.get('access')).filter(inList(SUPPORTS)),
    today: flag(p.get('today')),
    weekend: flag(p.get('weekend')),
    walkin: flag(p.get('walkin')),
    need: isNeed(p.get('need')) ? (p.get('need') as Need) : undefined,
    places: [...new Set(csv(p.get('places')).filter(isPlaceId))].slice(0, 20),
    mobile: flag(p.get('mobile')),
    place: place && isPlaceId(place) ? place : undefined,
    view: p.get('view') === 'map' ? 'map' : 'list',
    zoom: Number.isInteger(zoom) && zoom >= MIN_ZOOM && zoom <= MAX_ZOOM ? zoom : undefined,
    mode: p.get('mode') === 'kiosk' ? 'kiosk' : undefined,
    label: p.get('label')?.slice(0, 80) || undefined,
    idle: Number.isFinite(idle) && idle >= 5 ? Math.min(idle, 3600) : undefined,
    lang: p.get('lang') || undefined,
    large: flag(p.get('large')),
    page: page && inList(PAGES)(page) ? page : undefined,
    step: isStep(p.get('step')) ? (p.get('step') as Step) : undefined,
  };
}

/** Positions are rounded to ~1 m: enough for a search, no false precision in shared links. */
const coord = (n: number) => String(Math.round(n * 1e5) / 1e5);

export function serializeState(state: AppState): string {
  const p = new URLSearchParams();
  if (state.mode) p.set('mode', state.mode);
  if (state.label) p.set('label', state.label);
  if (state.idle) p.set('idle', String(state.idle));
  if (state.lang) p.set('lang', state.lang);
  if (state.near) p.set('near', `${coord(state.near.lat)},${coord(state.near.lon)}`);
  if (state.commune) p.set('commune', state.commune);
  if (state.kinds.length) p.set('kind', state.kinds.join(','));
  if (state.services.length) p.set('service', state.services.join(','));
  if (state.open) p.set('open', '1');
  if (state.free) p.set('free', '1');
  if (state.support) p.set('support', '1');
  if (state.access.length) p.set('access', state.access.join(','));
  if (state.today) p.set('today', '1');
  if (state.weekend) p.set('weekend', '1');
  if (state.walkin) p.set('walkin', '1');
  if (state.mobile) p.set('mobile', '1');
  if (state.view === 'map') p.set('view', 'map');
  if (state.zoom) p.set('zoom', String(state.zoom));
  if (state.need) p.set('need', state.need);
  if (state.places.length) p.set('places', state.places.join(','));
  if (state.place) p.set('place', state.place);
  if (state.large) p.set('large', '1');
  if (state.page) p.set('page', state.page);
  if (state.step) p.set('step', state.step);
  const query = p.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
