// The three files a person can take away from a result list, built on the device: the CSV, the
// JSON (its metadata inside) and the LISEZMOI.txt that goes with the CSV. Loaded on demand by
// ExportActions (the results page does not carry this code until "Exporter" is used).
import { toCsv } from './csv';
import { exportFileName, exportPlaces, isoDay, readmeFileName, toJson, type ExportInput, type ExportResult } from './export-places';
import { toReadme } from './readme';

export type ExportFormat = 'csv' | 'json' | 'readme';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export function exportFiles({ now, ...input }: Omit<ExportInput, 'generated'> & { now: Date }): { result: ExportResult; files: Record<ExportFormat, ExportFile> } {
  const generated = isoDay(now);
  const result = exportPlaces({ ...input, generated });
  const csvName = exportFileName(generated, 'csv');
  return {
    result,
    files: {
      csv: { name: csvName, type: 'text/csv;charset=utf-8', text: toCsv(result.rows) },
      json: { name: exportFileName(generated, 'json'), type: 'application/json;charset=utf-8', text: toJson(result) },
      readme: { name: readmeFileName(csvName), type: 'text/plain;charset=utf-8', text: toReadme(result, csvName) },
    },
  };
}
