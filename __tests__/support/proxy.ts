// A recording, fault-injecting HTTP proxy for AWS SDK clients, placed in front of moto:
//
//   const proxy = await startProxy({ target: env.AWS_ENDPOINT_URL });
//   new ECSClient({ endpoint: proxy.url, ... });
//   proxy.setFaults({ throttleRate: 1, maxFaults: 1 });   // next call throttled, then healthy
//   proxy.calls  // [{ service: 'ecs', operation: 'UpdateService', method, path, status, faulted? }]
//
// Requests are forwarded untouched (method, path, query, headers incl. Host; bodies streamed),
// so SigV4 signatures stay as the client computed them. Only awsQuery form bodies are buffered,
// to read `Action=`. Only 127.0.0.1 targets are accepted.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { classify, type Operation } from './aws-operation.js';

export { classify, isMutating, MUTATING_PREFIXES, NON_MUTATING, TARGET_SERVICES } from './aws-operation.js';

export type FaultKind = 'throttle' | 'http500' | 'drop' | 'latency';

export interface RecordedCall {
  service: string;
  operation: string;
  method: string;
  /** Path and query as sent by the client. */
  path: string;
  /** HTTP status answered to the client; 0 for a dropped connection. */
  status: number;
  faulted?: FaultKind;
}

export type CallInfo = Pick<RecordedCall, 'service' | 'operation' | 'method' | 'path'>;

export interface FaultPlan {
  /** Probability (0..1) of answering with the protocol's throttling error. */
  throttleRate?: number;
  /** Probability (0..1) of answering 500 InternalFailure. */
  http500Rate?: number;
  /** Probability (0..1) of destroying the client socket without an answer. */
  dropRate?: number;
  /** Drops the first call for which this returns true (once per plan). */
  dropOnce?: (call: CallInfo) => boolean;
  /** Delay before forwarding each (matching) call. */
  latencyMs?: number;
  /** Seed of the PRNG deciding faults; same seed + same calls = same faults. Default 1. */
  seed?: number;
  /** Only calls for which this returns true get faults or latency (called once per call). */
  only?: (call: CallInfo) => boolean;
  /** At most this many throttle/http500/drop faults under this plan (latency not counted). */
  maxFaults?: number;
}

