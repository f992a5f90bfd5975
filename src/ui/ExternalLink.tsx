import type { ComponentChildren } from 'preact';
import { useMode } from '../app/mode';
import { useT } from '../i18n';
import { writtenOut, type LinkKind } from '../kiosk/written-out';
import { QrCode } from '../share/QrCode';

export type { LinkKind };

interface Props {
  href: string;
  kind: LinkKind;
  children: ComponentChildren;
  class?: string;
}

/** Only these schemes may become a link (data can only bring http(s), tel and mailto). */
const SAFE_SCHEME = /^(https?:\/\/|tel:|mailto:|sms:|geo:)/i;

/**
 * Every link that leaves the app goes through here. On a kiosk nothing may leave the shared
 * screen: the link becomes a QR code to scan with one's own phone, plus the text written out.
 */
export function ExternalLink({ href, kind, children, class: className }: Props) {
  const mode = useMode();
  const t = useT('kiosk');
  if (!SAFE_SCHEME.test(href)) return <span class={className}>{children}</span>;

  if (mode === 'kiosk') {
    const text = writtenOut(href, kind);
    return (
      <span class={`kiosk-link ${className ?? ''}`.trim()} data-kind={kind}>
        <QrCode text={href} label={t('qrOf', { text: text || href })} class="kiosk-link__qr" />
        <span class="kiosk-link__body">
          <span class="kiosk-link__label">{children}</span>
          {text && <span class="kiosk-link__text">{text}</span>}
          <span class="kiosk-link__hint">{t('scanHint')}</span>
        </span>
      </span>
    );
  }

  const external = kind === 'web' || kind === 'directions';
  return (
    <a href={href} class={className} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}
