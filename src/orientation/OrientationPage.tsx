import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AppState } from '../app/url-state';
import { useT } from '../i18n';

type QuestionsComponent = ComponentType<{ state: AppState }>;
let loaded: QuestionsComponent | undefined;

/** ?page=orientation — the questions load on demand: they are not part of the first screen's code. */
export function OrientationPage({ state }: { state: AppState }) {
  const t = useT('common');
  const [Questions, setQuestions] = useState(() => loaded);
  useEffect(() => {
    if (!Questions) void import('./Questions').then((m) => setQuestions(() => (loaded = m.Questions)));
  }, []);
  return Questions ? <Questions state={state} /> : <p role="status">{t('loading')}</p>;
}
