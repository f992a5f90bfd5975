import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

/** A link out of the frame to the full app, in a new tab (a partner's page stays where it is); says so. */
export function NewTabLink({ href, class: className, children }: { href: string; class?: string; children: ComponentChildren }) {
  const t = useT('embed');
  return (
    <a href={href} class={className} target="_blank" rel="noopener">
      {children}
      <span class="visually-hidden"> {t('newTab')}</span>
    </a>
  );
}
