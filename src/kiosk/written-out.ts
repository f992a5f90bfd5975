import { formatPhone } from '../places/phone';

export type LinkKind = 'tel' | 'mailto' | 'web' | 'sms' | 'directions';

/**
 * What someone copies down from a kiosk screen instead of following a link: the phone number,
 * the e-mail address, the site without its scheme. Directions and SMS have no useful text ('').
 */
export function writtenOut(href: string, kind: LinkKind): string {
  const body = (prefix: string) => decodeURIComponent(href.slice(prefix.length).split('?')[0]);
  if (kind === 'tel' && href.startsWith('tel:')) return formatPhone(body('tel:'));
  if (kind === 'mailto' && href.startsWith('mailto:')) return body('mailto:');
  if (kind === 'web') return href.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  return '';
}
