// A tile is kept only if its bytes are a whole image: a connection cut mid-way, a proxy's
// error page sent with status 200 or an empty body must never be served later as a tile.
// Pure (no worker API), so unit-tested.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND = [0x49, 0x45, 0x4e, 0x44];

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);

/**
 * True when `bytes` hold a complete PNG (ends with its IEND chunk), JPEG (ends with the EOI
 * marker), WebP (RIFF size matches) or, for formats without a trailer (vector tiles), any
 * non-empty body whose content type is not text.
 */
export function isCompleteTile(bytes: Uint8Array, contentType: string): boolean {
  if (bytes.byteLength === 0) return false;
  if (startsWith(bytes, PNG_SIGNATURE)) return startsWith(bytes, IEND, bytes.byteLength - 8);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    // Some encoders pad after EOI: look for it in the last few bytes.
    const tail = bytes.subarray(Math.max(0, bytes.byteLength - 16));
    return tail.some((b, i) => b === 0xff && tail[i + 1] === 0xd9);
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46])) {
    const size = bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24);
    return size + 8 === bytes.byteLength;
  }
  return !/^text\/|html|json/.test(contentType);
}
