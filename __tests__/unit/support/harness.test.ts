// The runner-exact harness, against a tiny fixture action written on the fly.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertNoSecretLeak,
  inputVariable,
  parseCommandLine,
  parseFileCommands,
  runAction,
  type RunResult,
} from '../../support/harness.js';
import { setInputs } from '../../support/inputs.js';

const SECRET = 's3cr3t-%-token';

const ACTION_YML = `
name: fixture
description: echoes its inputs
inputs:
  wait-timeout:
    description: hyphenated, with a default
    default: 15m
  cluster name:
    description: with a space
    required: false
  image:
    description: no default
  token:
    description: expression default
    default: \${{ github.token }}
  repo:
    description: expression default from the runner env
    default: \${{ github.repository }}
runs:
  using: node24
  main: index.js
`;

// CommonJS (no package.json in the fixture dir): only node builtins.
const INDEX_JS = `
const fs = require('node:fs');
const out = (line) => fs.appendFileSync(process.env.GITHUB_OUTPUT, line + '\\n');
const inputs = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('INPUT_')));
if (process.env.ECHO_INPUTS) out('inputs=' + JSON.stringify(inputs));
out('multiline<<EOF_1\\nfirst line\\nsecond = line\\nEOF_1');
out('cwd=' + process.cwd());
out('metadata-disabled=' + process.env.AWS_EC2_METADATA_DISABLED);
out('home=' + process.env.HOME);
fs.appendFileSync(process.env.GITHUB_STATE, 'started=yes\\n');
fs.appendFileSync(process.env.GITHUB_ENV, 'FROM_ACTION<<X\\na=b\\nX\\n');
fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## done\\n');
const secret = process.env['INPUT_IMAGE'] || '';
console.log('::add-mask::' + secret.replace(/%/g, '%25'));
console.log('::notice title=Hi%3A there,file=a.ts::line%0Atwo');
if (process.env.LEAK === 'stdout') console.log('oops ' + secret);
if (process.env.LEAK === 'output') out('leaked=' + secret);
if (process.env.LEAK === 'file') fs.writeFileSync('debug.txt', secret);
if (process.env.WAIT_FOR_SIGNAL) {
  process.on('SIGINT', () => { console.log('cancelled'); process.exit(130); });
  console.log('waiting');
  setInterval(() => {}, 1000);
}
`;

let actionDir: string;
const results: RunResult[] = [];
async function run(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const result = await runAction('fixture', inputs, { actionDir, env, useTestEnv: false, timeoutMs: 20_000 });
  results.push(result);
  return result;
}

beforeAll(() => {
  actionDir = mkdtempSync(join(tmpdir(), 'ada-fixture-'));
  writeFileSync(join(actionDir, 'action.yml'), ACTION_YML);
  writeFileSync(join(actionDir, 'index.js'), INDEX_JS);
});

afterAll(() => {
  for (const result of results) result.cleanup();
  rmSync(actionDir, { recursive: true, force: true });
});

