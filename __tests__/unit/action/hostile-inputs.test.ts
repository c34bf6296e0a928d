// Hostile values against the inputs layer and the input specs of the actions: secrets in any shape
// masked before a parse, one error naming the input for parser failures (a YAML alias bomb), and
// bounds on every number and duration.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readInputs, input, InputError, type InputSpec } from '../../../shared/action/inputs.js';
import { maskedValues, redact } from '../../../shared/action/secrets.js';
import { inputs as smokeInputs } from '../../../actions/smoke-test/src/inputs.js';
import { inputs as ecsInputs } from '../../../actions/deploy-ecs/src/inputs.js';
import { inputs as rollbackInputs } from '../../../actions/auto-rollback/src/inputs.js';
import { inputs as releaseInputs } from '../../../actions/release/src/inputs.js';
import { inputs as lambdaInputs } from '../../../actions/deploy-lambda-image/src/inputs.js';
import { planRollback } from '../../../actions/auto-rollback/src/plan.js';
import { captureStdout, type Captured } from './capture.js';

let stdout: Captured;
beforeEach(() => {
  stdout = captureStdout();
});
afterEach(() => stdout.restore());

const env = (values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));

async function refusal(
  spec: Record<string, InputSpec<unknown>>,
  values: Record<string, string>,
): Promise<InputError> {
  try {
    await readInputs(spec, env(values));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const masks = (): string[] =>
  stdout
    .lines()
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length));

describe('secret inputs are masked before any parse, whatever their shape', () => {
  it('masks a malformed header line whole, and its credential, before refusing it by line number', async () => {
    const error = await refusal(
      { headers: input.map({ secretKeys: (key) => /authorization/i.test(key) }) },
      { headers: 'Accept=text/html\nAuthorization: Bearer tok-malformed-1' },
    );
    expect(error.message).toBe(
      "Input 'headers' is invalid at line 2 (no = in the line): expected KEY=value lines.",
    );
    expect(masks()).toEqual(
      expect.arrayContaining([
        'Authorization: Bearer tok-malformed-1',
        'Bearer tok-malformed-1',
        'tok-malformed-1',
      ]),
    );
    expect(redact('echo: tok-malformed-1')).toBe('echo: ***');
  });

  it('masks values of secret-looking keys and leaves the others alone', async () => {
    // masked before any input is parsed: even though a required input is missing
    await expect(
      readInputs(
        ecsInputs,
        env({ environment: 'DB_PASSWORD=pw-ecs-99\nLOG_LEVEL=debug\nAPI_TOKEN=tk-ecs-77' }),
      ),
    ).rejects.toThrow(/Input 'cluster' is required/);
    expect(masks()).toEqual(['pw-ecs-99', 'tk-ecs-77']);
    expect(maskedValues()).not.toContain('debug');
  });

  it('masks the masked values out of an error even when a parser quotes them', async () => {
    const error = await refusal(
      { checks: smokeInputs.checks },
      {
        checks: '- url: https://a.example.com\n  headers:\n    Authorization: "Bearer tok-yaml-3"\n  oops: [',
      },
    );
    expect(error.message).toMatch(/^Input 'checks' is invalid at line \d+, column \d+/);
    expect(error.message).not.toContain('tok-yaml-3');
    expect(masks()).toContain('Bearer tok-yaml-3');
  });

  it.each([
    ['release', releaseInputs],
    ['deploy-lambda-image', lambdaInputs],
  ])(
    '%s: its input specs alone mask every secret its inputs carry, before the first refusal',
    async (name, spec) => {
      // nothing else masks the raw inputs of these actions: readInputs must, even when it refuses
      await expect(
        readInputs(
          spec as Record<string, InputSpec<unknown>>,
          env({
            environment: `DB_PASSWORD=pw-env-${name}\nLOG_LEVEL=info`,
            'parameter-overrides': `MongoPassword=pw-param-${name}\nStage=prod`,
            headers: `Authorization=Bearer tok-header-${name}`,
            checks: `- url: https://user:pw-url-${name}@a.example.com/\n  headers:\n    X-Api-Key: key-check-${name}`,
            'wait-timeout': 'soon',
          }),
        ),
      ).rejects.toThrow(InputError);
      const secrets = [`pw-env-${name}`, `pw-param-${name}`];
      if ('headers' in spec) secrets.push(`tok-header-${name}`, `pw-url-${name}`, `key-check-${name}`);
      expect(masks()).toEqual(expect.arrayContaining(secrets));
      expect(maskedValues()).not.toContain('info');
      expect(maskedValues()).not.toContain('prod');
    },
  );
});

describe('one error naming the input, for parser failures too', () => {
  it('a YAML alias bomb in checks', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    ].join('\n');
    const error = await refusal({ checks: smokeInputs.checks }, { checks: bomb });
    expect(error.input).toBe('checks');
    expect(error.message).toMatch(/^Input 'checks' is invalid at its value \(.*alias.*\)/i);
    expect(error.message).not.toContain('ReferenceError');
    expect(error.message.split('\n')).toHaveLength(1);
  });
});

describe('bounds on every number and duration', () => {
  it.each([
    [smokeInputs, 'interval', '0s', /at least 100ms/],
    [smokeInputs, 'timeout', '999999h', /at most 6h/],
    [smokeInputs, 'request-timeout', '1h', /at most 5m/],
    [smokeInputs, 'max-latency', '2h', /at most 10m/],
    [ecsInputs, 'wait-timeout', '999999h', /at most 6h/],
    [ecsInputs, 'max-poll-interval', '1h', /at most 5m/],
    [ecsInputs, 'desired-count', '100000', /from 0 to 5000/],
    [ecsInputs, 'keep-revisions', '1000000', /from 1 to 1000/],
    [rollbackInputs, 'wait-timeout', '7h', /at most 6h/],
    [rollbackInputs, 'bake-time', '7h', /at most 6h/],
    [releaseInputs, 'wait-timeout', '7h', /at most 6h/],
    [releaseInputs, 'desired-count', '9999', /from 0 to 5000/],
  ] as Array<[Record<string, InputSpec<unknown>>, string, string, RegExp]>)(
    '%#: %s %s refused',
    async (spec, name, value, accepted) => {
      const error = await refusal({ [name]: spec[name] as InputSpec<unknown> }, { [name]: value });
      expect(error.input).toBe(name);
      expect(error.message).toMatch(accepted);
    },
  );
});

describe('auto-rollback', () => {
  it('refuses `to` together with `deployment`', async () => {
    const values = await readInputs(rollbackInputs, env({ deployment: '{"version":1}', to: 'family:3' }));
    expect(() => planRollback(values)).toThrow(
      /^Input 'to' has an invalid value "family:3".*no `to` with `deployment`/,
    );
  });
});
