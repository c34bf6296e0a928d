import { describe, expect, it } from '@jest/globals';
import {
  input,
  readInputs,
  splitList,
  parseKeyValueLines,
  type InputSpec,
} from '../../../../shared/action/inputs.js';
import { InputError } from '../../../../shared/action/errors.js';
import { setInputs } from '../../../support/inputs.js';

async function read<T>(spec: { [key: string]: InputSpec<T> }, given: Record<string, string>) {
  return readInputs(spec, setInputs(given, {}));
}

/** The InputError that reading `value` into `spec` throws. */
async function refusal(spec: InputSpec<unknown>, value: string, name = 'the-input'): Promise<InputError> {
  try {
    await readInputs({ [name]: spec }, setInputs({ [name]: value }, {}));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(value)} was accepted`);
}

describe('input.string', () => {
  it('returns the value trimmed', async () => {
    expect(await read({ name: input.string() }, { name: '  web  ' })).toEqual({ name: 'web' });
  });

  it('applies the default when the input is empty', async () => {
    expect(await read({ name: input.string({ default: 'api' }) }, { name: '' })).toEqual({ name: 'api' });
    expect(await read({ name: input.string({ default: 'api' }) }, {})).toEqual({ name: 'api' });
  });

  it('prefers the given value over the default', async () => {
    expect(await read({ name: input.string({ default: 'api' }) }, { name: 'web' })).toEqual({ name: 'web' });
  });

  it('returns an empty string for an optional input that is missing', async () => {
    expect(await read({ name: input.string() }, {})).toEqual({ name: '' });
  });

  it('refuses a missing required input, naming it and what is accepted', async () => {
    const error = await refusal(input.string({ required: true, accepted: 'a cluster name' }), '', 'cluster');
    expect(error.input).toBe('cluster');
    expect(error.message).toBe("Input 'cluster' is required: a cluster name.");
  });

  it('treats whitespace only as missing', async () => {
    const error = await refusal(input.string({ required: true }), '   ', 'cluster');
    expect(error.message).toContain('is required');
  });

  it('enforces a pattern on the whole value', async () => {
    const spec = input.string({ pattern: /^[a-z]+$/, accepted: 'lower-case letters' });
    expect(await read({ x: spec }, { x: 'abc' })).toEqual({ x: 'abc' });
    const error = await refusal(spec, 'abc1', 'repo');
    expect(error.message).toBe(`Input 'repo' has an invalid value "abc1": expected lower-case letters.`);
  });

  it('describes a pattern by its source when no words are given', async () => {
    const error = await refusal(input.string({ pattern: /^v\d+$/ }), 'x');
    expect(error.message).toContain('expected a value matching ^v\\d+$');
  });

  it('runs the extra check and gives its reason', async () => {
    const spec = input.string({
      check: (value) => (value.length > 5 ? 'longer than 5 characters' : undefined),
    });
    expect(await read({ x: spec }, { x: 'short' })).toEqual({ x: 'short' });
    const error = await refusal(spec, 'too long', 'tag');
    expect(error.message).toBe(
      `Input 'tag' has an invalid value "too long" (longer than 5 characters): expected text.`,
    );
  });

  it('refuses line breaks unless multiline is allowed', async () => {
    const error = await refusal(input.string(), 'one\ntwo', 'image');
    expect(error.message).toBe(`Input 'image' has an invalid value "one\\ntwo": expected text on one line.`);
    expect(error.message).not.toContain('\n');
    expect(await read({ x: input.string({ multiline: true }) }, { x: 'one\ntwo' })).toEqual({
      x: 'one\ntwo',
    });
  });
});

describe('input.boolean', () => {
  it.each(['true', 'True', 'TRUE'])('reads %s as true', async (value) => {
    expect(await read({ flag: input.boolean({ default: false }) }, { flag: value })).toEqual({ flag: true });
  });

  it.each(['false', 'False', 'FALSE'])('reads %s as false', async (value) => {
    expect(await read({ flag: input.boolean({ default: true }) }, { flag: value })).toEqual({ flag: false });
  });

  it('applies the default when empty', async () => {
    expect(await read({ flag: input.boolean({ default: true }) }, {})).toEqual({ flag: true });
    expect(await read({ flag: input.boolean({ default: false }) }, { flag: '' })).toEqual({ flag: false });
    expect(input.boolean({ default: true }).default).toBe('true');
  });

  it.each(['yes', 'no', '1', '0', 'tRuE', 'on'])('refuses %s', async (value) => {
    const error = await refusal(input.boolean({ default: false }), value, 'wait');
    expect(error.message).toBe(
      `Input 'wait' has an invalid value ${JSON.stringify(value)}: expected true or false.`,
    );
  });
});

describe('input.integer', () => {
  it('reads whole numbers, negative ones included', async () => {
    expect(await read({ n: input.integer() }, { n: '42' })).toEqual({ n: 42 });
    expect(await read({ n: input.integer() }, { n: '-3' })).toEqual({ n: -3 });
  });

  it('is undefined when empty and without default, else the default', async () => {
    expect(await read({ n: input.integer() }, {})).toEqual({ n: undefined });
    expect(await read({ n: input.integer({ default: 3, min: 1 }) }, {})).toEqual({ n: 3 });
  });

  it('accepts the bounds themselves', async () => {
    const spec = input.integer({ min: 1, max: 10 });
    expect(await read({ n: spec }, { n: '1' })).toEqual({ n: 1 });
    expect(await read({ n: spec }, { n: '10' })).toEqual({ n: 10 });
  });

  it.each(['0', '11', '-1'])('refuses %s outside 1..10, saying the range', async (value) => {
    const error = await refusal(input.integer({ min: 1, max: 10 }), value, 'desired-count');
    expect(error.message).toBe(
      `Input 'desired-count' has an invalid value "${value}": expected a whole number from 1 to 10.`,
    );
  });

  it('names a lower bound alone', async () => {
    const error = await refusal(input.integer({ min: 0 }), '-1', 'n');
    expect(error.message).toContain('expected a whole number of at least 0');
  });

  it('names an upper bound alone', async () => {
    const error = await refusal(input.integer({ max: 5 }), '6', 'n');
    expect(error.message).toContain('expected a whole number of at most 5');
  });

  it.each(['1.5', '1e3', 'ten', '0x10', '12abc', '99999999999999999999'])('refuses %s', async (value) => {
    const error = await refusal(input.integer(), value, 'n');
    expect(error.value).toBe(value);
    expect(error.message).toContain('expected a whole number');
  });
});

describe('input.duration', () => {
  it.each([
    ['90', 90_000],
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1.5s', 1500],
    ['0', 0],
  ])('reads %s as %i ms', async (value, ms) => {
    expect(await read({ timeout: input.duration() }, { timeout: value })).toEqual({ timeout: ms });
  });

  it('applies the default (in the same words as action.yml)', async () => {
    const spec = input.duration({ default: '30m' });
    expect(spec.default).toBe('30m');
    expect(await read({ timeout: spec }, {})).toEqual({ timeout: 1_800_000 });
  });

  it('is undefined when empty without default', async () => {
    expect(await read({ timeout: input.duration() }, {})).toEqual({ timeout: undefined });
  });

  it.each(['-5', '-1s', 'soon', '10 minutes', '5d', '15M', 's', '1m-30s', '1.2.3s', 'm5'])(
    'refuses %s, saying what a duration looks like',
    async (value) => {
      const error = await refusal(input.duration(), value, 'wait-timeout');
      expect(error.message).toBe(
        `Input 'wait-timeout' has an invalid value ${JSON.stringify(value)}: expected a duration such as 90 (seconds), 90s, 15m, 1h or 1m30s, not negative.`,
      );
    },
  );

  it('enforces the bounds and names them', async () => {
    const spec = input.duration({ min: 1000, max: 60_000 });
    expect(await read({ d: spec }, { d: '1s' })).toEqual({ d: 1000 });
    expect(await read({ d: spec }, { d: '1m' })).toEqual({ d: 60_000 });
    expect((await refusal(spec, '500ms')).message).toContain('of at least 1s');
    expect((await refusal(spec, '61s')).message).toContain('at most 1m');
  });
});

describe('input.list', () => {
  it('splits on newlines and commas, trims items and drops empty ones', async () => {
    const given = ' web , api\n\n  worker \r\n,, jobs ,\n';
    expect(await read({ names: input.list() }, { names: given })).toEqual({
      names: ['web', 'api', 'worker', 'jobs'],
    });
  });

  it('is an empty list when empty, or the default split', async () => {
    expect(await read({ names: input.list() }, {})).toEqual({ names: [] });
    expect(await read({ names: input.list({ default: 'a,b' }) }, {})).toEqual({ names: ['a', 'b'] });
  });

  it('refuses a required list that is empty', async () => {
    const error = await refusal(input.list({ required: true }), '', 'urls');
    expect(error.message).toBe(
      "Input 'urls' is required: a list of values, one per line or separated by commas.",
    );
  });

  it('checks each item and names the bad one', async () => {
    const spec = input.list({ item: (value) => (value.startsWith('http') ? undefined : 'not a URL') });
    const error = await refusal(spec, 'https://a.example\nftp.example', 'urls');
    expect(error.value).toBe('ftp.example');
    expect(error.message).toBe(
      `Input 'urls' has an invalid value "ftp.example" (not a URL): expected a list of values, one per line or separated by commas.`,
    );
  });

  it('splitList keeps items in order', () => {
    expect(splitList('c,b\na')).toEqual(['c', 'b', 'a']);
  });
});

describe('input.map', () => {
  it('reads KEY=value lines, keeping = inside values and trimming around them', async () => {
    const given = 'web = 111.dkr.ecr.us-east-1.amazonaws.com/web:1\nQUERY=a=b&c=d\n  EMPTY=  ';
    expect(await read({ images: input.map() }, { images: given })).toEqual({
      images: { web: '111.dkr.ecr.us-east-1.amazonaws.com/web:1', QUERY: 'a=b&c=d', EMPTY: '' },
    });
  });

  it('skips blank lines and # comments', async () => {
    const given = '# the images\n\nA=1\n   # indented comment\nB=2';
    expect(await read({ m: input.map() }, { m: given })).toEqual({ m: { A: '1', B: '2' } });
  });

  it('is an empty object when empty', async () => {
    expect(await read({ m: input.map() }, {})).toEqual({ m: {} });
  });

  it('refuses a line without =, naming the line', async () => {
    const error = await refusal(input.map(), 'A=1\nB 2', 'env');
    expect(error.value).toBe('B 2');
    expect(error.message).toBe(
      `Input 'env' has an invalid value "B 2" (no = in the line): expected KEY=value lines.`,
    );
  });

  it('refuses a line with no key before =', async () => {
    const error = await refusal(input.map(), '=value', 'env');
    expect(error.message).toBe(
      `Input 'env' has an invalid value "=value" (no key before the =): expected KEY=value lines.`,
    );
  });

  it('refuses a key given twice', async () => {
    const error = await refusal(input.map(), 'A=1\nB=2\nA=3', 'env');
    expect(error.message).toBe(
      `Input 'env' has an invalid value "A" (the key is given twice): expected KEY=value lines.`,
    );
  });

  it('enforces the key pattern', async () => {
    const error = await refusal(input.map({ key: /^[A-Z_]+$/ }), 'lower=1', 'env');
    expect(error.message).toContain('(key must match ^[A-Z_]+$)');
  });

  it('keeps keys such as __proto__ as plain data', async () => {
    const { m } = await readInputs({ m: input.map() }, setInputs({ m: '__proto__=x\nconstructor=y' }, {}));
    expect(Object.keys(m)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
  });

  it('parseKeyValueLines returns the entries in order', () => {
    expect(parseKeyValueLines('b=2\r\na=1')).toEqual([
      ['b', '2'],
      ['a', '1'],
    ]);
  });
});

describe('input.choice', () => {
  const spec = input.choice(['rolling', 'canary', 'linear'] as const, { default: 'rolling' });

  it('reads one of the values, the default when empty', async () => {
    expect(await read({ s: spec }, { s: 'canary' })).toEqual({ s: 'canary' });
    expect(await read({ s: spec }, {})).toEqual({ s: 'rolling' });
  });

  it('refuses anything else, listing the choices', async () => {
    const error = await refusal(spec, 'Canary', 'strategy');
    expect(error.message).toBe(
      `Input 'strategy' has an invalid value "Canary": expected one of rolling, canary, linear.`,
    );
  });

  it('refuses a required choice that is missing', async () => {
    const error = await refusal(input.choice(['ecs', 'eks'] as const, { required: true }), '', 'target');
    expect(error.message).toBe("Input 'target' is required: one of ecs, eks.");
  });
});

describe('input.document', () => {
  it('reads JSON', async () => {
    expect(await read({ d: input.document() }, { d: '{"a": [1, 2], "b": null}' })).toEqual({
      d: { a: [1, 2], b: null },
    });
  });

  it('reads YAML', async () => {
    const yaml = 'checks:\n  - url: https://a.example/health\n    status: 200\n  - url: /ready\n';
    expect(await read({ d: input.document() }, { d: yaml })).toEqual({
      d: { checks: [{ url: 'https://a.example/health', status: 200 }, { url: '/ready' }] },
    });
  });

  it('is undefined when empty', async () => {
    expect(await read({ d: input.document() }, {})).toEqual({ d: undefined });
  });

  it('refuses a YAML syntax error, saying what and where', async () => {
    const error = await refusal(
      input.document(),
      'checks:\n  - url: a\n    status: 200\nkey: value: other',
      'checks',
    );
    expect(error.input).toBe('checks');
    // the document is never quoted: checks and overrides hold header values and passwords
    expect(error.message).toBe(
      "Input 'checks' is invalid at line 4, column 6 " +
        '(Nested mappings are not allowed in compact mappings): expected a YAML or JSON document.',
    );
  });

  it('gives the line and column of an unclosed flow collection', async () => {
    const error = await refusal(input.document(), 'a: 1\nb: {c: 1', 'doc');
    expect(error.message).toContain('at line 2, column 9');
  });

  it('refuses duplicate keys in YAML', async () => {
    const error = await refusal(input.document(), 'a: 1\na: 2', 'doc');
    expect(error.message).toContain('at line 2, column 1 (Map keys must be unique)');
  });

  it('uses the accepted words given', async () => {
    const error = await refusal(input.document({ accepted: 'a list of checks in YAML' }), '[', 'checks');
    expect(error.message).toMatch(/: expected a list of checks in YAML\.$/);
  });
});

describe('readInputs', () => {
  it('reads every input of the spec by its id, whatever the order of the env', async () => {
    const spec = {
      cluster: input.string({ required: true }),
      'wait-timeout': input.duration({ default: '10m' }),
      'force-new-deployment': input.boolean({ default: false }),
    };
    const values = await readInputs(spec, {
      'INPUT_FORCE-NEW-DEPLOYMENT': 'true',
      INPUT_CLUSTER: 'prod',
    });
    expect(values).toEqual({ cluster: 'prod', 'wait-timeout': 600_000, 'force-new-deployment': true });
  });

  it('reads from process.env by default', async () => {
    process.env['INPUT_UNIT-TEST-ONLY'] = 'x';
    try {
      expect(await readInputs({ 'unit-test-only': input.string() })).toEqual({ 'unit-test-only': 'x' });
    } finally {
      delete process.env['INPUT_UNIT-TEST-ONLY'];
    }
  });

  it('stops at the first bad input with an InputError', async () => {
    await expect(
      readInputs({ a: input.integer(), b: input.integer() }, setInputs({ a: '1', b: 'x' }, {})),
    ).rejects.toThrow(new InputError('b', 'x', 'a whole number'));
  });
});

describe('InputError', () => {
  it('keeps long or multi-line values to one short line', () => {
    const error = new InputError('doc', `${'x'.repeat(200)}\nmore`, 'something');
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain(`"${'x'.repeat(120)}…"`);
    expect(error.value).toHaveLength(205);
  });
});
