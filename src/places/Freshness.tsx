import { i18next, useT } from '../i18n';
import { formatDataDate } from '../offline/format';
import { isStale, placeDate } from '../shared/freshness';
import type { Manifest, Place } from '../shared/place';

/** The device's day (YYYY-MM-DD): information ages with the calendar, not with the data. */
const today = () => new Date().toISOString().slice(0, 10);

/** "Informations du 12 mars 2022 · source …", then a calm caution when they are old. */
export function PlaceFreshness({ place, manifest }: { place: Place; manifest: Manifest }) {
  const t = useT('place');
  const newest = placeDate(place);
  const source = manifest.sources.find((s) => s.id === newest.id)?.publisher ?? newest.id;
  const date = formatDataDate(newest.date, i18next.language);
  const precise = /^\d{4}-\d{2}-\d{2}/.test(newest.date);
  return (
    <>
      <p class="place__date">{t(precise ? 'freshness.dateDay' : 'freshness.datePeriod', { date, source })}</p>
      {isStale(place, today()) && <p class="stale">{t('freshness.stale')}</p>}
    </>
  );
}

/** One short line in the result list, only for old information. */
export function StaleLine({ place }: { place: Place }) {
  const t = useT('place');
  if (!isStale(place, today())) return null;
  return <p class="result__stale">{t('freshness.staleShort', { year: placeDate(place).date.slice(0, 4) })}</p>;
}
