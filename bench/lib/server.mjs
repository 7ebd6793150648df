// A static file server for a built bundle on 127.0.0.1 (random port), like the one in
// tests/e2e/harness.mjs (which registers node:test hooks on import, so it is not reused),
// plus an empty same-origin page, /__bench/blank.html, to seed localStorage from before
// the measured navigation.
import http from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export const BLANK_PATH = '/__bench/blank.html';

/** Serves `root`; resolves to { url, close() }. */
export function serve(root) {
  root = path.resolve(root);
  const server = http.createServer((req, res) => {
    const headers = { 'Cache-Control': 'no-store' };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    if (pathname === BLANK_PATH) {
      res.writeHead(200, { ...headers, 'Content-Type': MIME['.html'] }).end('<!doctype html><title>blank</title>');
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(root, '.' + pathname);
    let stat = null;
    if (file === root || file.startsWith(root + path.sep)) {
      try { stat = statSync(file); } catch { stat = null; }
    }
    if (!stat || !stat.isFile()) {
      if (pathname === '/favicon.ico') { res.writeHead(204, headers).end(); return; }
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
    });
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
      });
    });
  });
}
