import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCompleteTile } from '../../../src/sw/complete-image';

// A real 1×1 PNG, as the tile server sends them.
function png(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

describe('isCompleteTile', () => {
  it('accepts a whole PNG and refuses a cut one', () => {
    const whole = png();
    expect(isCompleteTile(whole, 'image/png')).toBe(true);
    expect(isCompleteTile(whole.subarray(0, whole.length >> 1), 'image/png')).toBe(false);
  });
  it('accepts a JPEG ending with its EOI marker only', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
    expect(isCompleteTile(jpeg, 'image/jpeg')).toBe(true);
    expect(isCompleteTile(jpeg.subarray(0, 6), 'image/jpeg')).toBe(false);
  });
  it('checks a WebP against its RIFF size', () => {
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 4, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
    expect(isCompleteTile(webp, 'image/webp')).toBe(true);
    expect(isCompleteTile(webp.subarray(0, 10), 'image/webp')).toBe(false);
  });
  it('refuses an empty body and an error page sent as 200', () => {
    expect(isCompleteTile(new Uint8Array(), 'image/png')).toBe(false);
    expect(isCompleteTile(new TextEncoder().encode('<html>portail wifi</html>'), 'text/html')).toBe(false);
  });
});
