import { i18next, useT } from '../i18n';
import type { Place } from '../shared/place';
import { hereTexts, titleOf } from '../stops/stop-texts';
import { sentence } from '../stops/schedule-text';
import { ExternalLink } from '../ui/ExternalLink';
import { formatPhone } from '../places/phone';
import { QrCode } from './QrCode';
import { personalUrl } from './share-url';
import { todayLine } from './today-line';
import { usePlaceTexts } from './use-place-texts';
import './large.css';

interface Props {
  place: Place;
  /** The app URL of the place (the QR code opens it on the person's phone). */
  url: string;
  /** Back to the normal place page (?large=1 removed). */
  onClose: () => void;
}

/** "Grand affichage" (?large=1): what a mediator turns the screen to show, nothing else. */
export function LargeView({ place, url, onClose }: Props) {
  const t = useT(['share', 'stops', 'place']);
  const texts = usePlaceTexts([place]);
  const today = todayLine(place, new Date(), texts, t);
  const here = place.stop && hereTexts(t, i18next.language, place, new Date());

  return (
    <article class="large-view" aria-labelledby="large-view-name">
      <h1 id="large-view-name" class="large-view__name" tabIndex={-1} data-focus-heading>
        {titleOf(t, place)}
      </h1>
      <p class="large-view__address">
        {place.address.street && <span>{place.address.street}</span>}
        <span>{[place.address.postcode, place.address.commune].filter(Boolean).join(' ')}</span>
        {place.mobile && !place.stop && <span class="large-view__note">{t('mobile')}</span>}
      </p>
      {here && (
        <p class="large-view__hours">
          <span>{sentence(here.at)}</span> {here.next && <span class="large-view__label">{here.next}</span>}
        </p>
      )}
      <p class="large-view__hours">
        <span class="large-view__label">{t('hoursToday')}</span> {today}
      </p>
      {place.phone && (
        <p class="large-view__phone">
          <ExternalLink href={`tel:${place.phone}`} kind="tel">
            {formatPhone(place.phone)}
          </ExternalLink>
        </p>
      )}
      <div class="large-view__qr">
        <QrCode text={personalUrl(url)} label={t('scanPlace')} />
        <p>{t('scanPlace')}</p>
      </div>
      <button type="button" class="large-view__close" onClick={onClose}>
        {t('closeLarge')}
      </button>
    </article>
  );
}