describe('runAction', () => {
  it('passes inputs as the runner does, with declared defaults', async () => {
    const result = await run({ 'cluster name': 'prod', image: SECRET }, { ECHO_INPUTS: '1' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.outputs['inputs'] ?? '{}')).toEqual({
      'INPUT_WAIT-TIMEOUT': '15m',
      INPUT_CLUSTER_NAME: 'prod',
      INPUT_IMAGE: SECRET,
      INPUT_TOKEN: '',
      INPUT_REPO: 'octo-org/octo-app',
    });
    expect(inputVariable('wait-timeout')).toBe('INPUT_WAIT-TIMEOUT');
  });

  it('lets a given input override its default', async () => {
    const result = await run({ 'wait-timeout': '90s' }, { ECHO_INPUTS: '1' });
    expect(JSON.parse(result.outputs['inputs'] ?? '{}')).toMatchObject({ 'INPUT_WAIT-TIMEOUT': '90s' });
  });

  it('rejects inputs the action does not declare', async () => {
    await expect(run({ 'wait-timout': '1m' })).rejects.toThrow(/unexpected input\(s\) wait-timout/);
  });

  it('parses outputs, state, env, summary and workflow commands', async () => {
    const result = await run({ image: SECRET });
    expect(result.outputs['multiline']).toBe('first line\nsecond = line');
    expect(result.outputs['cwd']).toBe(result.workspace);
    expect(result.outputs['metadata-disabled']).toBe('true');
    expect(result.outputs['home']?.startsWith(result.tempDir)).toBe(true);
    expect(result.state).toEqual({ started: 'yes' });
    expect(result.env).toEqual({ FROM_ACTION: 'a=b' });
    expect(result.summary).toBe('## done\n');
    expect(result.masks).toEqual([SECRET]);
    expect(result.commands).toContainEqual({
      command: 'notice',
      properties: { title: 'Hi: there', file: 'a.ts' },
      data: 'line\ntwo',
    });
  });

  it('forces AWS_EC2_METADATA_DISABLED even if a test tries to clear it', async () => {
    const result = await runAction(
      'fixture',
      {},
      { actionDir, env: { AWS_EC2_METADATA_DISABLED: undefined }, useTestEnv: false },
    );
    results.push(result);
    expect(result.outputs['metadata-disabled']).toBe('true');
  });

  it('delivers a signal when stdout says so, like a cancelled run', async () => {
    const result = await runAction(
      'fixture',
      {},
      {
        actionDir,
        useTestEnv: false,
        env: { WAIT_FOR_SIGNAL: '1' },
        signalAfter: { signal: 'SIGINT', when: (stdout) => stdout.includes('waiting') },
      },
    );
    results.push(result);
    expect(result.code).toBe(130);
    expect(result.stdout).toContain('cancelled');
  });

  it('fails a run that outlives timeoutMs', async () => {
    await expect(
      runAction(
        'fixture',
        {},
        { actionDir, useTestEnv: false, env: { WAIT_FOR_SIGNAL: '1' }, timeoutMs: 1_000 },
      ),
    ).rejects.toThrow(/did not exit within 1000 ms/);
  });
});

describe('assertNoSecretLeak', () => {
  it('accepts a run that only registers the mask', async () => {
    const result = await run({ image: SECRET });
    expect(() => assertNoSecretLeak(result, [SECRET])).not.toThrow();
  });

  it.each([
    ['stdout', /secret #1 in stdout line/],
    ['output', /secret #1 in outputs\.leaked/],
    ['file', /secret #1 in file .*debug\.txt/],
  ])('catches a leak to %s without printing the secret', async (where, message) => {
    const result = await run({ image: SECRET }, { LEAK: where });
    expect(() => assertNoSecretLeak(result, [SECRET])).toThrow(message);
    try {
      assertNoSecretLeak(result, [SECRET]);
    } catch (error) {
      expect(String(error)).not.toContain(SECRET);
    }
  });
});

describe('parsers', () => {
  it('parses file commands like the runner', () => {
    expect(parseFileCommands('a=1\nb<<END\nx\n\ny=z\nEND\nc=d=e\n')).toEqual({
      a: '1',
      b: 'x\n\ny=z',
      c: 'd=e',
    });
    expect(() => parseFileCommands('a<<END\nnever ends')).toThrow(/never ends/);
  });

  it('unescapes workflow command data', () => {
    expect(parseCommandLine('::add-mask::100%25%0Dx%0Ay')).toEqual({
      command: 'add-mask',
      properties: {},
      data: '100%\rx\ny',
    });
    expect(parseCommandLine('plain line')).toBeNull();
  });
});

describe('setInputs', () => {
  it('sets each input where @actions/core getInput reads it: spaces → _, upper case, hyphens kept', () => {
    const saved = { ...process.env };
    try {
      process.env['INPUT_FROM-AN-EARLIER-TEST'] = 'stale';
      setInputs({ 'wait-timeout': '15m', 'cluster name': 'prod', image: 'repo:tag' });
      expect(core.getInput('wait-timeout')).toBe('15m');
      expect(core.getInput('cluster name')).toBe('prod');
      expect(core.getInput('image')).toBe('repo:tag');
      expect(process.env['INPUT_FROM-AN-EARLIER-TEST']).toBeUndefined();
    } finally {
      process.env = saved;
    }
  });

  it('fills a given env instead of process.env, and returns it', () => {
    expect(setInputs({ 'my input-name': 'x' }, {})).toEqual({ 'INPUT_MY_INPUT-NAME': 'x' });
  });
});
