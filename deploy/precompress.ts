// Writes `file.gz` and `file.br` beside every content-hashed text file of a build (assets/, hashed
// data files), once, at the highest levels: nginx (gzip_static, brotli_static) sends them as they
// are instead of compressing each request. Only files whose name changes with their content: a
// precompressed copy of index.html or data/manifest.json would go stale the day the file is
// replaced without it, and they are small enough to compress on the fly. A host that compresses by
// itself (any CDN) ignores the copies. Run after `npm run build`, and on each data update.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cacheControl, COMPRESSIBLE_TYPES, IMMUTABLE, MIME_TYPES } from './policy';

const TEXT_EXTENSIONS = new Set(Object.entries(MIME_TYPES).filter(([, type]) => COMPRESSIBLE_TYPES.includes(type)).map(([ext]) => `.${ext}`));
/** Below this, the headers outweigh the saving (nginx's gzip_min_length too). */
const MIN_BYTES = 512;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

export interface PrecompressReport {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/**
 * `fast` (brotli 5, gzip 6) is for test builds; a deployment uses the default (brotli 11, gzip 9:
 * the France pack 1.26 MB gzip → 0.91 MB brotli, ~15 s of one core once per data version).
 */
export function precompress(root: string, { fast = false } = {}): PrecompressReport {
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const path of files(root)) {
    if (!TEXT_EXTENSIONS.has(extname(path))) continue;
    if (cacheControl(`/${relative(root, path).split(sep).join('/')}`) !== IMMUTABLE) continue;
    const size = statSync(path).size;
    if (size < MIN_BYTES) continue;
    const body = readFileSync(path);
    const gz = gzipSync(body, { level: fast ? 6 : 9 });
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: fast ? 5 : 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: size,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    // Written aside, then renamed: a server (or a second run) never reads a half-written copy.
    for (const [ext, bytes] of [['.gz', gz], ['.br', br]] as const) {
      writeFileSync(`${path}${ext}.${process.pid}.tmp`, bytes);
      renameSync(`${path}${ext}.${process.pid}.tmp`, `${path}${ext}`);
    }
    report.files++;
    report.bytes += size;
    report.gzipBytes += gz.length;
    report.brotliBytes += br.length;
  }
  return report;
}
