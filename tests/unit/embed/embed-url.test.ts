import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseState, serializeState } from '../../../src/app/url-state';
import { clampHeight, embedState, embedUrl, fullAppUrl, snippet, type EmbedChoices } from '../../../src/embed/embed-url';

const ORIGIN = 'https://repere.example.fr';
const LAON: EmbedChoices = { centre: { kind: 'commune', insee: '02408' }, kinds: ['france-services'], services: ['wifi', 'printing'], lang: 'fr', height: 600, view: 'list' };

describe('?zoom= in the URL contract', () => {
  it('is kept from 8 to 17, whole numbers only', () => {
    expect(serializeState(parseState('?commune=02408&view=map&zoom=12'))).toBe('?commune=02408&view=map&zoom=12');
    for (const bad of ['7', '18', '12.5', 'x', '']) expect(parseState(`?zoom=${bad}`).zoom, bad).toBeUndefined();
  });
});

describe('embed addresses', () => {
  it('carries the centre, filters, view, zoom and language, French being the default', () => {
    expect(embedUrl(ORIGIN, LAON)).toBe(`${ORIGIN}/embed/?commune=02408&kind=france-services&service=wifi,printing`);
    expect(embedUrl(ORIGIN, { ...LAON, centre: { kind: 'point', lat: 49.564123456, lon: 3.6199 }, kinds: [], services: [], lang: 'gcf', view: 'map', zoom: 13 })).toBe(
      `${ORIGIN}/embed/?lang=gcf&near=49.56412,3.6199&view=map&zoom=13`,
    );
  });
  it('reads back as the same choices in the embed', () => {
    const state = embedState(parseState(new URL(embedUrl(ORIGIN, { ...LAON, view: 'map', zoom: 10, lang: 'falc' })).search));
    expect(state).toMatchObject({ commune: '02408', kinds: ['france-services'], services: ['wifi', 'printing'], view: 'map', zoom: 10, lang: 'falc' });
  });
  it('drops what belongs to the full app: pages, a place, kiosk mode, lists', () => {
    const state = embedState(parseState('?commune=02408&page=favoris&place=fs-1&mode=kiosk&label=X&places=a,b&large=1&need=imprimer&open=1'));
    expect(state).toEqual({ ...EMPTY_STATE, commune: '02408', open: true });
  });
  it('opens the same search in the full app, without the embed zoom', () => {
    const state = embedState(parseState('?commune=02408&kind=mediation&view=map&zoom=12&lang=en'));
    expect(fullAppUrl(ORIGIN, state)).toBe(`${ORIGIN}/?lang=en&commune=02408&kind=mediation&view=map`);
    expect(fullAppUrl(ORIGIN, { ...state, place: 'fs-1' })).toBe(`${ORIGIN}/?lang=en&commune=02408&kind=mediation&view=map&place=fs-1`);
  });
});

describe('snippet', () => {
  it('is an iframe with escaped attributes, a title, a clamped height and no referrer', () => {
    const code = snippet(ORIGIN, { ...LAON, height: 5000 }, 'Repère : lieux "près" de Laon & <environs>');
    expect(code).toContain(`src="${ORIGIN}/embed/?commune=02408&amp;kind=france-services&amp;service=wifi,printing"`);
    expect(code).toContain('title="Repère : lieux &quot;près&quot; de Laon &amp; &lt;environs>"');
    expect(code).toContain('height="1200"');
    expect(code).toContain('referrerpolicy="no-referrer"');
    expect(code).toMatch(/^<iframe [^]*><\/iframe>$/);
    // Parsed as HTML, the attribute gives back the address.
    const src = /src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&');
    expect(src).toBe(embedUrl(ORIGIN, LAON));
  });
  it('keeps heights between 300 and 1200 px', () => {
    expect([clampHeight(10), clampHeight(450.4), clampHeight(NaN), clampHeight(99999)]).toEqual([300, 450, 600, 1200]);
  });
});
