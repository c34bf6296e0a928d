// The runner protocol as @actions/core writes it through shared/action/runtime.ts: the file
// commands the runner reads (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY) and the
// workflow commands on stdout, read back the way the runner parses them.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  appendSummary,
  endGroup,
  error,
  exportVariable,
  getInput,
  getState,
  group,
  inputEnvName,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning,
} from '../../../../shared/action/runtime.js';
import { writeOutputs } from '../../../../shared/action/outputs.js';
import { captureStdout, parseFileCommands, tempFile, type Captured } from '../../../support/capture.js';

let stdout: Captured;
const savedEnv = { ...process.env };
// One summary file for the test file, emptied before each test.
const summaryFile = tempFile('step_summary');

beforeAll(() => {
  process.env['GITHUB_STEP_SUMMARY'] = summaryFile.path;
});

afterAll(() => {
  summaryFile.remove();
});

beforeEach(() => {
  summaryFile.clear();
  stdout = captureStdout();
});

afterEach(() => {
  stdout.restore();
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv, { GITHUB_STEP_SUMMARY: summaryFile.path });
  process.exitCode = undefined;
});

describe('inputs', () => {
  it('inputEnvName upper-cases, turns spaces into underscores and keeps hyphens, as the runner does', () => {
    expect(inputEnvName('wait-timeout')).toBe('INPUT_WAIT-TIMEOUT');
    expect(inputEnvName('my input name')).toBe('INPUT_MY_INPUT_NAME');
  });

  it('getInput reads the runner variable through @actions/core: trimmed, empty when unset', () => {
    process.env['INPUT_IMAGE-URI'] = '  repo:tag \n';
    process.env['INPUT_MY_INPUT_NAME'] = 'spaced';
    expect(getInput('image-uri')).toBe('repo:tag');
    expect(getInput('my input name')).toBe('spaced');
    expect(getInput('not-given')).toBe('');
  });

  it('getInput reads a given environment the same way', () => {
    expect(getInput('image-uri', { 'INPUT_IMAGE-URI': '  repo:tag \n' })).toBe('repo:tag');
    expect(getInput('image-uri', {})).toBe('');
  });
});

describe('file commands', () => {
  const cases = [
    ['GITHUB_OUTPUT', setOutput],
    ['GITHUB_STATE', saveState],
    ['GITHUB_ENV', exportVariable],
  ] as const;

  it.each(cases)('%s: a one-line value round-trips through the heredoc form', (variable, write) => {
    const file = tempFile('commands');
    try {
      process.env[variable] = file.path;
      write('digest', 'sha256:abc');
      expect(file.read()).toMatch(
        /^digest<<ghadelimiter_[0-9a-f-]{36}\nsha256:abc\nghadelimiter_[0-9a-f-]{36}\n$/,
      );
      expect(parseFileCommands(file.read())).toEqual([['digest', 'sha256:abc']]);
      expect(stdout.text()).toBe('');
    } finally {
      file.remove();
    }
  });

  it.each(cases)(
    '%s: multi-line values and lines that look like delimiters round-trip',
    (variable, write) => {
      const file = tempFile('commands');
      try {
        process.env[variable] = file.path;
        const tricky = 'first line\nEOF\nghadelimiter_\n\nname<<EOF\nlast=line';
        write('deployment', tricky);
        write('empty', '');
        write('json', '{"a":"b=c"}');
        expect(parseFileCommands(file.read())).toEqual([
          ['deployment', tricky],
          ['empty', ''],
          ['json', '{"a":"b=c"}'],
        ]);
        const delimiter = /^deployment<<(.+)$/m.exec(file.read())?.[1] ?? '';
        expect(tricky).not.toContain(delimiter);
      } finally {
        file.remove();
      }
    },
  );

  it('each entry gets its own delimiter', () => {
    const file = tempFile('output');
    try {
      process.env['GITHUB_OUTPUT'] = file.path;
      setOutput('a', '1');
      setOutput('b', '2');
      const delimiters = [...file.read().matchAll(/<<(.+)$/gm)].map((match) => match[1]);
      expect(delimiters).toHaveLength(2);
      expect(new Set(delimiters).size).toBe(2);
    } finally {
      file.remove();
    }
  });

  it('exportVariable also sets the variable for this process', () => {
    const file = tempFile('env');
    try {
      process.env['GITHUB_ENV'] = file.path;
      exportVariable('ADA_UNIT_EXPORTED', 'yes');
      expect(process.env['ADA_UNIT_EXPORTED']).toBe('yes');
    } finally {
      file.remove();
    }
  });

  it('getState reads what the runner passes back as STATE_<name>', () => {
    process.env['STATE_phase'] = 'deployed';
    expect(getState('phase')).toBe('deployed');
    expect(getState('unknown')).toBe('');
  });

  it('falls back to workflow commands when the runner gave no file', () => {
    delete process.env['GITHUB_OUTPUT'];
    delete process.env['GITHUB_STATE'];
    setOutput('digest', 'a\nb');
    saveState('phase', 'x');
    expect(stdout.lines().filter((line) => line !== '')).toEqual([
      '::set-output name=digest::a%0Ab',
      '::save-state name=phase::x',
    ]);
  });

  it('writeOutputs writes declared outputs only, objects as JSON, and skips undefined', () => {
    const file = tempFile('output');
    try {
      process.env['GITHUB_OUTPUT'] = file.path;
      const names = ['deployment', 'changed', 'count', 'skipped'] as const;
      writeOutputs(names, { deployment: { target: 'ecs', n: 1 }, changed: false, count: 3 });
      expect(parseFileCommands(file.read())).toEqual([
        ['deployment', '{"target":"ecs","n":1}'],
        ['changed', 'false'],
        ['count', '3'],
      ]);
    } finally {
      file.remove();
    }
  });
});

