import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContainerDefinition, Tag } from '@aws-sdk/client-ecs';
import { InputError } from '../../../../../shared/action/errors.js';
import {
  READ_ONLY_FIELDS,
  canonical,
  checkImageTargets,
  diff,
  familyOf,
  imagesOf,
  render,
  selectContainer,
  toRegisterInput,
} from '../../../../../shared/targets/ecs/task-definition.js';
import {
  lineAndColumn,
  parseErrorLocation,
  readTaskDefinitionFile,
} from '../../../../../shared/targets/ecs/file.js';
import { migrationCommand } from '../../../../../shared/targets/ecs/command.js';

const FIXTURES = new URL('../../../../fixtures/ecs/', import.meta.url).pathname;
const rich = JSON.parse(readFileSync(join(FIXTURES, 'rich-task-definition.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('toRegisterInput', () => {
  it('keeps every field of a described task definition but the read-only ones', () => {
    const described: Record<string, unknown> = {
      ...rich,
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/pm-doc-intel-backend:7',
      revision: 7,
      status: 'ACTIVE',
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }],
      compatibilities: ['EC2', 'FARGATE'],
      registeredAt: new Date('2026-01-01T00:00:00Z'),
      registeredBy: 'arn:aws:iam::123456789012:user/ci',
      deregisteredAt: new Date('2026-01-02T00:00:00Z'),
    };
    delete described['tags'];
    const input = toRegisterInput(described, rich['tags'] as Tag[]) as unknown as Record<string, unknown>;
    for (const field of READ_ONLY_FIELDS) expect(input).not.toHaveProperty(field);
    expect(canonical(input)).toBe(canonical(rich));
  });

  it('does not share objects with its base', () => {
    const input = toRegisterInput(rich);
    input.containerDefinitions![0]!.image = 'changed';
    expect((rich['containerDefinitions'] as ContainerDefinition[])[0]!.image).not.toBe('changed');
  });
});

describe('container selection', () => {
  const containers = rich['containerDefinitions'] as ContainerDefinition[];

  it('takes the named container', () => {
    expect(selectContainer(containers, 'log-router')).toBe('log-router');
  });

  it('takes the only essential container by default', () => {
    expect(selectContainer(containers, undefined)).toBe('backend');
  });

  it('takes the only container even when not essential', () => {
    expect(selectContainer([{ name: 'solo', essential: false }], undefined)).toBe('solo');
  });

  it('refuses an unknown container, listing the names', () => {
    expect(() => selectContainer(containers, 'frontend')).toThrow(InputError);
    expect(() => selectContainer(containers, 'frontend')).toThrow(
      /'container'.*"frontend".*backend, log-router/,
    );
  });

  it('refuses an ambiguous default, listing the names', () => {
    const two = [{ name: 'web' }, { name: 'worker', essential: true }];
    expect(() => selectContainer(two, undefined)).toThrow(/Input 'container' is required: .*web, worker/);
  });

  it('refuses images for unknown containers', () => {
    expect(() => checkImageTargets(containers, { backend: 'a:1', nope: 'b:1' })).toThrow(/'images'.*"nope"/);
  });
});

describe('render and diff', () => {
  const base = toRegisterInput(rich);

  it('sets images and environment only on their containers', () => {
    const next = render(base, {
      images: { backend: 'registry.example.com/pm-doc-intel:v2' },
      environment: { LOG_LEVEL: 'debug', FEATURE_X: 'on' },
      environmentTargets: ['backend'],
    });
    expect(imagesOf(next)).toEqual({
      backend: 'registry.example.com/pm-doc-intel:v2',
      'log-router': 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0',
    });
    expect(next.containerDefinitions?.[0]?.environment).toEqual([
      { name: 'ENVIRONMENT', value: 'production' },
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'FEATURE_X', value: 'on' },
    ]);
    expect(next.containerDefinitions?.[1]).toEqual(base.containerDefinitions?.[1]);
    expect(diff(base, next)).toEqual([
      'containerDefinitions[backend].environment[LOG_LEVEL]: value changed (not shown)',
      'containerDefinitions[backend].environment[FEATURE_X]: added (value not shown)',
      'containerDefinitions[backend].image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/pm-doc-intel:v1" → "registry.example.com/pm-doc-intel:v2"',
    ]);
  });

  it('finds no difference when nothing changes, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse());
    expect(diff(base, render(base, { images: {}, environment: {}, environmentTargets: [] }))).toEqual([]);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(base));
    expect(canonical(reordered)).toBe(canonical(base));
  });

  it('names the family of an ARN', () => {
    expect(familyOf('arn:aws:ecs:us-east-1:123456789012:task-definition/web-app:12')).toBe('web-app');
  });
});

