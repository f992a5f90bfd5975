import type { ComponentChildren } from 'preact';

export type LinkKind = 'tel' | 'mailto' | 'web' | 'sms' | 'directions';

interface Props {
  href: string;
  kind: LinkKind;
  children: ComponentChildren;
  class?: string;
}

/**
 * Every link that leaves the app goes through here, so kiosk mode can turn it into
 * a QR code plus the text written out (src/kiosk/ owns that behaviour).
 */
export function ExternalLink({ href, kind, children, class: className }: Props) {
  const external = kind === 'web' || kind === 'directions';
  return (
    <a href={href} class={className} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}
