import { i18next, useT } from '../i18n';
import type { Place } from '../shared/place';
import { formatTime, formatWeekday } from './format';
import { weekHours, type OpeningHoursCtor } from './hours';

/** This week, Monday to Sunday, in the place's local time; today is named in words, not only coloured. */
export function HoursTable({ place, OH }: { place: Place; OH: OpeningHoursCtor | undefined }) {
  const t = useT('place');
  const week = weekHours(OH, place, new Date());
  if (!week) return null;
  const lang = i18next.language;
  return (
    <table class="hours">
      <caption>{t('page.hoursCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('page.day')}</th>
          <th scope="col">{t('page.openingTimes')}</th>
        </tr>
      </thead>
      <tbody>
        {week.map((d) => (
          <tr key={d.day.getTime()} class={d.today ? 'hours__today' : undefined} aria-current={d.today ? 'date' : undefined}>
            <th scope="row">
              {formatWeekday(lang, d.day)}
              {d.today && <strong> ({t('page.today')})</strong>}
              {d.holiday && <span> ({t('page.holiday')})</span>}
            </th>
            <td>
              {d.intervals.length
                ? d.intervals.map(([from, to]) => t('page.range', { from: formatTime(t, from), to: formatTime(t, to) })).join(', ')
                : t('page.closedDay')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
