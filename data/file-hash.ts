import { createHash } from 'node:crypto';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * How many hex digits of a file's sha256 the manifest gives. The device checks each download
 * against them (src/device-data/cache.ts); 64 bits catch a cut or corrupt file as surely as 256,
 * and the manifest, which every first visit fetches before its first result, is 3.5 KB gzip lighter.
 */
export const MANIFEST_HASH_DIGITS = 16;