export interface Proxy {
  url: string;
  /** Every call so far, in arrival order (a live array). */
  calls: RecordedCall[];
  /** Replaces the fault plan (restarting its PRNG); no argument removes faults. */
  setFaults(plan?: FaultPlan): void;
  /** Forgets recorded calls and removes the fault plan. */
  reset(): void;
  close(): Promise<void>;
}

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Faults {
  private random: () => number;
  private injected = 0;
  private droppedOnce = false;

  constructor(readonly plan: FaultPlan = {}) {
    this.random = prng(plan.seed ?? 1);
  }

  /** The fault for this call, if any; `latency` means "delay, then forward". */
  decide(call: CallInfo): FaultKind | undefined {
    const { plan } = this;
    if (plan.only && !plan.only(call)) return undefined;
    const budgetLeft = plan.maxFaults === undefined || this.injected < plan.maxFaults;
    let fault: FaultKind | undefined;
    if (budgetLeft && plan.dropOnce && !this.droppedOnce && plan.dropOnce(call)) {
      this.droppedOnce = true;
      fault = 'drop';
    } else if (budgetLeft) {
      const r = this.random();
      const drop = plan.dropRate ?? 0;
      const throttle = drop + (plan.throttleRate ?? 0);
      const http500 = throttle + (plan.http500Rate ?? 0);
      fault = r < drop ? 'drop' : r < throttle ? 'throttle' : r < http500 ? 'http500' : undefined;
    }
    if (fault) this.injected++;
    return fault ?? ((plan.latencyMs ?? 0) > 0 ? 'latency' : undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// error answers, in each protocol's shape

interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** CBOR map of text strings (enough for a smithy rpc-v2-cbor error body). */
function cborTextMap(entries: Record<string, string>): Buffer {
  const text = (s: string): Buffer => {
    const bytes = Buffer.from(s, 'utf8');
    const head =
      bytes.length < 24
        ? [0x60 | bytes.length]
        : bytes.length < 256
          ? [0x78, bytes.length]
          : [0x79, bytes.length >> 8, bytes.length & 0xff];
    return Buffer.concat([Buffer.from(head), bytes]);
  };
  const pairs = Object.entries(entries);
  return Buffer.concat([
    Buffer.from([0xa0 | pairs.length]),
    ...pairs.flatMap(([k, v]) => [text(k), text(v)]),
  ]);
}

function errorAnswer(op: Operation, fault: 'throttle' | 'http500', requestContentType: string): ErrorAnswer {
  const requestId = randomUUID();
  const throttle = fault === 'throttle';
  const message = throttle ? 'Rate exceeded' : 'Injected internal failure';
  switch (op.protocol) {
    case 's3': {
      const [status, code] = throttle ? [503, 'SlowDown'] : [500, 'InternalError'];
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId><HostId>proxy</HostId></Error>`;
      return { status, headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId }, body };
    }
    case 'query': {
      const [status, type, code] = throttle
        ? [400, 'Sender', 'Throttling']
        : [500, 'Receiver', 'InternalFailure'];
      const body = `<ErrorResponse><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
      return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
    }
    case 'cbor': {
      const code = throttle ? 'ThrottlingException' : 'InternalFailure';
      const headers = {
        'content-type': 'application/cbor',
        'smithy-protocol': 'rpc-v2-cbor',
        'x-amzn-requestid': requestId,
      };
      return { status: throttle ? 400 : 500, headers, body: cborTextMap({ __type: code, message }) };
    }
    default: {
      // awsJson and REST-JSON. Lambda's real throttle is 429 TooManyRequestsException.
      const lambda = op.protocol === 'rest-json' && op.service === 'lambda';
      const code = !throttle
        ? 'InternalFailure'
        : lambda
          ? 'TooManyRequestsException'
          : 'ThrottlingException';
      const status = !throttle ? 500 : lambda ? 429 : 400;
      const headers: Record<string, string> = {
        'content-type':
          op.protocol === 'json' ? requestContentType || 'application/x-amz-json-1.1' : 'application/json',
        'x-amzn-ErrorType': code,
        'x-amzn-RequestId': requestId,
      };
      if (op.queryCompatible)
        headers['x-amzn-query-error'] = throttle ? 'Throttling;Sender' : 'InternalFailure;Receiver';
      return { status, headers, body: JSON.stringify({ __type: code, message }) };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// the proxy

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_BY_HOP.has(k)));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Rewrites the answer of a call (its JSON body), to play what the emulator cannot, e.g. an ECS
 * deployment that fails; undefined leaves the answer as the emulator gave it.
 */
export type Rewrite = (call: CallInfo, body: unknown) => unknown;

export async function startProxy(options: {
  target: string;
  faults?: FaultPlan;
  rewrite?: Rewrite;
}): Promise<Proxy> {
  const target = new URL(options.target);
  if (target.hostname !== '127.0.0.1')
    throw new Error(`proxy target must be 127.0.0.1, got ${target.hostname}`);
  const agent = new http.Agent({ keepAlive: true });
  const calls: RecordedCall[] = [];
  let faults = new Faults(options.faults);

  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    call: RecordedCall,
    body: Buffer | undefined,
  ): void {
    const upstream = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: endToEnd(req.headers),
        agent,
      },
      (answer) => {
        call.status = answer.statusCode ?? 0;
        const rewrite = options.rewrite;
        if (!rewrite || call.status !== 200) {
          res.writeHead(call.status, endToEnd(answer.headers));
          return void answer.pipe(res);
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          const changed = parsed === undefined ? undefined : rewrite(call, parsed);
          const out = changed === undefined ? text : JSON.stringify(changed);
          res.writeHead(call.status, {
            ...endToEnd(answer.headers),
            'content-length': String(Buffer.byteLength(out)),
          });
          res.end(out);
        });
      },
    );
    upstream.on('error', (error) => {
      if (res.headersSent) return void res.destroy();
      call.status = 502;
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: ${error.message}`);
    });
    if (body) upstream.end(body);
    else req.pipe(upstream);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const contentType = String(req.headers['content-type'] ?? '');
    const body = contentType.startsWith('application/x-www-form-urlencoded')
      ? await readBody(req)
      : undefined;
    const op = classify({
      method,
      url,
      headers: req.headers,
      ...(body ? { form: body.toString('utf8') } : {}),
    });
    const call: RecordedCall = { service: op.service, operation: op.operation, method, path: url, status: 0 };
    calls.push(call);
    const { plan } = faults;
    const fault = faults.decide({ service: op.service, operation: op.operation, method, path: url });
    if (fault) call.faulted = fault;
    if (fault && plan.latencyMs) await sleep(plan.latencyMs); // decided ⇒ the call matched `only`
    if (fault === 'drop') return void req.socket.destroy();
    if (fault === 'throttle' || fault === 'http500') {
      req.resume();
      const answer = errorAnswer(op, fault, contentType);
      call.status = answer.status;
      res.writeHead(answer.status, {
        ...answer.headers,
        'content-length': String(Buffer.byteLength(answer.body)),
      });
      return void res.end(answer.body);
    }
    forward(req, res, call, body);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    setFaults(plan?: FaultPlan) {
      faults = new Faults(plan);
    },
    reset() {
      calls.length = 0;
      faults = new Faults();
    },
    close() {
      agent.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
