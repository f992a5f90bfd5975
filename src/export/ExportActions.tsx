import { useEffect, useState } from 'preact/hooks';
import { useMode } from '../app/mode';
import { useT } from '../i18n';
import { dataSource } from '../device-data';
import type { Place } from '../shared/place';
import type { ExportFile, ExportFormat } from './export-files';
import type { RefusedPlace } from './export-places';
import './export.css';

type Status = { format: ExportFormat; file: string; written: number; refused: RefusedPlace[] } | 'failed' | undefined;

/** Hands the file to the browser as a download: built here, nothing is sent anywhere. */
function save(file: ExportFile) {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Exporter": the current result list in the national schema, as CSV or JSON, plus the
 * LISEZMOI.txt (licence, attribution, sources) a CSV cannot carry. The export code loads on first
 * use. Not on a kiosk: a file left in a shared screen's downloads would reach the next person.
 */
export function ExportActions({ places }: { places: Place[] }) {
  const t = useT('export');
  const kiosk = useMode() === 'kiosk';
  const [status, setStatus] = useState<Status>();
  // A message about the files of another list (more results, other filters) would mislead.
  const listKey = places.map((p) => p.id).join();
  useEffect(() => setStatus(undefined), [listKey]);
  if (kiosk || places.length === 0) return null;

  const download = async (format: ExportFormat) => {
    try {
      const [{ exportFiles }, manifest] = await Promise.all([import('./export-files'), dataSource.manifest()]);
      const { result, files } = exportFiles({ places, sources: manifest.sources, dataDate: manifest.generatedAt, now: new Date() });
      save(files[format]);
      setStatus({ format, file: files[format].name, written: result.rows.length, refused: result.refused });
    } catch {
      setStatus('failed');
    }
  };

  const done = status && status !== 'failed' ? status : undefined;
  return (
    <details class="export" data-testid="export">
      <summary class="export__summary">{t('summary')}</summary>
      <p>{t('intro')}</p>
      <div class="export__buttons">
        <button type="button" class="button button--secondary" onClick={() => void download('csv')}>
          {t('csv')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => void download('json')}>
          {t('json')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => void download('readme')}>
          {t('readme')}
        </button>
      </div>
      <p>{t('licence')}</p>
      <p role="status" class="export__status" data-testid="export-status">
        {status === 'failed' ? t('failed') : done ? (done.format === 'readme' ? t('readmeDone', { file: done.file }) : t('done', { count: done.written, file: done.file })) : ''}
      </p>
      {done && done.format !== 'readme' && done.refused.length > 0 && (
        <div data-testid="export-refused">
          <p>{t('refused', { count: done.refused.length })}</p>
          <ul>
            {done.refused.map((r) => (
              <li key={r.id}>{t('refusedPlace', { name: r.nom, reasons: r.reasons.map((x) => t(`reason.${x}`)).join(', ') })}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
