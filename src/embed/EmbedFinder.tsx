import type { AppState } from '../app/url-state';
import { useT } from '../i18n';
import { useMapView } from '../map/use-map-view';
import { useOnline } from '../device-data/use-online';
import { ResultCard } from '../places/ResultCard';
import { usePagedSearch } from '../search/use-search';
import { ViewSwitch } from '../search/ViewSwitch';
import { Picto } from '../ui/Picto';
import { fullAppUrl } from './embed-url';
import { NewTabLink } from './NewTabLink';

/** A place's page in the full app, in a new tab: the embed stays a list and a map. */
const placeUrl = (state: AppState, id: string) => fullAppUrl(location.origin, { ...state, place: id });

/**
 * The finder's search, list and map (the same modules as the app's results), without what belongs
 * to the full app: filters panel, hand-off, export, kept places, orientation.
 */
export function EmbedFinder({ state }: { state: AppState }) {
  const t = useT(['embed', 'finder', 'common']);
  const { result, OH, limit, more } = usePagedSearch(state);
  const MapView = useMapView(state.view === 'map');
  const online = useOnline();

  if (!state.near && !state.commune) return <p class="message">{t('noCentre')}</p>;
  if (result.status === 'loading') {
    return (
      <p role="status" class="status-line">
        {t('finder:results.searching')}
      </p>
    );
  }
  if (result.status !== 'done') {
    const message =
      result.status === 'unknown-commune' ? t('finder:results.unknownCommune') : online ? t('common:loadError') : t('finder:results.notOnDevice');
    return <p class="message message--error">{message}</p>;
  }

  const { origin, hits } = result;
  const title = origin.kind === 'commune' ? t('titleCommune', { name: origin.name }) : t('titleNear');
  return (
    <>
      <h1 class="embed__title">{title}</h1>
      <ViewSwitch state={state} />
      {state.view === 'map' && (
        <div class="map-slot">
          {MapView ? (
            <MapView
              places={hits.map((h) => h.place)}
              origin={{ lat: origin.lat, lon: origin.lon, kind: origin.kind, label: origin.name || t('centre') }}
              zoom={state.zoom}
              onOpenPlace={(id) => void window.open(placeUrl(state, id), '_blank', 'noopener')}
            />
          ) : (
            <p role="status">{t('finder:results.mapLoading')}</p>
          )}
        </div>
      )}
      {result.missing.length > 0 && <p class="message">{t('finder:results.missingOffline')}</p>}
      <p class="results__count" role="status">
        {hits.length ? t('finder:results.count', { count: hits.length }) : result.missing.length ? '' : t('finder:results.none')}
      </p>
      <ol class="result-list">
        {hits.map((hit) => (
          <ResultCard key={hit.place.id} hit={hit} OH={OH} link={(name) => <NewTabLink href={placeUrl(state, hit.place.id)}>{name}</NewTabLink>} />
        ))}
      </ol>
      {hits.length >= limit && (
        <button type="button" class="button button--secondary" onClick={more}>
          <Picto name="more" />
          {t('finder:results.more')}
        </button>
      )}
    </>
  );
}