describe('task-definition file', () => {
  let stdout: string[] = [];
  const spy = (): void => {
    stdout = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout.push(String(chunk));
      return true;
    });
  };
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('reads a plain file and describe-task-definition output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-td-'));
    writeFileSync(
      join(dir, 'wrapped.json'),
      JSON.stringify({ taskDefinition: { ...rich, tags: undefined }, tags: rich['tags'] }),
    );
    expect(readTaskDefinitionFile('rich-task-definition.json', FIXTURES).tags).toEqual(rich['tags']);
    expect(readTaskDefinitionFile('wrapped.json', dir).taskDefinition.family).toBe('pm-doc-intel-backend');
  });

  it('names the file and line of a JSON syntax error in one error, without quoting the file', () => {
    spy();
    let message = '';
    try {
      readTaskDefinitionFile('not-json-task-definition.txt', FIXTURES);
    } catch (error) {
      message = (error as Error).message;
      // the run wrapper annotates its one error line with the file and line
      expect((error as InputError).annotation).toEqual({
        title: 'task-definition',
        file: 'not-json-task-definition.txt',
        line: 4,
      });
    }
    expect(message).toMatch(
      /^Input 'task-definition' has an invalid value "not-json-task-definition\.txt" \(the file is not valid JSON at line 4, column \d+\)/,
    );
    const content = readFileSync(join(FIXTURES, 'not-json-task-definition.txt'), 'utf8');
    for (const line of content.split('\n').filter((text) => text.trim().length > 8))
      expect(message).not.toContain(line.trim());
    // no annotation of its own: the run wrapper prints the one error line
    expect(stdout.join('')).not.toMatch(/^::error/m);
  });

  it('refuses paths outside the workspace, symlinks out of it, non-files and huge files', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ecs-ws-'));
    const outside = mkdtempSync(join(tmpdir(), 'ecs-out-'));
    writeFileSync(join(outside, 'td.json'), '{"family":"x","containerDefinitions":[{"name":"a"}]}');
    symlinkSync(join(outside, 'td.json'), join(workspace, 'link.json'));
    mkdirSync(join(workspace, 'dir.json'));
    writeFileSync(join(workspace, 'big.json'), ' '.repeat(1024 * 1024 + 1));
    expect(() => readTaskDefinitionFile(join(outside, 'td.json'), workspace)).toThrow(
      /outside the workspace/,
    );
    expect(() => readTaskDefinitionFile('../' + outside.split('/').pop() + '/td.json', workspace)).toThrow(
      /outside the workspace/,
    );
    expect(() => readTaskDefinitionFile('link.json', workspace)).toThrow(/outside the workspace/);
    expect(() => readTaskDefinitionFile('/proc/self/environ', workspace)).toThrow(/outside the workspace/);
    expect(() => readTaskDefinitionFile('dir.json', workspace)).toThrow(/not a regular file/);
    expect(() => readTaskDefinitionFile('big.json', workspace)).toThrow(/larger than 1 MiB/);
    rmSync(workspace, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('refuses a missing file and a file without containers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-td-'));
    writeFileSync(join(dir, 'empty.json'), '{"family":"x","containerDefinitions":[]}');
    expect(() => readTaskDefinitionFile('nope.json', dir)).toThrow(/no such file/);
    expect(() => readTaskDefinitionFile('empty.json', dir)).toThrow(/no containerDefinitions/);
  });

  it('computes line and column from positions and from messages', () => {
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(parseErrorLocation('{\n}', 'Unexpected token } in JSON at position 2')).toEqual({
      line: 2,
      column: 1,
    });
    expect(parseErrorLocation('', 'Expected x (line 3 column 7)')).toEqual({ line: 3, column: 7 });
  });
});

describe('migration command', () => {
  it('runs text through sh -c and takes JSON arrays as they are', () => {
    expect(migrationCommand('alembic upgrade head')).toEqual(['sh', '-c', 'alembic upgrade head']);
    expect(migrationCommand('["npm","run","migrate"]')).toEqual(['npm', 'run', 'migrate']);
    expect(migrationCommand('[1,2]')).toBeUndefined();
    expect(migrationCommand('[oops')).toBeUndefined();
  });
});
