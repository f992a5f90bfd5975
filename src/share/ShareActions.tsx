import { render, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMode } from '../app/mode';
import { i18next, useT } from '../i18n';
import type { Place } from '../shared/place';
import { ExternalLink } from '../ui/ExternalLink';
import { Picto } from '../ui/Picto';
import { hereTexts } from '../stops/stop-texts';
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
  /**
   * An SMS the caller wrote (a hand-picked list, a referral sheet): the text, link included, and
   * the line that says its length. Without it, the SMS is the first place's (one SMS, no link).
   */
  sms?: { text: string; count: string };
  /** The sheet to print instead of the default one (the referral sheet). */
  sheet?: VNode;
}

/**
 * Hand-off of a place or a list to the person: QR code, SMS text, copy, share sheet, print.
 * On a kiosk only the QR code and print stay: nothing may leave the shared screen.
 */
export function ShareActions({ places, url, title, onLarge, sms: written, sheet }: ShareActionsProps) {
  const t = useT('share');
  const kiosk = useMode() === 'kiosk';
  const texts = usePlaceTexts(places);
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const now = new Date();
  // A list hands over its nearest place by SMS; the QR code and the print carry the whole list.
  const first = places[0];
  // A stop's where-and-when: easy-read French spells it out over lines no SMS can hold, so its SMS says it in French.
  const smsLang = i18next.language === 'falc' ? 'fr' : i18next.language;
  const stopSms = first?.stop && hereTexts(i18next.getFixedT(smsLang, ['stops', 'place']), smsLang, first, now);
  const sms = written ? written.text : texts && first ? texts.buildSmsText(first, now, smsWords(t), stopSms) : '';
  const single = places.length === 1;
  const link = personalUrl(url);

  usePrintSheet(sheet ?? <PrintSheet places={places} url={link} title={title} now={now} />);

  if (!first) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(written ? sms : `${sms}\n${link}`);
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
        {!kiosk && sms && texts && (
          <ExternalLink key="sms" href={texts.smsHref(sms)} kind="sms" class="share__button">
            <Picto name="sms" />{t('sendSms')}
          </ExternalLink>
        )}
        {!kiosk && sms && (
          <button key="copy" type="button" class="share__button" onClick={() => void copy()}>
            <Picto name="copy" />{t('copy')}
          </button>
        )}
        {!kiosk && sms && typeof navigator.share === 'function' && (
          <button key="share" type="button" class="share__button" onClick={() => void navigator.share(written ? { title, text: sms } : { title, text: sms, url: link }).catch(() => {})}>
            <Picto name="share" />{t('share')}
          </button>
        )}
        <button key="print" type="button" class="share__button" onClick={() => print()}>
          <Picto name="print" />{t('print')}
        </button>
        {onLarge && single && (
          <button key="large" type="button" class="share__button" onClick={onLarge}>
            <Picto name="large" />{t('large')}
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
          <p>{written ? written.count : t('characters', { count: sms.length })}</p>
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
