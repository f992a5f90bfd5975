import { useEffect, useState } from 'preact/hooks';
import { MAX_ZOOM, MIN_ZOOM, type AppState } from '../app/url-state';
import { LANGUAGES, isLang, useT, type Lang } from '../i18n';
import { CommuneCombobox } from '../search/CommuneCombobox';
import { townByInsee } from '../search/town-search';
import { KINDS, SERVICES, type Kind, type Service } from '../shared/place';
import { clampHeight, DEFAULT_HEIGHT, embedUrl, MAX_HEIGHT, MIN_HEIGHT, snippet, type EmbedChoices } from './embed-url';
import { toggled } from '../shared/toggled';
import './embed.css';

const ZOOMS = Array.from({ length: MAX_ZOOM - MIN_ZOOM + 1 }, (_, i) => MIN_ZOOM + i);
const validPoint = (lat: number, lon: number) => Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/**
 * ?page=integrer — "Intégrer Repère sur votre site": a partner chooses what the frame shows, sees it
 * live (the embed route itself, in a frame) and copies the `<iframe>`. The URL's search and filters
 * are the first choices, so "Intégrer" from a search starts from it.
 */
export function EmbedBuilderPage({ state }: { state: AppState }) {
  const t = useT(['embed', 'place']);
  const [by, setBy] = useState<'commune' | 'point'>(state.near ? 'point' : 'commune');
  const [commune, setCommune] = useState<{ insee: string; name: string }>();
  const [lat, setLat] = useState(state.near ? String(state.near.lat) : '');
  const [lon, setLon] = useState(state.near ? String(state.near.lon) : '');
  const [zoom, setZoom] = useState<number | undefined>(state.zoom);
  const [kinds, setKinds] = useState<Kind[]>(state.kinds);
  const [services, setServices] = useState<Service[]>(state.services);
  const [lang, setLang] = useState<Lang>(isLang(state.lang) ? state.lang : 'fr');
  const [height, setHeight] = useState(String(DEFAULT_HEIGHT));
  const [view, setView] = useState(state.view);
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');

  useEffect(() => {
    if (!state.commune) return;
    const insee = state.commune;
    townByInsee(insee).then(
      (c) => c && setCommune((chosen) => chosen ?? { insee, name: c.name }),
      () => undefined,
    );
  }, []);

  const point = { lat: Number(lat), lon: Number(lon) };
  const pointOk = lat.trim() !== '' && lon.trim() !== '' && validPoint(point.lat, point.lon);
  const centre: EmbedChoices['centre'] =
    by === 'commune' ? commune && { kind: 'commune', insee: commune.insee } : pointOk ? { kind: 'point', ...point } : undefined;
  const choices: EmbedChoices = { centre, zoom, kinds, services, lang, height: clampHeight(Number(height)), view };
  const title = by === 'commune' && commune ? t('builder.frameTitle', { name: commune.name }) : t('builder.frameTitleNear');
  const code = centre ? snippet(location.origin, choices, title) : '';
  useEffect(() => setCopied(''), [code]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };

  const check = (id: string, label: string, checked: boolean, onChange: () => void) => (
    <li key={id}>
      <input type="checkbox" id={id} checked={checked} onChange={onChange} />
      <label for={id}>{label}</label>
    </li>
  );
  const radio = (name: string, id: string, label: string, checked: boolean, onChange: () => void) => (
    <li key={id}>
      <input type="radio" name={name} id={id} checked={checked} onChange={onChange} />
      <label for={id}>{label}</label>
    </li>
  );

  return (
    <article class="embed-builder">
      <h1 tabIndex={-1} data-focus-heading>
        {t('builder.title')}
      </h1>
      <p>{t('builder.intro')}</p>
      <p>{t('builder.privacy')}</p>
      <form class="embed-builder__form" onSubmit={(e) => e.preventDefault()} aria-labelledby="embed-choices">
        <h2 id="embed-choices">{t('builder.choices')}</h2>
        <fieldset>
          <legend>{t('builder.centre')}</legend>
          <ul class="checks">
            {radio('centre', 'eb-by-commune', t('builder.centreCommune'), by === 'commune', () => setBy('commune'))}
            {radio('centre', 'eb-by-point', t('builder.centrePoint'), by === 'point', () => setBy('point'))}
          </ul>
          {by === 'commune' ? (
            <div class="embed-builder__centre">
              <CommuneCombobox onChoose={(c) => setCommune({ insee: c.insee, name: c.name })} />
              {commune && (
                <p role="status" data-testid="embed-commune">
                  {t('builder.communeChosen', { name: commune.name })}
                </p>
              )}
            </div>
          ) : (
            <div class="embed-builder__centre embed-builder__point">
              <p id="eb-point-hint" class="hint">
                {t('builder.pointHint')}
              </p>
              <label for="eb-lat">{t('builder.latitude')}</label>
              <input id="eb-lat" type="number" step="any" min={-90} max={90} value={lat} aria-describedby="eb-point-hint" onInput={(e) => setLat(e.currentTarget.value)} />
              <label for="eb-lon">{t('builder.longitude')}</label>
              <input id="eb-lon" type="number" step="any" min={-180} max={180} value={lon} aria-describedby="eb-point-hint" onInput={(e) => setLon(e.currentTarget.value)} />
              {lat.trim() !== '' && lon.trim() !== '' && !pointOk && <p class="message message--error">{t('builder.pointInvalid')}</p>}
            </div>
          )}
        </fieldset>
        <div class="embed-builder__field">
          <label for="eb-zoom">{t('builder.zoom')}</label>
          <p id="eb-zoom-hint" class="hint">
            {t('builder.zoomHint')}
          </p>
          <select id="eb-zoom" aria-describedby="eb-zoom-hint" value={zoom ?? ''} onChange={(e) => setZoom(e.currentTarget.value ? Number(e.currentTarget.value) : undefined)}>
            <option value="">{t('builder.zoomAuto')}</option>
            {ZOOMS.map((z) => (
              <option key={z} value={z}>
                {t('builder.zoomLevel', { zoom: z })}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('builder.kinds')}</legend>
          <p class="hint">{t('builder.kindsHint')}</p>
          <ul class="checks">{KINDS.map((k) => check(`eb-kind-${k}`, t(`place:kind.${k}`), kinds.includes(k), () => setKinds(toggled(kinds, k))))}</ul>
        </fieldset>
        <fieldset>
          <legend>{t('builder.services')}</legend>
          <p class="hint">{t('builder.servicesHint')}</p>
          <ul class="checks">{SERVICES.map((s) => check(`eb-service-${s}`, t(`place:service.${s}`), services.includes(s), () => setServices(toggled(services, s))))}</ul>
        </fieldset>
        <div class="embed-builder__field">
          <label for="eb-lang">{t('builder.language')}</label>
          <select id="eb-lang" value={lang} onChange={(e) => isLang(e.currentTarget.value) && setLang(e.currentTarget.value)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.htmlLang}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div class="embed-builder__field">
          <label for="eb-height">{t('builder.height')}</label>
          <p id="eb-height-hint" class="hint">
            {t('builder.heightHint')}
          </p>
          <input id="eb-height" type="number" min={MIN_HEIGHT} max={MAX_HEIGHT} step={50} value={height} aria-describedby="eb-height-hint" onInput={(e) => setHeight(e.currentTarget.value)} />
        </div>
        <fieldset>
          <legend>{t('builder.view')}</legend>
          <ul class="checks">
            {radio('view', 'eb-view-list', t('builder.viewList'), view === 'list', () => setView('list'))}
            {radio('view', 'eb-view-map', t('builder.viewMap'), view === 'map', () => setView('map'))}
          </ul>
        </fieldset>
      </form>
      <h2>{t('builder.preview')}</h2>
      {centre ? (
        <iframe class="embed-builder__preview" src={embedUrl(location.origin, choices)} title={title} height={choices.height} />
      ) : (
        <p class="message">{t('builder.needCentre')}</p>
      )}
      <h2>
        <label for="eb-code">{t('builder.code')}</label>
      </h2>
      <p id="eb-code-hint" class="hint">
        {t('builder.codeHint')}
      </p>
      <textarea id="eb-code" class="embed-builder__code" readOnly rows={5} value={code} aria-describedby="eb-code-hint" />
      <p>
        <button type="button" class="button button--primary" disabled={!centre} onClick={() => void copy()}>
          {t('builder.copy')}
        </button>
      </p>
      <p role="status">{copied === 'ok' ? t('builder.copied') : copied === 'failed' ? t('builder.copyFailed') : ''}</p>
      <p class="hint">{t('builder.docs')}</p>
    </article>
  );
}
