import qrcode from 'qrcode-generator';

/**
 * QR codes are made on the device (works offline, sends nothing anywhere) and drawn as one
 * SVG path built from the module matrix: no markup from a string, so no injection possible.
 */
export function qrMatrix(text: string): boolean[][] {
  // 'M' recovers 15 % damage: enough for a folded sheet or a scratched screen, still small.
  const qr = qrcode(0, 'M');
  // The library writes one byte per char code: give it UTF-8 bytes so any text survives.
  const bytes = new TextEncoder().encode(text);
  qr.addData(String.fromCharCode(...bytes), 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
}

/** SVG path data, one unit per module, offset by `margin` (the quiet zone scanners need: 4 modules). */
export function matrixToPath(matrix: boolean[][], margin = 4): string {
  let d = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      // One rectangle per horizontal run of dark modules keeps the path short.
      d += `M${start + margin} ${y + margin}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}
