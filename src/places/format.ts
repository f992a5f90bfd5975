import type { TFunction } from 'i18next';
import { htmlLang } from '../i18n/languages';
import type { HoursStatus } from './hours';

/** "1,2 km", "850 m", "24 km" in the reader's language. */
export function formatDistance(t: TFunction, lang: string, km: number): string {
  if (km < 1) return t('finder:distance.m', { value: Math.max(10, Math.round((km * 1000) / 10) * 10) });
  const value = new Intl.NumberFormat(htmlLang(lang), { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
  return t('finder:distance.km', { value });
}

/** "17 h", "17 h 30" (fr) / "17:00", "17:30" (en). Dates are wall-clock times of the place. */
export function formatTime(t: TFunction, d: Date): string {
  const m = d.getMinutes();
  return m === 0 ? t('place:time.hour', { h: d.getHours() }) : t('place:time.hourMinute', { h: d.getHours(), m: String(m).padStart(2, '0') });
}

export function formatWeekday(lang: string, d: Date): string {
  return new Intl.DateTimeFormat(htmlLang(lang), { weekday: 'long' }).format(d);
}

const dayNumber = (d: Date) => Math.floor(new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() / 86_400_000);

/** "Ouvert · ferme à 17 h", "Fermé · ouvre lundi à 9 h", "Horaires non renseignés"… */
export function statusText(t: TFunction, lang: string, status: HoursStatus | undefined): string {
  if (!status) return t('place:status.loading');
  switch (status.state) {
    case 'text':
      return t('place:status.text');
    case 'none':
      return t('place:status.none');
    case 'open': {
      if (!status.until) return t('place:status.open');
      const time = formatTime(t, status.until);
      return dayNumber(status.until) === dayNumber(status.now)
        ? t('place:status.openUntil', { time })
        : t('place:status.openUntilDay', { time, day: formatWeekday(lang, status.until) });
    }
    case 'closed': {
      if (!status.next) return t('place:status.closed');
      const time = formatTime(t, status.next);
      const days = dayNumber(status.next) - dayNumber(status.now);
      if (days === 0) return t('place:status.closedOpensToday', { time });
      if (days === 1) return t('place:status.closedOpensTomorrow', { time });
      return t('place:status.closedOpensDay', { time, day: formatWeekday(lang, status.next) });
    }
  }
}
