// Local tile server for browser tests: serves generated 256×256 PNG tiles on loopback, so no
// test ever reaches a real tile provider. Each tile is a flat colour derived from z/x/y.
// GET /{z}/{x}/{y}.png → tile; /__stats → {hits, byPath, referers}; /__reset; /__mode/{ok|fail|truncate}.
// `referers` counts tile requests by their Referer header ("(none)" without one): no tile request
// may tell the tile host the page's address (tests/e2e/deploy/).
import { createServer } from 'node:http';
import { deflateSync, crc32 } from 'node:zlib';

const PORT = Number(process.env.TILE_PORT ?? 4180);

function png(r, g, b) {
  const size = 256;
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let mode = 'ok';
let hits = 0;
const byPath = {};
const referers = {};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const cors = { 'Access-Control-Allow-Origin': '*' };
  if (url.pathname === '/__stats') {
    res.writeHead(200, { 'Content-Type': 'application/json', ...cors });
    return res.end(JSON.stringify({ hits, byPath, referers, mode }));
  }
  if (url.pathname === '/__reset') {
    hits = 0;
    for (const k of Object.keys(byPath)) delete byPath[k];
    for (const k of Object.keys(referers)) delete referers[k];
    mode = 'ok';
    res.writeHead(204, cors);
    return res.end();
  }
  const modeMatch = url.pathname.match(/^\/__mode\/(ok|fail|truncate)$/);
  if (modeMatch) {
    mode = modeMatch[1];
    res.writeHead(204, cors);
    return res.end();
  }
  const m = url.pathname.match(/^\/(\d+)\/(\d+)\/(\d+)\.png$/);
  if (!m) {
    res.writeHead(404, cors);
    return res.end();
  }
  hits++;
  byPath[url.pathname] = (byPath[url.pathname] ?? 0) + 1;
  const referer = req.headers.referer ?? '(none)';
  referers[referer] = (referers[referer] ?? 0) + 1;
  if (mode === 'fail') {
    res.writeHead(500, cors);
    return res.end('tile server error');
  }
  const [z, x, y] = m.slice(1).map(Number);
  const body = png(120 + ((x * 37) % 100), 160 + ((y * 53) % 80), 120 + ((z * 29) % 100));
  if (mode === 'truncate') {
    // Announce the full length, send half, then cut the connection: a partial response.
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': body.length, ...cors });
    res.write(body.subarray(0, body.length >> 1));
    return setTimeout(() => res.destroy(), 20);
  }
  res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': body.length, 'Cache-Control': 'max-age=60', ...cors });
  res.end(body);
});

server.listen(PORT, '127.0.0.1', () => console.log(`tile server on http://127.0.0.1:${PORT}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
