import type L from 'leaflet';
import { useEffect, useRef, useState } from 'preact/hooks';
import { htmlLang, i18next, useT } from '../i18n';
import { askPersistentStorage, saveArea, TILE_CAP, type SaveProgress, type SaveResult } from './save-area';
import { planDownload, type BBox, type DownloadPlan } from './tile-math';
import type { TileSource } from './tile-sources';

/** Levels saved: the one on screen and two closer ones (street level when starting from a town). */
const EXTRA_LEVELS = 2;

type Phase =
  | { step: 'idle' }
  | { step: 'confirm'; bbox: BBox; plan: DownloadPlan }
  | { step: 'running'; progress: SaveProgress; controller: AbortController }
  | { step: 'finished'; result: SaveResult }
  | { step: 'error' };

function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return new Intl.NumberFormat(htmlLang(i18next.language), { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(Math.max(0.1, mb));
}

/** "Enregistrer cette zone": count and size first, then progress with a cancel button. */
export function SaveAreaPanel({ map, source }: { map: L.Map; source: TileSource }) {
  const t = useT('map');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const focusRef = useRef<HTMLElement | null>(null);
  const focusTarget = (el: HTMLElement | null) => void (focusRef.current = el);
  // Each step puts the focus on what comes next, so a keyboard or screen-reader user follows along.
  useEffect(() => {
    if (phase.step !== 'idle') focusRef.current?.focus({ preventScroll: true });
  }, [phase.step]);
  // Leaving the map stops a download under way (what is saved stays).
  const running = useRef<AbortController>();
  useEffect(() => () => running.current?.abort(), []);

  if (!source.allowBulkDownload) return null;

  const prepare = () => {
    const b = map.getBounds();
    const bbox: BBox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const zoom = Math.round(map.getZoom());
    setPhase({ step: 'confirm', bbox, plan: planDownload(bbox, zoom, zoom + EXTRA_LEVELS, source.maxZoom, TILE_CAP) });
  };

  const start = async (bbox: BBox, plan: DownloadPlan) => {
    const controller = new AbortController();
    running.current = controller;
    const empty: SaveProgress = { done: 0, total: plan.total, saved: 0, kept: 0, failed: 0 };
    setPhase({ step: 'running', progress: empty, controller });
    await askPersistentStorage();
    try {
      const result = await saveArea(source, bbox, plan, {
        signal: controller.signal,
        onProgress: (progress) => setPhase({ step: 'running', progress, controller }),
      });
      setPhase({ step: 'finished', result });
    } catch {
      setPhase({ step: 'error' });
    }
  };

  return (
    <section class="save-area" aria-labelledby="save-area-title">
      <h2 id="save-area-title" class="save-area__title">
        {t('save.title')}
      </h2>
      {phase.step === 'idle' && (
        <>
          <p class="hint">{t('save.intro')}</p>
          <button type="button" class="button button--secondary" onClick={prepare}>
            {t('save.button')}
          </button>
        </>
      )}

      {phase.step === 'confirm' && (
        <div class="save-area__box">
          {phase.plan.total === 0 ? (
            <p tabIndex={-1} ref={focusTarget}>
              {t('save.tooBig', { cap: TILE_CAP })}
            </p>
          ) : (
            <>
              <p tabIndex={-1} ref={focusTarget} data-tiles={phase.plan.total}>
                {t('save.estimate', {
                  count: phase.plan.total,
                  size: formatMegabytes(phase.plan.total * source.approxTileBytes),
                  from: phase.plan.zooms[0],
                  to: phase.plan.zooms[phase.plan.zooms.length - 1],
                })}
              </p>
              {phase.plan.dropped.length > 0 && <p class="hint">{t('save.capped', { cap: TILE_CAP })}</p>}
            </>
          )}
          <div class="save-area__actions">
            {phase.plan.total > 0 && (
              <button type="button" class="button button--primary" onClick={() => start(phase.bbox, phase.plan)}>
                {t('save.confirm')}
              </button>
            )}
            <button type="button" class="button button--secondary" onClick={() => setPhase({ step: 'idle' })}>
              {t('save.cancel')}
            </button>
          </div>
        </div>
      )}

      {phase.step === 'running' && (
        <div class="save-area__box">
          <label for="save-area-progress">{t('save.progressLabel')}</label>
          <progress id="save-area-progress" max={phase.progress.total} value={phase.progress.done} />
          <p class="save-area__count" data-done={phase.progress.done} data-total={phase.progress.total}>
            {t('save.progress', { done: phase.progress.done, total: phase.progress.total })}
          </p>
          <button type="button" class="button button--secondary" ref={focusTarget} onClick={() => phase.controller.abort()}>
            {t('save.stop')}
          </button>
        </div>
      )}

      {(phase.step === 'finished' || phase.step === 'error') && (
        <div class="save-area__box">
          <p
            role="status"
            tabIndex={-1}
            ref={focusTarget}
            class={`message ${phase.step === 'error' || phase.result.status === 'quota' ? 'message--error' : ''}`}
            data-status={phase.step === 'error' ? 'error' : phase.result.status}
          >
            {phase.step === 'error' ? t('save.error') : resultText(t, phase.result)}
          </p>
          <button type="button" class="button button--secondary" onClick={prepare}>
            {t('save.again')}
          </button>
        </div>
      )}
    </section>
  );
}

function resultText(t: ReturnType<typeof useT>, r: SaveResult): string {
  const stored = r.saved + r.kept;
  const parts = [];
  if (r.status === 'quota') parts.push(t('save.quota', { count: stored }));
  else if (r.status === 'cancelled') parts.push(t('save.cancelled', { count: stored }));
  else if (r.failed === r.total) parts.push(t('save.allFailed'));
  else parts.push(t('save.complete', { count: stored }));
  if (r.failed > 0 && r.failed < r.total && r.status === 'complete') parts.push(t('save.someFailed', { count: r.failed }));
  return parts.join(' ');
}
