import { i18next, useT } from '../i18n';

/** Easy-read pictograms, one per key action. */
const PICTOS = {
  guide: '🧭',
  search: '🔍',
  list: '📋',
  map: '🗺️',
  filter: '⚙️',
  more: '➕',
  back: '⬅️',
  call: '📞',
  email: '✉️',
  website: '🌐',
  booking: '📅',
  directions: '🚶',
  listen: '🔊',
  sms: '💬',
  copy: '📋',
  share: '📤',
  print: '🖨️',
  large: '🔎',
  save: '💾',
  delete: '🗑️',
  about: 'ℹ️',
  offline: '📶',
  here: '📍',
  town: '🏘️',
  restart: '🔄',
} as const;
export type PictoName = keyof typeof PICTOS;

/**
 * A pictogram beside a key action's words in easy-read French (FALC: "use pictures to help explain
 * the text"). Decorative: hidden from screen readers, the words carry the meaning.
 */
export function Picto({ name }: { name: PictoName }) {
  useT(); // re-render on a language change
  if (i18next.language !== 'falc') return null;
  return (
    <span class="picto" aria-hidden="true">
      {PICTOS[name]}
    </span>
  );
}
