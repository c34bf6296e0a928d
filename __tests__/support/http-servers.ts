// Local HTTP and HTTPS servers for the smoke-test tests, on 127.0.0.1 with a free port, that
// count the requests they see; and test certificates made with openssl: a CA, a valid leaf for
// 127.0.0.1/localhost, an expired one and one expiring in 3 days.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

export interface KeyPair {
  key: string;
  cert: string;
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

const DAY_MS = 86_400_000;

/** `YYMMDDHHMMSSZ`, the UTCTime form `openssl ca -startdate/-enddate` takes. */
function asn1Time(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Makes a CA and three leaf certificates for 127.0.0.1 and localhost. `openssl x509 -days`
 * cannot date a certificate in the past (OpenSSL 3.0 here has no -not_before), so the leaves are
 * signed with `openssl ca -startdate/-enddate`.
 */
export function makeCertificates(now = Date.now()): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'smoke-certs-'));
  mkdirSync(join(dir, 'newcerts'));
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    [
      '[ ca ]',
      'default_ca = test_ca',
      '[ test_ca ]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'new_certs_dir = $dir/newcerts',
      'certificate = $dir/ca.pem',
      'private_key = $dir/ca.key',
      'serial = $dir/serial',
      'default_md = sha256',
      'policy = policy_any',
      'unique_subject = no',
      'copy_extensions = none',
      '[ policy_any ]',
      'commonName = supplied',
      'organizationName = optional',
      '[ leaf ]',
      'subjectAltName = IP:127.0.0.1, DNS:localhost',
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature, keyEncipherment',
      'extendedKeyUsage = serverAuth',
      '',
    ].join('\n'),
  );
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '30',
      '-subj',
      '/O=smoke-test/CN=Smoke Test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  const leaf = (name: string, from: number, to: number): KeyPair => {
    openssl(
      [
        'req',
        '-new',
        ...ec,
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.csr`,
        '-subj',
        `/O=smoke-test/CN=localhost`,
      ],
      dir,
    );
    openssl(
      [
        'ca',
        '-batch',
        '-config',
        'ca.cnf',
        '-extensions',
        'leaf',
        '-notext',
        '-in',
        `${name}.csr`,
        '-out',
        `${name}.pem`,
        '-startdate',
        asn1Time(from),
        '-enddate',
        asn1Time(to),
      ],
      dir,
    );
    return {
      key: readFileSync(join(dir, `${name}.key`), 'utf8'),
      cert: readFileSync(join(dir, `${name}.pem`), 'utf8'),
    };
  };
  return {
    dir,
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    caPath: join(dir, 'ca.pem'),
    valid: leaf('valid', now - DAY_MS, now + 90 * DAY_MS),
    expired: leaf('expired', now - 30 * DAY_MS, now - 2 * DAY_MS),
    expiringIn3Days: leaf('soon', now - DAY_MS, now + 3 * DAY_MS + 2 * 3_600_000),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
