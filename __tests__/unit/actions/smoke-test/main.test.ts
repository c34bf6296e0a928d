// main() in-process up to the first request: input validation and masking. (Requests are
// covered against real servers in the integration and e2e layers.)
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { InputError } from '../../../../shared/action/errors.js';
import { Summary } from '../../../../shared/action/summary.js';
import type { RunContext } from '../../../../shared/action/run.js';
import { main } from '../../../../actions/smoke-test/src/main.js';
import { captureStdout, type Captured } from '../../../support/capture.js';
import { setInputs } from '../../../support/inputs.js';

const saved = { ...process.env };
let stdout: Captured;

function context(): RunContext {
  return {
    action: 'smoke-test',
    signal: new AbortController().signal,
    summary: new Summary(),
    startedAt: new Date(),
  };
}

async function inputError(values: Record<string, string>): Promise<InputError> {
  setInputs(values);
  const error = await main(context()).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof InputError) return error;
  throw new Error(`expected an InputError, got ${String(error)}`);
}

beforeEach(() => {
  stdout = captureStdout();
});
afterEach(() => {
  stdout.restore();
  process.env = { ...saved };
});

describe('smoke-test inputs', () => {
  it('needs url or checks', async () => {
    expect((await inputError({})).message).toBe(
      "Input 'url' is required: one or more URLs in `url`, or a `checks` list.",
    );
  });

  it.each([
    [{ url: 'https://ok.example.com, nope' }, `Input 'url' has an invalid value "nope" (not a URL)`],
    [
      { url: 'https://a.example.com', 'expect-status': '20x' },
      `Input 'expect-status' has an invalid value "20x" ("20x" is not a status code, range or class)`,
    ],
    [
      { url: 'https://a.example.com', 'fail-fast-status': '4xx,' },
      `Input 'fail-fast-status' has an invalid value "4xx," (an item of the list is empty)`,
    ],
    [
      { url: 'https://a.example.com', interval: '-2s' },
      `Input 'interval' has an invalid value "-2s": expected a duration`,
    ],
    [
      { url: 'https://a.example.com', 'consecutive-successes': '0' },
      `Input 'consecutive-successes' has an invalid value "0": expected a whole number from 1 to 1000`,
    ],
    [
      { url: 'https://a.example.com', method: 'GET POST' },
      `Input 'method' has an invalid value "GET POST": expected an HTTP method`,
    ],
    [
      { url: 'https://a.example.com', headers: 'Authorization: Bearer x' },
      `Input 'headers' is invalid at line 1 (no = in the line)`,
    ],
    [
      { checks: '- url: https://a.example.com\n  expect-statuss: 200' },
      `Input 'checks' has an invalid value "expect-statuss" (unknown key in check 1): expected one of the check keys name, url,`,
    ],
    [
      { checks: 'url: https://a.example.com' },
      `Input 'checks' has an invalid value "a mapping": expected a YAML list of checks`,
    ],
  ])('refuses %j', async (values, message) => {
    expect((await inputError(values)).message).toContain(message);
  });

  it('masks credential headers before an input error could print them, and quotes only the bad line', async () => {
    const error = await inputError({
      headers: 'Authorization=Bearer default-token-123\nAccept=application/json',
      checks:
        '- url: https://a.example.com\n  headers:\n    X-Api-Key: "key-456-secret"\n    Cookie: session=abc123xyz\n  bad: [',
    });
    const masks = stdout.lines().filter((line) => line.startsWith('::add-mask::'));
    expect(masks).toEqual([
      '::add-mask::Bearer default-token-123',
      '::add-mask::default-token-123',
      '::add-mask::key-456-secret',
      '::add-mask::session=abc123xyz',
    ]);
    // a YAML error points at the line, never quotes the document
    expect(error.message).toMatch(/^Input 'checks' is invalid at line 5, column 9 \(/);
    expect(error.message).not.toContain('key-456-secret');
  });
});
