// Default locations, relative to the repository root (the folder above data/).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const DEFAULT_CACHE_DIR = resolve(REPO_ROOT, 'data/.cache/sources');
export const DEFAULT_OUT_DIR = resolve(REPO_ROOT, 'public/data');
export const DEFAULT_REPORT = resolve(REPO_ROOT, 'reports/data-report.json');
export const DEFAULT_DIFF = resolve(REPO_ROOT, 'reports/data-diff.json');
