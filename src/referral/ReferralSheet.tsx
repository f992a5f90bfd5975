import { i18next, useT } from '../i18n';
import type { BringItem, Need } from '../needs/needs';
import { formatPhone } from '../places/phone';
import type { Place } from '../shared/place';
import { QrCode } from '../share/QrCode';
import { usePlaceTexts } from '../share/use-place-texts';
import { compactWeek } from './compact-week';
import './referral-sheet.css';

export type SheetFormat = 'a4' | 'a6';

interface Props {
  format: SheetFormat;
  places: Place[];
  need?: Need;
  bring: BringItem[];
  /** Printed only: never in the QR code. */
  firstName: string;
  notes: string;
  /** The list link of the QR code: places and need, nothing typed about the person. */
  url: string;
  now: Date;
}

/**
 * The referral sheet on paper, shown only when printing. `a4`: one page to read at the table.
 * `a6`: the A4 in four quarters (folded twice, the top-left one alone says the need, where to go
 * with the phone numbers, and holds the QR code); addresses and hours, what to bring, notes.
 */
export function ReferralSheet({ format, places, need, bring, firstName, notes, url, now }: Props) {
  const t = useT(['referral', 'needs', 'share', 'place']);
  const texts = usePlaceTexts(places);
  const days = t('sheet.daysShort', { returnObjects: true }) as unknown as string[];
  const locale = i18next.language === 'en' ? 'en-GB' : 'fr-FR';

  const hours = (place: Place): string[] => {
    const week = texts?.weekLines(place, now, t('share:sms.timeSeparator'));
    if (!week) return [place.appointment ? t('share:appointment') : place.hoursText || t('sheet.hoursUnknown')];
    const lines = compactWeek(week, days);
    return lines.length ? lines : [t('sheet.closedWeek')];
  };
  const address = (p: Place) => [p.address.street, [p.address.postcode, p.address.commune].filter(Boolean).join(' ')].filter(Boolean);

  return (
    <section class={`referral-sheet referral-sheet--${format}`} data-print-sheet="referral" data-format={format} aria-labelledby="referral-sheet-title">
      <div class="referral-sheet__key">
        <div class="referral-sheet__head">
          <h1 id="referral-sheet-title" class="referral-sheet__title">
            {t('title')}
          </h1>
          {firstName.trim() && <p class="referral-sheet__for">{t('sheet.for', { name: firstName.trim() })}</p>}
          {need && (
            <p class="referral-sheet__need">
              <span class="referral-sheet__label">{t('sheet.need')}</span> {t(`needs:need.${need}.label`)}
            </p>
          )}
          <ol class="referral-sheet__names">
            {places.map((p) => (
              <li key={p.id}>
                <span class="referral-sheet__name">{p.name}</span>
                {p.phone && <span class="referral-sheet__phone">{formatPhone(p.phone)}</span>}
              </li>
            ))}
          </ol>
        </div>
        <div class="referral-sheet__qr">
          <QrCode text={url} label={t('sheet.scan')} />
          <p>{t('sheet.scan')}</p>
        </div>
      </div>

      <div class="referral-sheet__places">
        <h2>{format === 'a6' ? t('sheet.addresses') : t('sheet.where')}</h2>
        <ol>
          {places.map((p) => (
            <li key={p.id} class="referral-sheet__place">
              <h3>{p.name}</h3>
              <p class="referral-sheet__kind">{t(`place:kind.${p.kind}`)}</p>
              <p>
                {address(p).map((line) => (
                  <span class="referral-sheet__line" key={line}>
                    {line}
                  </span>
                ))}
              </p>
              {p.phone && <p class="referral-sheet__phone">{formatPhone(p.phone)}</p>}
              <p class="referral-sheet__hours">
                <span class="referral-sheet__label">{t('sheet.hours')}</span>
                {hours(p).map((line) => (
                  <span class="referral-sheet__line" key={line}>
                    {line}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ol>
      </div>

      <div class="referral-sheet__bring">
        <h2>{t('sheet.bring')}</h2>
        <ul>
          {bring.map((item) => (
            <li key={item}>{t(`needs:bring.${item}`)}</li>
          ))}
        </ul>
      </div>

      <div class="referral-sheet__notes">
        {notes.trim() && (
          <>
            <h2>{t('sheet.notes')}</h2>
            <p class="referral-sheet__notes-text">{notes.trim()}</p>
          </>
        )}
        <p class="referral-sheet__source">{t('sheet.printedOn', { date: now.toLocaleDateString(locale) })}</p>
      </div>
    </section>
  );
}
