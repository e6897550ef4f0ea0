/**
 * A small HTTP server for looking at the page without a database: serves a built app (SPA fallback to
 * index.html) and answers /api routes from handlers. The benchmark and the fixture server use it; the
 * end-to-end tests do not (they run the real server).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** A handler answers `{status, body}`; undefined means 404. */
export type StubHandler = (request: StubRequest) => { status?: number; body: unknown } | undefined;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

export async function startStubServer(options: {
  /** Directories searched in order for static files. */
  staticDirs: string[];
  api: StubHandler;
  port?: number;
}): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith('/api/')) {
        const answer = options.api({
          method: request.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          body: await readBody(request),
        });
        const status = answer ? (answer.status ?? 200) : 404;
        const body = answer
          ? answer.body
          : { error: { code: 'not_found', message: `No route ${url.pathname}` } };
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
        return;
      }
      const relative = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      for (const dir of options.staticDirs) {
        const file = join(dir, relative);
        if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          createReadStream(file).pipe(response);
          return;
        }
      }
      const index = join(options.staticDirs[0] ?? '.', 'index.html');
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      createReadStream(index).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
