// One HTTP(S) probe with Node's http/https modules (not fetch: the TLS socket gives the
// certificate): an overall time limit, redirects, latency, certificate, and failures in words.
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { performance } from 'node:perf_hooks';
import { formatDuration } from '../action/duration.js';
import { errorMessage } from '../action/errors.js';
import {
  CERTIFICATE_ERROR,
  certificateDates,
  expiryNote,
  describeCertificate,
  fetchCertificate,
  type CertificateInfo,
} from './certificate.js';
import { isCredentialHeader } from './secrets.js';
import { proxyAgent } from './proxy.js';

export interface ProbeRequest {
  url: string;
  method: string;
  headers: Readonly<Record<string, string>>;
  body?: string | undefined;
  /** For the whole exchange, redirects and body included. */
  timeoutMs: number;
  followRedirects: boolean;
  /** Accept any certificate. */
  insecure: boolean;
  /** PEM of extra certificate authorities to trust (tests; NODE_EXTRA_CA_CERTS does it for the action). */
  ca?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Bytes of body kept for assertions; the rest is read and dropped. */
  maxBodyBytes?: number;
  /** Wall clock for certificate days (ms since epoch). */
  now?: () => number;
}

export interface ProbeResponse {
  kind: 'response';
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
  bodyTruncated: boolean;
  latencyMs: number;
  finalUrl: string;
  redirects: number;
  certificate?: CertificateInfo | undefined;
}

export type ProbeErrorCode =
  | 'timeout'
  | 'connection-refused'
  | 'connection-reset'
  | 'closed-mid-response'
  | 'dns'
  | 'certificate'
  | 'tls'
  | 'redirect'
  | 'cancelled'
  | 'network';

export interface ProbeFailure {
  kind: 'error';
  code: ProbeErrorCode;
  message: string;
  latencyMs: number;
  finalUrl: string;
  certificate?: CertificateInfo | undefined;
}

export type ProbeResult = ProbeResponse | ProbeFailure;
export type Prober = (request: ProbeRequest) => Promise<ProbeResult>;

export const MAX_REDIRECTS = 10;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

type Phase = 'connecting' | 'waiting for the response' | 'reading the body';

interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: string;
  bodyTruncated: boolean;
  certificate?: CertificateInfo | undefined;
}

class ExchangeError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly phase: Phase,
  ) {
    super('exchange failed');
  }
}

function flattenHeaders(message: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

function exchange(hop: Hop, probe: ProbeRequest, signal: AbortSignal, now: () => number): Promise<Exchange> {
  const { url, body } = hop;
  return new Promise((resolve, reject) => {
    let phase: Phase = 'connecting';
    const fail = (error: unknown): void => reject(new ExchangeError(error, phase));
    let request;
    try {
      request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
        url,
        requestOptions(hop, probe, signal),
      );
    } catch (error) {
      fail(error);
      return;
    }
    request.once('socket', (socket) => {
      if (!socket.connecting) phase = 'waiting for the response';
      else
        socket.once(
          url.protocol === 'https:' ? 'secureConnect' : 'connect',
          () => (phase = 'waiting for the response'),
        );
    });
    request.once('error', fail);
    request.once('response', (response) => {
      phase = 'reading the body';
      readResponse(response, probe.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, now, resolve, fail);
    });
    request.end(body);
  });
}

