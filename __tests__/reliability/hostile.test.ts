// Hostile input and leaked secrets, through the bundles: secrets given in every shape an input can
// take (malformed lines included) never reach the log, the summary, an output or the record; a
// server that reflects credentials does not get them into the report; a catastrophic regular
// expression answers at once and SIGTERM still ends the process within 2 s.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type InputValue, type RunResult } from '../support/harness.js';
import { reply, startHttpServer, type TestServer } from '../support/http-servers.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, type Proxy } from '../support/proxy.js';
import { createService, ecsClient } from '../support/ecs-service.js';
import type { ECSClient } from '@aws-sdk/client-ecs';
import { Figures } from './lib/report.js';
import { errorLines, expectNoSecretLeak, expectRefused, runCancelled, runProxied } from './lib/scenario.js';

jest.setTimeout(90_000);

const figures = new Figures('hostile-input');
const servers: TestServer[] = [];
let emulators: Emulators;
let proxy: Proxy;
let ecs: ECSClient;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const moto = emulators.env['MOTO_URL'] ?? '';
  proxy = await startProxy({ target: moto });
  ecs = ecsClient(moto);
}, 90_000);

afterAll(async () => {
  figures.save();
  ecs?.destroy();
  await proxy?.close();
  await emulators?.release();
  await Promise.all(servers.map((server) => server.close()));
}, 60_000);

const smoke = (inputs: Record<string, InputValue>, options: Parameters<typeof runAction>[2] = {}) =>
  runAction('smoke-test', inputs, { useTestEnv: false, timeoutMs: 30_000, ...options });

/** The secret must be gone from every sink; the record (an output) included. */
function expectClean(result: RunResult, scenario: string, secrets: string[]): void {
  const places = expectNoSecretLeak(result, secrets);
  figures.secret(scenario, secrets.length, places);
}

