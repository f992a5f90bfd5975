import { render, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMode } from '../app/mode';
import { useT } from '../i18n';
import type { Place } from '../shared/place';
import { ExternalLink } from '../ui/ExternalLink';
import { smsWords } from './sms-words';
import { PrintSheet } from './PrintSheet';
import { QrCode } from './QrCode';
import { personalUrl } from './share-url';
import { usePlaceTexts } from './use-place-texts';
import './share.css';

export interface ShareActionsProps {
  /** One place (place page) or a result list. */
  places: Place[];
  /** The app URL that reopens the same view on another phone. */
  url: string;
  title: string;
  /** "Grand affichage": called to open the large view (place pages); the button is hidden without it. */
  onLarge?: () => void;
}

/**
 * Hand-off of a place or a list to the person: QR code, SMS text, copy, share sheet, print.
 * On a kiosk only the QR code and print stay: nothing may leave the shared screen.
 */
export function ShareActions({ places, url, title, onLarge }: ShareActionsProps) {
  const t = useT('share');
  const kiosk = useMode() === 'kiosk';
  const texts = usePlaceTexts(places);
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const now = new Date();
  // A list hands over its nearest place by SMS; the QR code and the print carry the whole list.
  const first = places[0];
  const sms = texts && first ? texts.buildSmsText(first, now, smsWords(t)) : '';
  const single = places.length === 1;
  const link = personalUrl(url);

  usePrintSheet(<PrintSheet places={places} url={link} title={title} now={now} />);

  if (!first) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${sms}\n${link}`);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section class="share" aria-labelledby="share-title">
      <h2 id="share-title" class="share__title">
        {single ? t('heading') : t('headingList')}
      </h2>
      <div class="share__qr">
        <QrCode text={link} label={t('qrLabel')} />
        <p>{single ? t('scanPlace') : t('scanList')}</p>
      </div>
      {/* Keys: the SMS and copy buttons appear once the texts are ready; the others must keep their node. */}
      <div class="share__buttons">
        {!kiosk && sms && (
          <ExternalLink key="sms" href={texts!.smsHref(sms)} kind="sms" class="share__button">
            {t('sendSms')}
          </ExternalLink>
        )}
        {!kiosk && sms && (
          <button key="copy" type="button" class="share__button" onClick={() => void copy()}>
            {t('copy')}
          </button>
        )}
        {!kiosk && sms && typeof navigator.share === 'function' && (
          <button key="share" type="button" class="share__button" onClick={() => void navigator.share({ title, text: sms, url: link }).catch(() => {})}>
            {t('share')}
          </button>
        )}
        <button key="print" type="button" class="share__button" onClick={() => print()}>
          {t('print')}
        </button>
        {onLarge && single && (
          <button key="large" type="button" class="share__button" onClick={onLarge}>
            {t('large')}
          </button>
        )}
      </div>
      <p role="status" class="share__status">
        {copied === 'ok' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
      </p>
      {!kiosk && sms && (
        <details class="share__sms">
          <summary>{t('smsPreview')}</summary>
          <pre class="share__sms-text">{sms}</pre>
          <p>{t('characters', { count: sms.length })}</p>
        </details>
      )}
    </section>
  );
}

/** Renders the print sheet as a direct child of <body>, so print.css can hide the whole app around it. */
function usePrintSheet(sheet: VNode) {
  const [root] = useState(() => {
    const div = document.createElement('div');
    div.className = 'print-root';
    return div;
  });
  useEffect(() => {
    document.body.append(root);
    return () => {
      render(null, root);
      root.remove();
    };
  }, []);
  useEffect(() => render(sheet, root));
}