/** The request's options: a Content-Length for a body, the TLS trust, a proxy when the environment names one. */
function requestOptions(
  { url, method, headers, body }: Hop,
  probe: ProbeRequest,
  signal: AbortSignal,
): RequestOptions {
  const requestHeaders = { ...headers };
  if (
    body !== undefined &&
    !Object.keys(requestHeaders).some((name) => name.toLowerCase() === 'content-length')
  )
    requestHeaders['Content-Length'] = String(Buffer.byteLength(body));
  const options: RequestOptions & { rejectUnauthorized?: boolean; ca?: string } = {
    method,
    headers: requestHeaders,
    agent: false,
    signal,
  };
  if (url.protocol === 'https:') {
    options.rejectUnauthorized = !probe.insecure;
    if (probe.ca !== undefined) options.ca = probe.ca;
  }
  // behind a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), a fresh agent per request, as without one
  const proxied = proxyAgent(
    url.protocol === 'https:' ? { rejectUnauthorized: !probe.insecure, ca: probe.ca } : undefined,
    false,
  );
  if (proxied) options.agent = proxied;
  return options;
}

/** Reads the response, keeping the first `limit` bytes of its body, and its server's certificate. */
function readResponse(
  response: IncomingMessage,
  limit: number,
  now: () => number,
  resolve: (exchange: Exchange) => void,
  fail: (error: unknown) => void,
): void {
  const socket = response.socket as TLSSocket | null;
  const peer = typeof socket?.getPeerCertificate === 'function' ? socket.getPeerCertificate() : undefined;
  const certificate = peer ? describeCertificate(peer, now()) : undefined;
  const chunks: Buffer[] = [];
  let kept = 0;
  let truncated = false;
  response.on('data', (chunk: Buffer) => {
    if (kept >= limit) {
      truncated = true;
      return;
    }
    const room = limit - kept;
    if (chunk.length > room) truncated = true;
    chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
    kept += Math.min(room, chunk.length);
  });
  response.once('error', fail);
  response.once('close', () => {
    if (!response.complete) {
      fail(
        Object.assign(new Error('the connection closed before the whole response arrived'), {
          code: 'CLOSED_MID_RESPONSE',
        }),
      );
      return;
    }
    resolve({
      status: response.statusCode ?? 0,
      headers: flattenHeaders(response),
      body: Buffer.concat(chunks).toString('utf8'),
      bodyTruncated: truncated,
      certificate,
    });
  });
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function errorCodeOf(error: unknown): string {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    name?: unknown;
  };
  return typeof shape.code === 'string' ? shape.code : typeof shape.name === 'string' ? shape.name : '';
}

/** A URL for messages and names: any password replaced by ***. */
export function displayUrl(url: string | URL): string {
  try {
    const parsed = new URL(String(url));
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return String(url);
  }
}

export async function probe(request: ProbeRequest): Promise<ProbeResult> {
  const now = request.now ?? Date.now;
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const deadline = startDeadline(request);
  let hop: Hop = {
    url: new URL(request.url),
    method: request.method,
    body: request.body,
    headers: { ...request.headers },
  };
  const failure = (code: ProbeErrorCode, message: string, certificate?: CertificateInfo): ProbeFailure => ({
    kind: 'error',
    code,
    message,
    latencyMs: elapsed(),
    finalUrl: displayUrl(hop.url),
    certificate,
  });
  try {
    for (let redirects = 0; ; redirects += 1) {
      let result: Exchange;
      try {
        result = await exchange(hop, request, deadline.signal, now);
      } catch (error) {
        const { cause, phase } =
          error instanceof ExchangeError ? error : { cause: error, phase: 'connecting' as Phase };
        if (deadline.timedOut())
          return failure(
            'timeout',
            `no complete response within ${formatDuration(request.timeoutMs)} (timed out ${phase})`,
          );
        if (request.signal?.aborted) return failure('cancelled', 'cancelled before a response arrived');
        return await explainFailure(cause, phase, hop.url, request, now, failure);
      }
      const location = result.headers['location'];
      if (request.followRedirects && REDIRECT_STATUSES.has(result.status) && location) {
        const next = redirectHop(hop, result.status, location, redirects);
        if (typeof next === 'string') return failure('redirect', next);
        hop = next;
        continue;
      }
      return {
        kind: 'response',
        status: result.status,
        headers: result.headers,
        body: result.body,
        bodyTruncated: result.bodyTruncated,
        latencyMs: elapsed(),
        finalUrl: displayUrl(hop.url),
        redirects,
        certificate: result.certificate,
      };
    }
  } finally {
    deadline.stop();
  }
}

