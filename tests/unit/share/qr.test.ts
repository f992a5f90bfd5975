import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { matrixToPath, qrMatrix } from '../../../src/share/qr';

/** Rasterises the path the way a browser would, to check that what we draw scans back. */
function rasterise(matrix: boolean[][], margin: number, scale: number) {
  const size = (matrix.length + 2 * margin) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  const path = matrixToPath(matrix, margin);
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x0, y0, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let y = y0 * scale; y < (y0 + 1) * scale; y++)
      for (let x = x0 * scale; x < (x0 + w) * scale; x++) data.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
  }
  return { data, size };
}

describe('QR code', () => {
  it('draws one rectangle per run of dark modules', () => {
    expect(matrixToPath([[true, true, false, true]], 0)).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
    expect(matrixToPath([[false], [true]], 4)).toBe('M4 5h1v1h-1z');
  });

  it.each([
    'https://repere.example/?place=fs-02408-laon&lang=fr',
    'http://127.0.0.1:4173/?mode=kiosk&near=49.56,3.62&label=M%C3%A9diath%C3%A8que%20de%20Laon',
    'tel:+33612345678',
    'Texte accentué : œuf, Kréyòl',
  ])('decodes back to %s', (text) => {
    const matrix = qrMatrix(text);
    const { data, size } = rasterise(matrix, 4, 4);
    expect(jsQR(data, size, size)?.data).toBe(text);
  });
});
