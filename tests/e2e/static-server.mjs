// A static file server on 127.0.0.1 for built bundles: the browser tests (harness.mjs) and
// the benchmark (bench/) both serve dist/ with it. No node:test import here, so the bench can
// use it outside a test run.
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
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1 (a random port).
 *  - `prefix`: the path it is served under ('/' or e.g. '/help/tierup/'); anything else is 404.
 *  - `headers`: added to every response (e.g. a Content-Security-Policy).
 *  - `fixtures`: a directory served under /fixtures/ (test host pages).
 * `stopServer(server)` ends it at once, open connections included (the offline tests).
 */
export function startServer(root, { prefix = '/', headers: extra = {}, fixtures = null } = {}) {
  const server = http.createServer((req, res) => {
    const headers = { 'Cache-Control': 'no-store', ...extra };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    let base = root;
    if (fixtures && pathname.startsWith('/fixtures/')) {
      base = fixtures;
      pathname = pathname.slice('/fixtures'.length);
    } else if (pathname.startsWith(prefix)) {
      pathname = '/' + pathname.slice(prefix.length);
    } else {
      pathname = null;
    }
    if (pathname?.endsWith('/')) pathname += 'index.html';
    const file = pathname && path.resolve(base, '.' + pathname);
    const inside = file && (file === base || file.startsWith(base + path.sep));
    let stat = null;
    if (inside) {
      try { stat = statSync(file); } catch { stat = null; }
    }
    if (!stat || !stat.isFile()) {
      // Chromium asks for /favicon.ico on its own; a 404 would be a console error.
      if (req.url === '/favicon.ico') { res.writeHead(204, headers).end(); return; }
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
    });
    if (req.method === 'HEAD') { res.end(); return; }
    // A file removed between the stat and the read (a test tidying its copy of dist/ while the
    // browser still asks for it) ends that response, not the test process.
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  stoppers.set(server, () => sockets.forEach((s) => s.destroy()));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const stoppers = new WeakMap();

/** Stops a server from startServer now: new requests are refused, open ones cut. */
export function stopServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    stoppers.get(server)?.();
  });
}

/** The URL a server from startServer answers on, with its prefix. */
export const serverUrl = (server, prefix = '/') => `http://127.0.0.1:${server.address().port}${prefix}`;