/** The signal that ends the exchange: at the time limit, or when the caller's signal aborts. */
function startDeadline(request: ProbeRequest): {
  signal: AbortSignal;
  timedOut: () => boolean;
  stop: () => void;
} {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const cancel = (): void => controller.abort();
  request.signal?.addEventListener('abort', cancel, { once: true });
  if (request.signal?.aborted) controller.abort();
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    stop: () => {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', cancel);
    },
  };
}

/** One request of a probe: the first, or one a redirect leads to. */
interface Hop {
  url: URL;
  method: string;
  body: string | undefined;
  headers: Record<string, string>;
}

/**
 * The request a redirect leads to, as a browser makes it: credentials stay on their host, and 303
 * (or 301/302 after a POST) turns into a GET without a body. A string says why it is not followed.
 */
function redirectHop(hop: Hop, status: number, location: string, redirects: number): Hop | string {
  if (redirects >= MAX_REDIRECTS)
    return `more than ${MAX_REDIRECTS} redirects (the last one to ${displayUrl(new URL(location, hop.url))})`;
  let next: URL;
  try {
    next = new URL(location, hop.url);
  } catch {
    return `status ${status} redirects to an invalid location ${JSON.stringify(location)}`;
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:')
    return `status ${status} redirects to ${next.protocol} URL ${displayUrl(next)}, which is not HTTP`;
  let { method, body, headers } = hop;
  if (next.hostname !== hop.url.hostname)
    headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !isCredentialHeader(name)));
  if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
    if (method !== 'HEAD') method = 'GET';
    body = undefined;
    headers = Object.fromEntries(
      Object.entries(headers).filter(([name]) => !/^content-(type|length)$/i.test(name)),
    );
  }
  return { url: next, method, body, headers };
}

async function explainFailure(
  cause: unknown,
  phase: Phase,
  url: URL,
  request: ProbeRequest,
  now: () => number,
  failure: (code: ProbeErrorCode, message: string, certificate?: CertificateInfo) => ProbeFailure,
): Promise<ProbeFailure> {
  const code = errorCodeOf(cause);
  const message = errorMessage(cause);
  const where = `${url.host}`;
  if (
    code === 'CLOSED_MID_RESPONSE' ||
    (phase === 'reading the body' && (code === 'ECONNRESET' || message === 'aborted'))
  )
    return failure(
      'closed-mid-response',
      `the server closed the connection in the middle of the response body`,
    );
  if (code === 'ECONNREFUSED') return failure('connection-refused', `connection refused by ${where}`);
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return failure(
      'connection-reset',
      `the server at ${where} closed the connection without a response (${message})`,
    );
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return failure('dns', `the host name ${url.hostname} does not resolve (${code})`);
  if (CERTIFICATE_ERROR.test(code)) {
    const certificate = await fetchCertificate(url, {
      timeoutMs: Math.min(request.timeoutMs, 5000),
      now: now(),
      ca: request.ca,
    });
    const detail = certificate
      ? `; the certificate is for ${certificate.subject || 'an unnamed subject'}, issued by ${certificate.issuer || 'an unnamed issuer'}, ${certificateDates(certificate)}${certificate.daysLeft < 0 ? `, ${expiryNote(certificate, now())}` : ''}`
      : '';
    return failure(
      'certificate',
      `the certificate of ${where} is not trusted: ${code} (${message})${detail}`,
      certificate,
    );
  }
  if (/^ERR_SSL_|^ERR_TLS_|^EPROTO$/.test(code))
    return failure('tls', `TLS handshake with ${where} failed: ${code} (${message})`);
  return failure('network', `request to ${where} failed ${phase}: ${code ? `${code} ` : ''}(${message})`);
}
