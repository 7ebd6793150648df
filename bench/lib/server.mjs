// The bench serves a built bundle with the tests' static server, plus an empty same-origin
// page to seed localStorage from before the measured navigation.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { serverUrl, startServer, stopServer } from '../../tests/e2e/static-server.mjs';

const BLANK_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'blank');
export const BLANK_PATH = '/fixtures/blank.html';

/** Serves `root`; resolves to { url, close() }. */
export async function serve(root) {
  const server = await startServer(path.resolve(root), { fixtures: BLANK_DIR });
  return { url: serverUrl(server), close: () => stopServer(server) };
}
