import { useEffect } from 'preact/hooks';
import { useT } from '../i18n';
import { keepSettings, useNavigate } from '../app/navigation';
import { serializeState, type AppState } from '../app/url-state';
import { ExportActions } from '../export/ExportActions';
import { useMapView } from '../map/use-map-view';
import { dataGaps, fallbackSearch } from '../orientation/gaps';
import { NeedFallback, NeedSummary } from '../orientation/NeedResults';
import { FiltersPanel } from '../places/FiltersPanel';
import { answerShown } from '../device-data';
import { needsHoursLibrary } from '../places/hours';
import { useOnline } from '../device-data/use-online';
import { ResultItem } from '../places/ResultItem';
import { ShareActions } from '../share/ShareActions';
import { useMode } from '../app/mode';
import { noteSearch } from '../favourites/kept-store';
import { PickActions, PickStart, usePicker } from '../place-list/Picker';
import { AppLink } from '../ui/AppLink';
import { Picto } from '../ui/Picto';
import { usePagedSearch } from './use-search';
import { ViewSwitch } from './ViewSwitch';

export function Results({ state }: { state: AppState }) {
  const t = useT(['finder', 'common', 'orientation']);
  const navigate = useNavigate();
  const { result, OH, limit, more } = usePagedSearch(state);
  // The answer is on screen: downloads for later may take their turn.
  useEffect(() => void (result.status === 'done' && answerShown()), [result.status]);
  const MapView = useMapView(state.view === 'map');
  const picker = usePicker();
  const personal = useMode() !== 'kiosk';
  useEffect(() => {
    // "Mes lieux" measures distances from the last search (kept on a personal device once places are kept).
    if (result.status === 'done' && personal) void noteSearch({ lat: result.origin.lat, lon: result.origin.lon, name: result.origin.name, commune: state.commune }).catch(() => undefined);
  }, [result.status === 'done' && result.origin]);
  const online = useOnline();

  if (result.status === 'loading') {
    return (
      <div class="results screen-loading">
        <p role="status" class="status-line">
          {t('results.searching')}
        </p>
      </div>
    );
  }
  if (result.status === 'error' && !online) {
    // Offline with nothing on the device for this area (never saved, or evicted by the browser).
    return (
      <div class="results">
        <h1 tabIndex={-1} data-focus-heading>
          {t('results.notOnDeviceTitle')}
        </h1>
        <p data-testid="data-missing">{t('results.notOnDevice')}</p>
        <p>
          <AppLink to={{ ...keepSettings(state), page: 'offline' }}>{t('results.saveArea')}</AppLink>
        </p>
      </div>
    );
  }
  if (result.status !== 'done') {
    return (
      <div class="results">
        <h1 tabIndex={-1} data-focus-heading>
          {result.status === 'unknown-commune' ? t('results.unknownCommune') : t('common:loadError')}
        </h1>
        <AppLink to={keepSettings(state)} class="button button--secondary">
          {t('results.newSearch')}
        </AppLink>
      </div>
    );
  }

  const { origin, hits } = result;
  const title = origin.kind === 'commune' ? t('results.titleCommune', { name: origin.name }) : t('results.titleNear');
  const places = hits.map((h) => h.place);
  const absoluteUrl = `${location.origin}${location.pathname}${serializeState({ ...state, view: 'list' })}`;
  // After a guided orientation: what the data cannot say around here, and who can help instead.
  const gaps = dataGaps(result.pool, state, result.isOpen, result.clock);
  const fallback = fallbackSearch(state, gaps);

  return (
    <div class="results">
      <h1 tabIndex={-1} data-focus-heading>
        {title}
      </h1>
      <ul class="results__new need-links">
        <li>
          <AppLink to={keepSettings(state)}><Picto name="search" />{t('results.newSearch')}</AppLink>
        </li>
        {!state.need && (
          <li>
            <AppLink to={{ ...keepSettings(state), page: 'orientation' }}><Picto name="guide" />{t('orientation:entry.link')}</AppLink>
          </li>
        )}
      </ul>
      {state.need && <NeedSummary state={state} gaps={gaps} radiusKm={result.radiusKm} />}
      {fallback && <NeedFallback state={state} search={fallback} gaps={gaps} exclude={places.map((p) => p.id)} radiusKm={result.radiusKm} />}
      <FiltersPanel state={state} pool={result.pool} radiusKm={result.radiusKm} isOpen={result.isOpen} clock={result.clock} hoursReady={OH !== undefined || !result.pool.some(needsHoursLibrary)} />
      <ViewSwitch state={state} />
      {state.view === 'map' && (
        <div class="map-slot">
          {MapView ? (
            <MapView
              places={places}
              origin={{ lat: origin.lat, lon: origin.lon, kind: origin.kind, label: origin.name || t('results.yourPosition') }}
              zoom={state.zoom}
              onOpenPlace={(id) => navigate({ ...state, place: id })}
            />
          ) : (
            <p role="status">{t('results.mapLoading')}</p>
          )}
        </div>
      )}
      {result.missing.length > 0 && (
        <p class="message" data-testid="results-missing">
          {t('results.missingOffline')}
        </p>
      )}
      {fallback && <h2>{t('orientation:results.mainTitle')}</h2>}
      <p class="results__count" role="status">
        {hits.length ? t('results.count', { count: hits.length }) : result.missing.length ? '' : t('results.none')}
      </p>
      {hits.length > 0 && <PickStart picker={picker} state={state} places={places} />}
      <ol class="result-list">
        {hits.map((hit) => (
          <ResultItem key={hit.place.id} hit={hit} state={state} OH={OH} picker={picker} level={fallback ? 3 : 2} />
        ))}
      </ol>
      <PickActions picker={picker} state={state} />
      {hits.length >= limit && (
        <button type="button" class="button button--secondary" onClick={more}>
          <Picto name="more" />{t('results.more')}
        </button>
      )}
      {hits.length > 0 && <ShareActions places={places} url={absoluteUrl} title={t('results.shareTitle', { name: origin.name || t('results.yourPosition') })} />}
      <ExportActions places={places} />
    </div>
  );
}
