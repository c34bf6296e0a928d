// Local HTTP and HTTPS servers for the smoke-test tests, on 127.0.0.1 with a free port, that
// count the requests they see; and their certificates: a CA, a valid leaf for 127.0.0.1/localhost,
// an expired one and one expiring in 3 days (made by support/certificates.ts).
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { DAY_MS, makeCa, type KeyPair } from './certificates.js';

export type { KeyPair } from './certificates.js';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Handles the n-th request (1-based) the server has seen. */
export type Handler = (request: IncomingMessage, response: ServerResponse, n: number) => void;

export interface TestServer {
  /** `http://127.0.0.1:<port>` or `https://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  requests: SeenRequest[];
  /** Closes the listener and destroys open connections (hanging requests included). */
  close(): Promise<void>;
}

async function listen(
  server: Server,
  scheme: 'http' | 'https',
  handler: Handler,
  port = 0,
): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      handler(request, response, requests.length);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `${scheme}://127.0.0.1:${bound}`,
    port: bound,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `port` 0 (default) takes a free one. */
export function startHttpServer(handler: Handler, port = 0): Promise<TestServer> {
  return listen(createHttpServer(), 'http', handler, port);
}

export function startHttpsServer(pair: KeyPair, handler: Handler): Promise<TestServer> {
  return listen(createHttpsServer({ key: pair.key, cert: pair.cert }), 'https', handler);
}

/** Replies with a status and a body (JSON when it is not a string). */
export function reply(
  response: ServerResponse,
  status: number,
  body: unknown = '',
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}

export interface TestCertificates {
  dir: string;
  /** PEM of the CA that signed every leaf. */
  ca: string;
  caPath: string;
  valid: KeyPair;
  expired: KeyPair;
  expiringIn3Days: KeyPair;
  cleanup(): void;
}

/** A CA and three leaf certificates for 127.0.0.1 and localhost: valid, expired, expiring in 3 days. */
export function makeCertificates(now = Date.now()): TestCertificates {
  const ca = makeCa({ subject: '/O=smoke-test/CN=Smoke Test CA', days: 30 });
  const leaf = (name: string, from: number, to: number): KeyPair =>
    ca.leaf(name, { subject: '/O=smoke-test/CN=localhost', from, to });
  return {
    dir: ca.dir,
    ca: ca.caPem,
    caPath: ca.caPath,
    valid: leaf('valid', now - DAY_MS, now + 90 * DAY_MS),
    expired: leaf('expired', now - 30 * DAY_MS, now - 2 * DAY_MS),
    expiringIn3Days: leaf('soon', now - DAY_MS, now + 3 * DAY_MS + 2 * 3_600_000),
    cleanup: ca.cleanup,
  };
}
