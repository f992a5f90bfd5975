import type { TFunction } from 'i18next';
import type { Place } from '../shared/place';

type PlaceTexts = typeof import('./place-texts');

/**
 * Today's hours as the large view and the print sheet show them: the hours (passed through
 * `format`), "Fermé aujourd'hui", or, when the hours cannot be read, the appointment note or the
 * source's own wording. `texts` is the lazily loaded hours module (undefined until it arrives).
 */
export function todayLine(place: Place, now: Date, texts: PlaceTexts | undefined, t: TFunction, format = (hours: string) => hours): string {
  const intervals = texts?.todayIntervals(place, now);
  if (intervals === undefined) return place.appointment ? t('appointment') : place.hoursText || t('hoursUnknown');
  return intervals.length ? format(texts!.formatIntervals(intervals, t('sms.timeSeparator'))) : t('closedToday');
}
