import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** What the QR code holds (a URL, tel:…, mailto:…). */
  text: string;
  /** Accessible name: says what scanning it opens. */
  label: string;
  class?: string;
}

/** The quiet zone scanners need around the code, in modules. */
const MARGIN = 4;

/**
 * A QR code drawn on the device (works offline) as one SVG path. The encoder (~8 KB gzip)
 * is loaded on first use so it stays out of the first paint.
 */
export function QrCode({ text, label, class: className }: Props) {
  const [drawn, setDrawn] = useState<{ text: string; size: number; path: string }>();

  useEffect(() => {
    let live = true;
    void import('./qr').then(({ qrMatrix, matrixToPath }) => {
      const matrix = qrMatrix(text);
      if (live) setDrawn({ text, size: matrix.length + 2 * MARGIN, path: matrixToPath(matrix, MARGIN) });
    });
    return () => {
      live = false;
    };
  }, [text]);

  const classes = `qr ${className ?? ''}`.trim();
  if (!drawn || drawn.text !== text) return <span class={`${classes} qr--pending`} role="img" aria-label={label} />;
  return (
    <svg
      class={classes}
      role="img"
      aria-label={label}
      data-qr-text={text}
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={drawn.size} height={drawn.size} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
