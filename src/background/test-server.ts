/**
 * A real HTTP server on 127.0.0.1 that publishes packs, for sync tests (unit and browser): ETag and
 * Last-Modified with 304s like a static host, plus the failures a real host has — errors, slowness, size.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface Route {
  body: string | Uint8Array;
  status?: number;
  /** Wait before answering (ms). */
  delayMs?: number;
  /** Send an ETag and answer If-None-Match with 304 (default true). */
  etag?: boolean;
  /** Send this Last-Modified and answer an equal If-Modified-Since with 304. */
  lastModified?: string;
  /** Leave out Content-Length (a chunked body, as a dynamic server sends). */
  chunked?: boolean;
  headers?: Record<string, string>;
}

export interface PackServer {
  url(path: string): string;
  publish(path: string, route: Route | string | Uint8Array): void;
  unpublish(path: string): void;
  /** Every request so far, oldest first. */
  requests: Array<{ path: string; headers: IncomingHttpHeaders; status: number }>;
  close(): Promise<void>;
}

export async function startPackServer(): Promise<PackServer> {
  const routes = new Map<string, Route>();
  const requests: PackServer['requests'] = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const route = routes.get(path);
    const answer = (status: number, headers: Record<string, string>, body?: Uint8Array | string) => {
      requests.push({ path, headers: request.headers, status });
      response.writeHead(status, headers);
      response.end(body);
    };
    if (!route) return answer(404, { 'content-type': 'text/plain' }, 'not found');
    if (route.delayMs) await new Promise((done) => setTimeout(done, route.delayMs));
    if (response.destroyed) return;
    const bytes = typeof route.body === 'string' ? Buffer.from(route.body) : Buffer.from(route.body);
    const headers: Record<string, string> = {
      'content-type': 'text/yaml; charset=utf-8',
      'cache-control': 'no-cache',
      ...route.headers,
    };
    if (route.etag !== false) headers.etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
    if (route.lastModified) headers['last-modified'] = route.lastModified;
    const status = route.status ?? 200;
    if (status === 200) {
      const sameTag = headers.etag && request.headers['if-none-match'] === headers.etag;
      const sameDate =
        route.lastModified &&
        !request.headers['if-none-match'] &&
        request.headers['if-modified-since'] === route.lastModified;
      if (sameTag || sameDate) return answer(304, { etag: headers.etag ?? '' });
    }
    if (route.chunked) {
      requests.push({ path, headers: request.headers, status });
      response.writeHead(status, headers);
      // several writes without Content-Length: Node sends Transfer-Encoding: chunked
      for (let at = 0; at < bytes.length; at += 64 * 1024) response.write(bytes.subarray(at, at + 64 * 1024));
      response.end();
      return;
    }
    answer(status, { ...headers, 'content-length': String(bytes.length) }, bytes);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    publish: (path, route) =>
      routes.set(path, typeof route === 'string' || route instanceof Uint8Array ? { body: route } : route),
    unpublish: (path) => void routes.delete(path),
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
