import { render } from 'preact';
import { App } from './app/App';
import { initI18n, isLang } from './i18n';
import { recoverAtStart } from './offline/boot-recovery';

async function boot() {
  // ?reset, or a new version left waiting: the page loads again before anything is shown.
  if (await recoverAtStart()) return;
  const urlLang = new URLSearchParams(location.search).get('lang') ?? undefined;
  await initI18n(isLang(urlLang) ? urlLang : 'fr');
  render(<App />, document.getElementById('app')!);
  void import('./offline/register').then((m) => m.registerServiceWorker());
}

void boot();