describe('secrets in malformed lines', () => {
  it.each([
    ['headers', 'Authorization: Bearer hx-7f3a9c-token', ['Bearer hx-7f3a9c-token', 'hx-7f3a9c-token']],
    ['headers', 'X-Api-Key hx-key-55d1e0', ['hx-key-55d1e0']],
    ['headers', '=hx-nokey-8812', ['hx-nokey-8812']],
  ])(
    'smoke-test %s %j: refused, one error naming the input, the value nowhere',
    async (input, line, secrets) => {
      const result = await smoke({ url: 'http://127.0.0.1:9/', [input]: `Accept=application/json\n${line}` });
      const errors = errorLines(result);
      expect({ code: result.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
      expect(errors[0]).toContain(`'${input}'`);
      expect(errors[0]).toContain('line 2');
      expectClean(result, `smoke-test ${input}: malformed line`, secrets);
      figures.badInput(0, 0);
      result.cleanup();
    },
  );

  it('smoke-test checks with a YAML error: the error points at the line, no header value anywhere', async () => {
    const secret = 'hx-yaml-c0ffee-91';
    const result = await smoke({
      checks: `- url: http://127.0.0.1:9/\n  headers:\n    Authorization: Bearer ${secret}\n  bad: [`,
    });
    const errors = errorLines(result);
    expect({ code: result.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
    expect(errors[0]).toMatch(/Input 'checks' is invalid at line \d+, column \d+/);
    expectClean(result, 'smoke-test checks: YAML syntax error', [secret]);
    figures.badInput(0, 0);
    result.cleanup();
  });

  it.each([
    ['environment', 'DB_PASSWORD: hx-lambda-env-4242'],
    ['environment', 'DB_PASSWORD hx-lambda-env-4243'],
    ['parameter-overrides', 'DbPassword hx-cfn-param-777'],
  ])('deploy-lambda-image %s %j: refused before any AWS call, the value nowhere', async (input, line) => {
    const secret = line.split(/[: ]+/).pop() ?? '';
    const run = await runProxied(proxy, 'deploy-lambda-image', {
      'function-name': 'hostile-fn',
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:' + 'a'.repeat(64),
      [input]: `LOG_LEVEL=info\n${line}`,
      ...(input === 'parameter-overrides'
        ? { 'stack-name': 'hostile-stack', template: 'template.yaml' }
        : {}),
    });
    const { awsCalls } = expectRefused(run, input);
    expect(awsCalls).toBe(0);
    expect(errorLines(run.result)[0]).toContain('line 2');
    expectClean(run.result, `deploy-lambda-image ${input}: malformed line`, [secret]);
    figures.badInput(awsCalls, 0);
    run.result.cleanup();
  });
});

describe('paths stay in the workspace', () => {
  const IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:${'a'.repeat(64)}`;
  it.each([
    ['/proc/self/environ', 'outside the workspace'],
    ['/dev/zero', 'outside the workspace'],
    ['../../../../../../../../../etc/passwd', 'outside the workspace'],
    ['.', 'not a regular file'],
  ])('deploy-lambda-image template %j: refused (%s), nothing read, no AWS call', async (template, reason) => {
    const run = await runProxied(proxy, 'deploy-lambda-image', {
      image: IMAGE,
      'stack-name': 'hostile-stack',
      template,
    });
    const { awsCalls } = expectRefused(run, 'template');
    expect(awsCalls).toBe(0);
    expect(errorLines(run.result)[0]).toContain(reason);
    figures.hostileValue('deploy-lambda-image template', template, `refused (${reason}), 0 AWS calls`);
    // nothing of the file (the environment of the process, for /proc/self/environ) is echoed
    expect(run.result.stdout).not.toContain('AWS_ACCESS_KEY_ID=');
    figures.badInput(awsCalls, 0);
    run.result.cleanup();
  });

  it('state-bootstrap never overwrites a file it did not write: refused before any AWS call', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'hostile-ws-'));
    writeFileSync(join(workspace, 'main.tf'), 'terraform {}\n');
    const run = await runProxied(
      proxy,
      'state-bootstrap',
      { bucket: `hostile-state-${Date.now()}`, 'aws-region': 'us-east-1', 'backend-config-file': 'main.tf' },
      { workspace },
    );
    const { awsCalls } = expectRefused(run, 'backend-config-file');
    expect(awsCalls).toBe(0);
    expect(readFileSync(join(workspace, 'main.tf'), 'utf8')).toBe('terraform {}\n');
    figures.hostileValue(
      'state-bootstrap backend-config-file',
      'main.tf (not written by it)',
      'refused, file untouched, 0 AWS calls',
    );
    figures.badInput(awsCalls, 0);
    run.result.cleanup();
    rmSync(workspace, { recursive: true, force: true });
  });
});

describe('bounds', () => {
  it.each([
    ['interval', '0s'],
    ['timeout', '999999h'],
    ['request-timeout', '1h'],
  ])('smoke-test %s: %s is refused with one error naming the input', async (input, value) => {
    const result = await smoke({ url: 'http://127.0.0.1:9/', [input]: value });
    const errors = errorLines(result);
    expect({ code: result.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
    expect(errors[0]).toContain(`Input '${input}'`);
    figures.hostileValue(`smoke-test ${input}`, value, 'refused before any request');
    figures.badInput(0, 0);
    result.cleanup();
  });

  it.each([
    ['wait-timeout', '999999h'],
    ['desired-count', '1000000'],
  ])('deploy-ecs %s: %s is refused before any AWS call', async (input, value) => {
    const run = await runProxied(proxy, 'deploy-ecs', {
      cluster: 'c',
      service: 's',
      image: 'repo:v1',
      [input]: value,
    });
    const { awsCalls } = expectRefused(run, input);
    expect(awsCalls).toBe(0);
    figures.hostileValue(`deploy-ecs ${input}`, value, 'refused, 0 AWS calls');
    figures.badInput(awsCalls, 0);
    run.result.cleanup();
  });
});

describe('secrets a deploy shows', () => {
  it('deploy-ecs dry-run shows which environment variables change, never their values', async () => {
    const { cluster, service } = await createService(ecs);
    const secret = 'hx-ecs-db-pass-31337';
    const plain = 'hx-plain-value-2718';
    const { result } = await runProxied(proxy, 'deploy-ecs', {
      cluster,
      service,
      image: '127.0.0.1:5000/web:v9',
      environment: `DB_PASSWORD=${secret}\nFEATURE_FLAG=${plain}`,
      'dry-run': true,
    });
    expect([result.code, errorLines(result)]).toEqual([0, []]);
    expect(result.stdout).toContain('environment[DB_PASSWORD]: added (value not shown)');
    expect(result.stdout).toContain('environment[FEATURE_FLAG]: added (value not shown)');
    expect(result.summary).toContain('environment[DB_PASSWORD]: added (value not shown)');
    expect(result.outputs['deployment']).toBeDefined();
    // a secret-named value is masked; a plain one is simply never printed
    expect(result.masks).toContain(secret);
    expectClean(result, 'deploy-ecs dry-run: environment values', [secret, plain]);
    result.cleanup();
  });
});

describe('credentials a server reflects', () => {
  it('are removed from the report output, the summary and the log', async () => {
    const token = 'hx-reflect-tok-5a5a5a';
    const cookie = 'sid=hx-reflect-cookie-6b6b';
    const apiKey = 'hx-reflect-key-7c7c7c';
    const server = await startHttpServer((request, response) =>
      // a debugging endpoint that echoes the request: every header back, in a failing answer
      reply(response, 500, { echo: request.headers }),
    );
    servers.push(server);
    const result = await smoke({
      headers: `Authorization=Bearer ${token}`,
      checks: [
        `- url: ${server.url}/debug`,
        '  headers:',
        `    Cookie: "${cookie}"`,
        `    X-Custom: "${apiKey}"`,
      ].join('\n'),
      timeout: '2s',
      interval: '500ms',
    });
    expect(result.code).toBe(1);
    expect(server.requests[0]?.headers['authorization']).toBe(`Bearer ${token}`);
    expect(result.outputs['report']).toContain('***');
    expectClean(result, 'smoke-test: server reflects Authorization, Cookie and a custom header', [
      token,
      cookie,
      apiKey,
    ]);
    result.cleanup();
  });
});

describe('bounded evaluation', () => {
  const evil = `${'a'.repeat(50_000)}!`;

  it('^(a+)+$ on a 50 kB body answers at once (RE2)', async () => {
    const server = await startHttpServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(evil);
    });
    servers.push(server);
    const started = performance.now();
    const result = await smoke({
      checks: `- url: ${server.url}/\n  expect-body-regex: "^(a+)+$"`,
      timeout: '1s',
      interval: '200ms',
    });
    const elapsed = performance.now() - started;
    expect(result.code).toBe(1);
    expect(errorLines(result)[0]).toContain('expect-body-regex');
    expect(elapsed).toBeLessThan(10_000);
    figures.hostileValue(
      'smoke-test expect-body-regex on a 50 kB body',
      '^(a+)+$',
      `answered (RE2); the run took ${Math.round(elapsed)} ms`,
    );
    result.cleanup();
  });

  it('SIGTERM ends a smoke test with a catastrophic pattern within 2 s', async () => {
    const server = await startHttpServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(evil);
    });
    servers.push(server);
    const cancelled = await runCancelled(
      async (signalAfter) => ({
        result: await smoke(
          {
            checks: `- url: ${server.url}/\n  expect-body-regex: "^(a+)+$"`,
            timeout: '5m',
            interval: '200ms',
          },
          { signalAfter },
        ),
        calls: [],
      }),
      'SIGTERM',
      (stdout) => stdout.includes('[GET '),
    );
    expect(cancelled.signalToExitMs).toBeLessThan(2000);
    figures.cancellation({
      scenario: 'smoke-test matching ^(a+)+$ against a 50 kB body',
      signal: 'SIGTERM',
      signalToExitMs: cancelled.signalToExitMs,
      stateReached: 'stopped; report written',
    });
    cancelled.result.cleanup();
  });
});
