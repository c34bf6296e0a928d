// The generated scripts: valid sh/bash, every value one quoted word, and the refusals of the
// restore script run for real with bash (no Docker needed: they happen before Compose is used).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  deployProgram,
  deployScript,
  EXIT,
  restoreProgram,
  restoreScript,
  stateFromOutput,
  type DeployScript,
  type RestoreScript,
} from '../../../../../shared/targets/ec2/script.js';
import { shellQuote } from '../../../../../shared/targets/ec2/shell.js';

const temp = mkdtempSync(join(tmpdir(), 'ec2-script-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const HOSTILE = [
  "it's",
  '$(touch /tmp/pwned)',
  '`id`',
  '"; rm -rf / #',
  'a\nb',
  '\\',
  "'; exit 0; '",
  '${IFS}',
];

const COMPOSE = {
  region: 'eu-west-3',
  recordId: 'deploy-1-1-abcdef12',
  workingDirectory: join(temp, 'app'),
  composeFiles: [],
  envFile: '.env',
  services: ['backend'],
  build: true,
  imageServices: [],
  healthTimeoutSeconds: 60,
};

function deployOptions(overrides: Partial<DeployScript> = {}): DeployScript {
  return {
    ...COMPOSE,
    ref: 'main',
    images: {},
    environment: { LOG_LEVEL: 'info', GREETING: 'hello world' },
    parameters: { DB_PASSWORD: '/keystone/db-password' },
    waitTimeoutSeconds: 1,
    ...overrides,
  };
}

function restoreOptions(overrides: Partial<RestoreScript> = {}): RestoreScript {
  return {
    ...COMPOSE,
    previous: { commit: 'a'.repeat(40) },
    current: { commit: 'b'.repeat(40) },
    force: false,
    ...overrides,
  };
}

const run = (script: string) => spawnSync('sh', ['-c', script], { encoding: 'utf8' });

describe('shellQuote', () => {
  it.each(HOSTILE)('keeps %j one literal word', (value) => {
    expect(execFileSync('bash', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' })).toBe(value);
  });
});

describe('generated scripts', () => {
  it('are valid sh around a valid bash program', () => {
    for (const [program, script] of [
      [deployProgram(deployOptions()), deployScript(deployOptions())],
      [restoreProgram(restoreOptions()), restoreScript(restoreOptions())],
      [
        deployProgram(deployOptions({ ref: undefined as never, images: { web: 'registry/web:2' } })),
        deployScript(deployOptions({ images: { web: 'registry/web:2' } })),
      ],
    ] as const) {
      expect(spawnSync('bash', ['-n', '-c', program]).status).toBe(0);
      expect(spawnSync('sh', ['-n', '-c', script]).status).toBe(0);
      expect(program).toContain('set -Eeuo pipefail');
    }
  });

  it('hold hostile values as data: the script fails on them, it never runs them', () => {
    const marker = join(temp, 'pwned');
    const value = `$(touch ${marker})\`touch ${marker}\`'; touch ${marker}; '`;
    const result = run(
      deployScript(
        deployOptions({
          workingDirectory: value,
          ref: value,
          services: [value],
          environment: { A: value },
          healthCommand: value,
        }),
      ),
    );
    expect(result.status).toBe(EXIT.unchanged);
    expect(result.stderr).toContain('does not exist');
    expect(spawnSync('test', ['-e', marker]).status).toBe(1);
  });

  it('never hold the values of Parameter Store secrets, only their names', () => {
    const script = deployScript(deployOptions());
    expect(script).toContain('/keystone/db-password');
    expect(script).toContain('--with-decryption');
  });

  it('wait for a file, then give up without changing anything', () => {
    mkdirSync(join(temp, 'app'), { recursive: true });
    const result = run(deployScript(deployOptions({ waitForFile: join(temp, 'app', '.setup_complete') })));
    expect(result.stdout).toContain('waiting for');
    expect(result.stderr).toContain('did not appear within 1s');
    expect(result.stdout).toContain('deploy-ec2: result unchanged');
    expect(result.status).toBe(EXIT.unchanged);
  });
});

describe('restore script refusals', () => {
  const app = join(temp, 'restore-app');
  mkdirSync(join(app, '.deploy-ec2'), { recursive: true });

  it('refuses without a breadcrumb of the record', () => {
    const result = run(restoreScript(restoreOptions({ workingDirectory: app })));
    expect(result.status).toBe(EXIT.refused);
    expect(result.stderr).toContain('no breadcrumb of record deploy-1-1-abcdef12');
  });

  it('refuses when the breadcrumb names another previous commit', () => {
    const breadcrumb = [
      'deploy-ec2 breadcrumb 1',
      'record=deploy-1-1-abcdef12',
      `working-directory=${app}`,
      'env-file=.env',
      'compose-file=',
      'services=backend',
      'build=true',
      `previous-commit=${'c'.repeat(40)}`,
    ].join('\n');
    writeFileSync(join(app, '.deploy-ec2', 'deploy-1-1-abcdef12'), breadcrumb + '\n');
    const forged = run(restoreScript(restoreOptions({ workingDirectory: app })));
    expect(forged.status).toBe(EXIT.refused);
    expect(forged.stderr).toContain('does not match the record');
    // The same breadcrumb with the record's previous commit passes the check (then needs Compose).
    writeFileSync(
      join(app, '.deploy-ec2', 'deploy-1-1-abcdef12'),
      breadcrumb.replace('c'.repeat(40), 'a'.repeat(40)) + '\n',
    );
    const genuine = run(restoreScript(restoreOptions({ workingDirectory: app })));
    expect(genuine.stderr).not.toContain('does not match');
  });
});

describe('stateFromOutput', () => {
  it('reads the previous and new state the script printed', () => {
    const output = [
      'deploy-ec2: previous image WEB_IMAGE registry/web:1',
      'deploy-ec2: previous commit ' + 'a'.repeat(40),
      'noise',
      'deploy-ec2: new commit ' + 'b'.repeat(40),
    ].join('\n');
    expect(stateFromOutput(output, ['web'])).toEqual({
      previous: { commit: 'a'.repeat(40), images: { web: 'registry/web:1' } },
      current: { commit: 'b'.repeat(40) },
    });
  });
});
