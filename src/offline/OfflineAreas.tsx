import { useEffect, useRef, useState } from 'preact/hooks';
import { i18next, useT } from '../i18n';
import { areaId, downloadBytes, filesOfArea, storedBytes, type AreaChoice } from '../device-data/areas';
import { areaLabel } from './area-label';
import { answerShown } from '../device-data';
import { allFile } from '../shared/gazetteer-pieces';
import { isQuotaError } from '../shared/quota';
import { Picto } from '../ui/Picto';
import { formatBytes, formatDataDate } from './format';
import { REGIONS } from '../shared/regions';
import { deleteArea, missingFiles, readDeviceData, saveArea, type DeviceData, type Progress } from '../device-data/saved-areas';
import { useOnline } from '../device-data/use-online';
import './offline.css';

type Message = { kind: 'ok' | 'error'; text: string };

interface Estimate {
  usage: number;
  quota: number;
  persisted: boolean;
}

async function readEstimate(): Promise<Estimate | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota, persisted: (await navigator.storage.persisted?.()) ?? false };
}

export function OfflineAreas() {
  const t = useT('offline');
  const lang = i18next.language;
  const size = (bytes: number) => formatBytes(bytes, lang);
  const label = (id: string) => areaLabel(id, t('page.france'));
  const online = useOnline();
  const [device, setDevice] = useState<DeviceData>();
  const [estimate, setEstimate] = useState<Estimate>();
  const [choice, setChoice] = useState<AreaChoice>({ type: 'departement', code: '02' });
  const [progress, setProgress] = useState<Progress>();
  const [message, setMessage] = useState<Message>();
  const abort = useRef<AbortController>();

  const refresh = async () => {
    setDevice(await readDeviceData());
    answerShown();
    setEstimate(await readEstimate().catch(() => undefined));
  };
  useEffect(() => {
    void refresh().catch(() => setMessage({ kind: 'error', text: t('page.networkError') }));
    return () => abort.current?.abort();
  }, []);

  const id = areaId(choice);
  const missing = device ? missingFiles(device, id) : [];
  const deps = device?.manifest.files.filter((f) => f.type === 'departement' && f.dep).map((f) => f.dep!) ?? [];

  async function save() {
    const controller = new AbortController();
    abort.current = controller;
    setMessage(undefined);
    setProgress({ done: 0, total: downloadBytes(missing) });
    // Asked when the user saves, not before: browsers grant it more readily to a clear intent.
    void navigator.storage?.persist?.().catch(() => false);
    try {
      await saveArea(id, { signal: controller.signal, onProgress: setProgress });
      setMessage({ kind: 'ok', text: t('page.saved', { area: label(id) }) });
    } catch (error) {
      const text = controller.signal.aborted
        ? t('page.cancelled')
        : isQuotaError(error)
          ? t('page.quotaError')
          : t('page.networkError');
      setMessage({ kind: controller.signal.aborted ? 'ok' : 'error', text });
    } finally {
      abort.current = undefined;
      setProgress(undefined);
      await refresh().catch(() => undefined);
    }
  }

  async function remove(areaToDelete: string) {
    await deleteArea(areaToDelete);
    setMessage({ kind: 'ok', text: t('page.deleted', { area: label(areaToDelete) }) });
    await refresh();
  }

  // The whole gazetteer, once kept (the first visit keeps it in the background when the link allows).
  const communes = device && allFile(device.directory);
  const areas = [...(device?.areas ?? [])].sort((a, b) => Number(!!a.auto) - Number(!!b.auto) || label(a.id).localeCompare(label(b.id), 'fr'));

  return (
    <article class="offline-page">
      <h1 tabIndex={-1} data-focus-heading>
        {t('page.title')}
      </h1>
      <p>{t('page.intro')}</p>
      {device && <p>{t('page.dataDate', { date: formatDataDate(device.manifest.generatedAt, lang) })}</p>}

      <section aria-labelledby="offline-save-title">
        <h2 id="offline-save-title">{t('page.saveTitle')}</h2>
        <fieldset class="offline-choice" disabled={!!progress}>
          <legend>{t('page.areaType')}</legend>
          {(['departement', 'region', 'france'] as const).map((type) => (
            <label key={type} class="offline-choice__option">
              <input
                type="radio"
                name="offline-area-type"
                checked={choice.type === type}
                onChange={() =>
                  setChoice(type === 'france' ? { type } : { type, code: type === 'region' ? REGIONS[0].code : (deps[0] ?? '01') })
                }
              />
              {t(`page.type${type[0].toUpperCase()}${type.slice(1)}`)}
            </label>
          ))}
        </fieldset>
        {choice.type === 'departement' && (
          <p class="offline-field">
            <label for="offline-dep">{t('page.departement')}</label>
            <select id="offline-dep" value={choice.code} disabled={!!progress} onChange={(e) => setChoice({ type: 'departement', code: e.currentTarget.value })}>
              {deps.map((dep) => (
                <option key={dep} value={dep}>
                  {label(`dep:${dep}`)}
                </option>
              ))}
            </select>
          </p>
        )}
        {choice.type === 'region' && (
          <p class="offline-field">
            <label for="offline-region">{t('page.region')}</label>
            <select id="offline-region" value={choice.code} disabled={!!progress} onChange={(e) => setChoice({ type: 'region', code: e.currentTarget.value })}>
              {REGIONS.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </p>
        )}
        {device && !progress && (
          <p data-testid="offline-size">
            {missing.length
              ? t('page.downloadSize', {
                  size: size(downloadBytes(missing)),
                  disk: size(storedBytes(missing)),
                })
              : t('page.alreadySaved')}
          </p>
        )}
        {!online && <p>{t('page.needNetwork')}</p>}
        {progress ? (
          <div class="offline-progress">
            <label for="offline-progress">{t('page.progressLabel')}</label>
            <progress id="offline-progress" max={progress.total || 1} value={progress.done} />
            <p>{t('page.progress', { done: size(progress.done), total: size(progress.total) })}</p>
            <button type="button" class="offline-button offline-button--secondary" onClick={() => abort.current?.abort()}>
              {t('page.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="offline-button" disabled={!device || !online} onClick={() => void save()}>
            <Picto name="save" />{t('page.save')}
          </button>
        )}
        <div role="status" class={message ? `offline-message offline-message--${message.kind}` : undefined} data-testid="offline-message">
          {message?.text}
        </div>
      </section>

      <section aria-labelledby="offline-stored-title">
        <h2 id="offline-stored-title">{t('page.storedTitle')}</h2>
        {device && !areas.length && <p>{t('page.storedEmpty')}</p>}
        {device && areas.length > 0 && (
          <ul class="offline-areas" data-testid="offline-areas">
            {areas.map((area) => (
              <li key={area.id} class="offline-area" data-area-id={area.id}>
                <span>
                  <strong>{label(area.id)}</strong>
                  {area.auto && <> · {t('page.auto')}</>} · {size(storedBytes(filesOfArea(device.manifest, area.id)))}
                </span>
                <button
                  type="button"
                  class="offline-button offline-button--secondary"
                  disabled={!!progress}
                  aria-label={t('page.deleteLabel', { area: label(area.id) })}
                  onClick={() => void remove(area.id)}
                >
                  <Picto name="delete" />{t('page.delete')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {communes && device?.paths.has(communes.path) && <p>{t('page.communes', { size: size(communes.bytes) })}</p>}
        {estimate && estimate.quota > 0 && (
          <p>
            {t('page.usage', { usage: size(estimate.usage), quota: size(estimate.quota) })}{' '}
            {estimate.persisted ? t('page.persisted') : t('page.notPersisted')}
          </p>
        )}
      </section>
    </article>
  );
}
