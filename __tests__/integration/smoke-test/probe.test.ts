// probe() against real local servers: redirects (method, credentials, loops), body limits.
import { afterEach, describe, expect, it } from '@jest/globals';
import { probe, type ProbeRequest } from '../../../shared/http/probe.js';
import { reply, startHttpServer, type TestServer } from '../../support/http-servers.js';

const servers: TestServer[] = [];
async function track(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function request(url: string, more: Partial<ProbeRequest> = {}): ProbeRequest {
  return {
    url,
    method: 'GET',
    headers: {},
    timeoutMs: 2_000,
    followRedirects: true,
    insecure: false,
    ...more,
  };
}

describe('probe', () => {
  it('turns a POST into a GET without body after 303, and keeps POST after 307', async () => {
    const server = await track(
      startHttpServer((incoming, response) => {
        if (incoming.url === '/see-other') return reply(response, 303, '', { Location: '/done' });
        if (incoming.url === '/temporary') return reply(response, 307, '', { Location: '/done' });
        return reply(response, 200, 'done');
      }),
    );
    const body = '{"a":1}';
    const headers = { 'Content-Type': 'application/json' };
    expect(await probe(request(`${server.url}/see-other`, { method: 'POST', body, headers }))).toMatchObject({
      status: 200,
      redirects: 1,
    });
    expect(await probe(request(`${server.url}/temporary`, { method: 'POST', body, headers }))).toMatchObject({
      status: 200,
      redirects: 1,
    });
    expect(server.requests.map((seen) => [seen.method, seen.url, seen.body])).toEqual([
      ['POST', '/see-other', body],
      ['GET', '/done', ''],
      ['POST', '/temporary', body],
      ['POST', '/done', body],
    ]);
    expect(server.requests[1]?.headers['content-type']).toBeUndefined();
  });

  it('drops credential headers when a redirect changes host', async () => {
    const other = await track(startHttpServer((_incoming, response) => reply(response, 200, 'ok')));
    const first = await track(
      startHttpServer((_incoming, response) =>
        reply(response, 302, '', { Location: `http://localhost:${other.port}/next` }),
      ),
    );
    const result = await probe(
      request(first.url, { headers: { Authorization: 'Bearer t0ken', 'X-Trace': 'abc' } }),
    );
    expect(result).toMatchObject({ kind: 'response', status: 200, redirects: 1 });
    expect(first.requests[0]?.headers['authorization']).toBe('Bearer t0ken');
    expect(other.requests[0]?.headers['authorization']).toBeUndefined();
    expect(other.requests[0]?.headers['x-trace']).toBe('abc');
  });

  it('stops after 10 redirects', async () => {
    const server = await track(
      startHttpServer((incoming, response) =>
        reply(response, 302, '', { Location: `${incoming.url ?? ''}x` }),
      ),
    );
    const result = await probe(request(`${server.url}/`));
    expect(result).toMatchObject({ kind: 'error', code: 'redirect' });
    if (result.kind === 'error')
      expect(result.message).toMatch(
        /^more than 10 redirects \(the last one to http:\/\/127\.0\.0\.1:\d+\/x{11}\)$/,
      );
    expect(server.requests).toHaveLength(11);
  });

  it('keeps only the first bytes of a large body, reading it to the end', async () => {
    const server = await track(
      startHttpServer((_incoming, response) => reply(response, 200, 'a'.repeat(100_000) + 'END')),
    );
    const result = await probe(request(server.url, { maxBodyBytes: 1000 }));
    expect(result).toMatchObject({ kind: 'response', status: 200, bodyTruncated: true });
    if (result.kind === 'response') expect(result.body).toBe('a'.repeat(1000));
  });

  it('reports a refused connection in words', async () => {
    const gone = await startHttpServer(() => undefined);
    await gone.close();
    expect(await probe(request(gone.url))).toMatchObject({
      kind: 'error',
      code: 'connection-refused',
      message: `connection refused by 127.0.0.1:${gone.port}`,
    });
  });

  it('is cancelled by its signal', async () => {
    const server = await track(startHttpServer(() => undefined));
    const controller = new AbortController();
    const pending = probe(request(server.url, { signal: controller.signal, timeoutMs: 10_000 }));
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ kind: 'error', code: 'cancelled' });
  });
});
