import { i18next, useT } from '../i18n';
import type { Place } from '../shared/place';
import { hereTexts, titleOf } from '../stops/stop-texts';
import { sentence } from '../stops/schedule-text';
import { formatPhone } from '../places/phone';
import { QrCode } from './QrCode';
import { todayLine } from './today-line';
import { usePlaceTexts } from './use-place-texts';
import './print.css';

interface Props {
  places: Place[];
  url: string;
  title: string;
  now: Date;
}

const addressOf = (p: Place) => [p.stop?.place, p.address.street, [p.address.postcode, p.address.commune].filter(Boolean).join(' ')].filter(Boolean);

/**
 * The paper hand-off, shown only when printing. A4, laid out in A6 quarters: folded twice,
 * the top-left quarter alone still gives the name, address, phone, today's hours and the QR code.
 */
export function PrintSheet({ places, url, title, now }: Props) {
  const t = useT(['share', 'stops', 'place']);
  const texts = usePlaceTexts(places);
  const sep = t('sms.timeSeparator');
  const days = t('days', { returnObjects: true }) as unknown as string[];

  const today = (p: Place) => todayLine(p, now, texts, t, (hours) => `${t('hoursToday')} : ${hours}`);

  const single = places.length === 1 ? places[0] : undefined;
  const week = single && texts?.weekLines(single, now, sep);

  return (
    // A labelled region, not a second <main>: the page keeps one main landmark on screen and on paper.
    <section class="print-sheet" aria-labelledby="print-sheet-title" data-print-sheet={single ? 'place' : 'list'}>
      <div class="print-sheet__key">
        <h1 id="print-sheet-title" class="print-sheet__title">
          {single ? titleOf(t, single) : title}
        </h1>
        {single ? (
          <PlaceBlock place={single} today={today(single)} now={now} email={false} />
        ) : (
          <p>{t('listCount', { count: places.length })}</p>
        )}
        <div class="print-sheet__qr">
          <QrCode text={url} label={single ? t('scanPlace') : t('scanList')} />
          <p>{single ? t('scanPlace') : t('scanList')}</p>
        </div>
      </div>
      {single && (week || single.email) && (
        // The second quarter: what the folded sheet can do without (the QR code must keep its place in the first).
        <div class="print-sheet__week">
          {week && (
            <>
              <h2>{t('hoursWeek')}</h2>
              <table>
                <tbody>
                  {week.map((d, i) => (
                    <tr key={i} class={d.today ? 'is-today' : undefined}>
                      <th scope="row">{days[i]}</th>
                      <td>{d.hours || t('closed')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {single.email && (
            <dl class="print-sheet__facts">
              <dt>{t('email')}</dt>
              <dd>{single.email}</dd>
            </dl>
          )}
        </div>
      )}
      {!single && (
        <ol class="print-sheet__list">
          {places.map((p) => (
            <li key={p.id}>
              <h2>{p.name}</h2>
              <PlaceBlock place={p} today={today(p)} now={now} />
            </li>
          ))}
        </ol>
      )}
      <p class="print-sheet__source">
        {t('printSource')} {t('printedOn', { date: now.toLocaleDateString(document.documentElement.lang === 'en' ? 'en-GB' : 'fr-FR') })}
      </p>
    </section>
  );
}

function PlaceBlock({ place, today, now, email = true }: { place: Place; today: string; now: Date; email?: boolean }) {
  const t = useT(['share', 'stops', 'place']);
  // A bus's stop: where and when it comes, before anything else.
  const here = place.stop && hereTexts(t, i18next.language, place, now);
  return (
    <dl class="print-sheet__facts">
      <dt>{t('address')}</dt>
      <dd>
        {addressOf(place).map((line) => (
          <span class="print-sheet__line" key={line}>
            {line}
          </span>
        ))}
        {place.mobile && !place.stop && <span class="print-sheet__line">{t('mobile')}</span>}
      </dd>
      {here && (
        <>
          <dt>{t('stops:page.when')}</dt>
          <dd class="print-sheet__stop">
            <span class="print-sheet__line">{sentence(here.at)}</span>
            {here.next && <span class="print-sheet__line">{here.next}</span>}
          </dd>
        </>
      )}
      {place.phone && (
        <>
          <dt>{t('phone')}</dt>
          <dd class="print-sheet__phone">{formatPhone(place.phone)}</dd>
        </>
      )}
      <dt>{t('hoursWeek')}</dt>
      <dd class="print-sheet__today">{today}</dd>
      {email && place.email && (
        <>
          <dt>{t('email')}</dt>
          <dd>{place.email}</dd>
        </>
      )}
    </dl>
  );
}
