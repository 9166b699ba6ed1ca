import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * A plain static web server on 127.0.0.1 for one folder, mounted under `prefix` (a school's
 * sub-folder, e.g. `/games/lenins-heirs/`), as a school's own server would serve the build. It can
 * play dead (`down`): every request then fails with 503 and is recorded, so a test can prove that an
 * offline game asked the network for nothing.
 */
export interface StaticServer {
  /** The game's address: http://127.0.0.1:PORT/prefix/ */
  url: string;
  /** Paths asked for while `down` was set. */
  readonly whileDown: string[];
  /** Every path asked for, in order. */
  readonly requests: string[];
  down: boolean;
  close(): Promise<void>;
}

export async function serveFolder(folder: string, prefix: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const whileDown: string[] = [];
  const state = { down: false };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    if (state.down) {
      whileDown.push(path);
      response.writeHead(503).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(folder, path.slice(prefix.length)));
    if (!file.startsWith(normalize(folder))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...headers,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    whileDown,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