describe('workflow commands on stdout', () => {
  it('escapes %, CR and LF in a message', () => {
    warning('100% done\r\nnext line\n');
    expect(stdout.text()).toBe('::warning::100%25 done%0D%0Anext line%0A\n');
  });

  it('annotations carry title, file and line, with : and , escaped in properties', () => {
    notice('n', { title: 'T' });
    warning('w');
    error('e', { file: 'a.yml', line: 3 });
    error('m', { title: 'a: b, c%', file: 'src/x.ts' });
    expect(stdout.lines()).toEqual([
      '::notice title=T::n',
      '::warning::w',
      '::error file=a.yml,line=3::e',
      '::error title=a%3A b%2C c%25,file=src/x.ts::m',
    ]);
  });

  it('startGroup and endGroup', () => {
    startGroup('Build');
    endGroup();
    expect(stdout.lines()).toEqual(['::group::Build', '::endgroup::']);
  });
});

describe('setSecret', () => {
  it('masks the value and each of its lines', () => {
    setSecret('unit-secret-line-one\r\nunit-secret-line-two\nunit-secret-line-three');
    const masks = stdout.lines().filter((line) => line.startsWith('::add-mask::'));
    expect(masks).toEqual([
      '::add-mask::unit-secret-line-one%0D%0Aunit-secret-line-two%0Aunit-secret-line-three',
      '::add-mask::unit-secret-line-one',
      '::add-mask::unit-secret-line-two',
      '::add-mask::unit-secret-line-three',
    ]);
  });

  it('masks a one-line secret once, however often it is registered', () => {
    setSecret('unit-secret-token-xyz');
    setSecret('unit-secret-token-xyz');
    expect(stdout.lines()).toEqual(['::add-mask::unit-secret-token-xyz']);
  });

  it('escapes the secret so that a % in it cannot change what is masked', () => {
    setSecret('unit%0Asecret');
    expect(stdout.lines()).toEqual(['::add-mask::unit%250Asecret']);
  });
});

describe('setFailed and group', () => {
  it('setFailed prints an error command and sets exit code 1', () => {
    setFailed('It broke: badly.');
    setFailed('Bad file.', { file: 'task-def.json', line: 4 });
    expect(stdout.lines()).toEqual([
      '::error::It broke: badly.',
      '::error file=task-def.json,line=4::Bad file.',
    ]);
    expect(process.exitCode).toBe(1);
  });

  it('group wraps the body in group and endgroup, even when it throws', async () => {
    await expect(
      group('Deploy', async () => {
        throw new Error('inside');
      }),
    ).rejects.toThrow('inside');
    expect(await group('Again', async () => 7)).toBe(7);
    expect(stdout.lines()).toEqual(['::group::Deploy', '::endgroup::', '::group::Again', '::endgroup::']);
  });
});

describe('appendSummary', () => {
  it('appends to GITHUB_STEP_SUMMARY through core.summary', async () => {
    await appendSummary('one\n');
    await appendSummary('two\n');
    expect(summaryFile.read()).toBe('one\ntwo\n');
  });

  it('follows GITHUB_STEP_SUMMARY when it changes (an action run twice in one process)', async () => {
    const other = tempFile('other_summary');
    try {
      await appendSummary('first\n');
      process.env['GITHUB_STEP_SUMMARY'] = other.path;
      await appendSummary('second\n');
      expect([summaryFile.read(), other.read()]).toEqual(['first\n', 'second\n']);
    } finally {
      other.remove();
    }
  });

  it('does nothing without GITHUB_STEP_SUMMARY', async () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    await expect(appendSummary('three\n')).resolves.toBeUndefined();
    expect(summaryFile.read()).toBe('');
  });
});
