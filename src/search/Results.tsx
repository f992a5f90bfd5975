import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useT } from '../i18n';
import { keepSettings, useNavigate } from '../app/navigation';
import { serializeState, type AppState } from '../app/url-state';
import type { MapViewProps } from '../map/types';
import { FiltersPanel } from '../places/FiltersPanel';
import { answerShown } from '../device-data';
import { needsHoursLibrary } from '../places/hours';
import { useOpeningHours } from '../places/opening-hours';
import { ResultItem } from '../places/ResultItem';
import { ShareActions } from '../share/ShareActions';
import { AppLink } from '../ui/AppLink';
import { PAGE_SIZE, useSearch } from './use-search';

/** Leaflet and the map code arrive only when the map view is asked for. */
function useMapView(wanted: boolean): ComponentType<MapViewProps> | undefined {
  const [MapView, setMapView] = useState<ComponentType<MapViewProps>>();
  useEffect(() => {
    if (wanted && !MapView) void import('../map/MapView').then((m) => setMapView(() => m.default));
  }, [wanted]);
  return MapView;
}

export function Results({ state }: { state: AppState }) {
  const t = useT(['finder', 'common']);
  const navigate = useNavigate();
  const [wantHours, setWantHours] = useState(false);
  const OH = useOpeningHours(wantHours);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const originKey = `${state.near?.lat},${state.near?.lon},${state.commune}`;
  useEffect(() => setLimit(PAGE_SIZE), [originKey]);
  const result = useSearch(state, OH, limit);
  // The hours library only when a shown place or the "open now" filter needs it.
  const needsHours = result.status === 'done' && (result.hoursPending || result.hits.some((h) => needsHoursLibrary(h.place)));
  useEffect(() => void (needsHours && setWantHours(true)), [needsHours]);
  // The answer is on screen: downloads for later may take their turn.
  useEffect(() => void (result.status === 'done' && answerShown()), [result.status]);
  const MapView = useMapView(state.view === 'map');

  if (result.status === 'loading') {
    return (
      <div class="results screen-loading">
        <p role="status" class="status-line">
          {t('results.searching')}
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

  return (
    <div class="results">
      <h1 tabIndex={-1} data-focus-heading>
        {title}
      </h1>
      <p class="results__new">
        <AppLink to={keepSettings(state)}>{t('results.newSearch')}</AppLink>
      </p>
      <FiltersPanel state={state} pool={result.pool} radiusKm={result.radiusKm} isOpen={result.isOpen} hoursReady={OH !== undefined || !result.pool.some(needsHoursLibrary)} />
      <nav class="view-switch" aria-label={t('results.viewLabel')}>
        <AppLink to={{ ...state, view: 'list' }} replace aria-current={state.view === 'list' ? 'page' : undefined}>
          {t('results.viewList')}
        </AppLink>
        <AppLink to={{ ...state, view: 'map' }} replace aria-current={state.view === 'map' ? 'page' : undefined}>
          {t('results.viewMap')}
        </AppLink>
      </nav>
      {state.view === 'map' && (
        <div class="map-slot">
          {MapView ? (
            <MapView
              places={places}
              origin={{ lat: origin.lat, lon: origin.lon, kind: origin.kind, label: origin.name || t('results.yourPosition') }}
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
      <p class="results__count" role="status">
        {hits.length ? t('results.count', { count: hits.length }) : result.missing.length ? '' : t('results.none')}
      </p>
      <ol class="result-list">
        {hits.map((hit) => (
          <ResultItem key={hit.place.id} hit={hit} state={state} OH={OH} />
        ))}
      </ol>
      {hits.length >= limit && (
        <button type="button" class="button button--secondary" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          {t('results.more')}
        </button>
      )}
      {hits.length > 0 && <ShareActions places={places} url={absoluteUrl} title={t('results.shareTitle', { name: origin.name || t('results.yourPosition') })} />}
    </div>
  );
}
