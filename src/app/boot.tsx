import { render, type ComponentType } from 'preact';
import { initI18n, isLang } from '../i18n';
import { recoverAtStart } from '../offline/boot-recovery';

/** Starts a page of the build (the app, the embed): recovery first, then the text, the screen, the worker. */
export async function boot(Root: ComponentType) {
  // ?reset, or a new version left waiting: the page loads again before anything is shown.
  if (await recoverAtStart()) return;
  const urlLang = new URLSearchParams(location.search).get('lang') ?? undefined;
  await initI18n(isLang(urlLang) ? urlLang : 'fr');
  render(<Root />, document.getElementById('app')!);
  void import('../offline/register').then((m) => m.registerServiceWorker());
}
