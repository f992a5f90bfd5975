// The embed's addresses and the snippet a partner pastes (README, "Embedding Repère"). Pure: the
// builder page, the embed itself and the unit tests share it.
import { EMPTY_STATE, serializeState, type AppState } from '../app/url-state';
import type { Kind, Service } from '../shared/place';
import type { Lang } from '../i18n/languages';

/** The embed route, a second entry of the build (embed/index.html); the only one that may be framed (deploy/). */
export const EMBED_PATH = '/embed/';

/** Frame heights the builder offers, in CSS pixels. */
export const MIN_HEIGHT = 300;
export const MAX_HEIGHT = 1200;
export const DEFAULT_HEIGHT = 600;

export type Centre = { kind: 'commune'; insee: string } | { kind: 'point'; lat: number; lon: number };

/** What the builder page asks for. */
export interface EmbedChoices {
  centre?: Centre;
  /** The map's zoom around the centre; none: fitted to the results. */
  zoom?: number;
  kinds: Kind[];
  services: Service[];
  lang: Lang;
  height: number;
  view: 'list' | 'map';
}

/**
 * What the embed shows, from its own address: the finder's search and filters, the view, the
 * zoom, the language. Pages, a place, kiosk mode and hand-picked lists are the full app's: dropped.
 */
export function embedState(s: AppState): AppState {
  return { ...s, page: undefined, step: undefined, place: undefined, places: [], mode: undefined, label: undefined, idle: undefined, large: false, need: undefined };
}

function stateOf(c: EmbedChoices): AppState {
  const centre = c.centre;
  return {
    ...EMPTY_STATE,
    near: centre?.kind === 'point' ? { lat: centre.lat, lon: centre.lon } : undefined,
    commune: centre?.kind === 'commune' ? centre.insee : undefined,
    kinds: c.kinds,
    services: c.services,
    view: c.view,
    zoom: c.zoom,
    lang: c.lang === 'fr' ? undefined : c.lang,
  };
}

/** The embed's address for these choices (`origin` with no trailing slash). */
export const embedUrl = (origin: string, c: EmbedChoices) => `${origin}${EMBED_PATH}${serializeState(stateOf(c))}`;

/** The same search in the full app (the embed's "Ouvrir dans Repère"); the zoom is the embed's own. */
export const fullAppUrl = (origin: string, state: AppState) => `${origin}/${serializeState({ ...state, zoom: undefined })}`;

export const clampHeight = (h: number) => (Number.isFinite(h) ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(h))) : DEFAULT_HEIGHT);

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<iframe>` to paste. No referrer either way (the partner's page address is not sent to
 * Repère), lazy loading, full width; `title` names the frame for screen readers.
 */
export function snippet(origin: string, c: EmbedChoices, title: string): string {
  return [
    `<iframe src="${attribute(embedUrl(origin, c))}"`,
    `  title="${attribute(title)}"`,
    `  width="100%" height="${clampHeight(c.height)}" style="border: 0; max-width: 100%;"`,
    `  loading="lazy" referrerpolicy="no-referrer"></iframe>`,
  ].join('\n');
}
