import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { CancelledError, run, type RunContext } from '../../../../shared/action/run.js';
import { ActionError, InputError } from '../../../../shared/action/errors.js';
import { captureStdout, tempFile, type Captured } from '../../../support/capture.js';
import { startStepBudget } from '../../../../shared/wait/budget.js';
import { pollUntil } from '../../../../shared/wait/poll.js';
import { group } from '../../../../shared/action/runtime.js';

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
  process.exitCode = undefined;
  summaryFile.clear();
  delete process.env['RUNNER_DEBUG'];
  stdout = captureStdout();
});

afterEach(() => {
  stdout.restore();
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv, { GITHUB_STEP_SUMMARY: summaryFile.path });
  process.exitCode = undefined;
});

const errorLines = (): string[] => stdout.lines().filter((line) => line.startsWith('::error'));

describe('run', () => {
  it('gives main a context and leaves the exit code alone on success', async () => {
    let seen: RunContext | undefined;
    await run('deploy-ecs', async (context) => {
      seen = context;
      context.summary.heading('Deployed').status('success', 'web is stable');
    });
    expect(seen?.action).toBe('deploy-ecs');
    expect(seen?.signal.aborted).toBe(false);
    expect(seen?.startedAt).toBeInstanceOf(Date);
    expect(process.exitCode).toBeUndefined();
    expect(errorLines()).toEqual([]);
    expect(summaryFile.read()).toBe('## Deployed\n\n✅ web is stable\n\n');
  });

  it('reports a thrown error as one clean line and exit code 1, without the stack', async () => {
    await run('deploy-ecs', async () => {
      throw new Error('Service web was not found in cluster prod.\nCheck the name.');
    });
    expect(process.exitCode).toBe(1);
    expect(stdout.lines()).toEqual(['::error::Service web was not found in cluster prod. Check the name.']);
  });

  it('prints an InputError message as it is', async () => {
    const error = new InputError('wait-timeout', 'soon', 'a duration such as 15m');
    await run('deploy-ecs', async () => {
      throw error;
    });
    expect(stdout.lines()).toEqual([`::error::${error.message}`]);
  });

  it('prints an ActionError message as it is', async () => {
    await run('deploy-ecs', async () => {
      throw new ActionError('The deployment failed: the circuit breaker rolled it back.');
    });
    expect(stdout.lines()).toEqual(['::error::The deployment failed: the circuit breaker rolled it back.']);
  });

  it('turns an AWS AccessDenied into words that name the IAM action and the policy file', async () => {
    await run('deploy-ecs', async () => {
      throw Object.assign(
        new Error(
          'User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: ecs:UpdateService on resource: arn:aws:ecs:us-east-1:123456789012:service/prod/web',
        ),
        {
          name: 'AccessDeniedException',
          $metadata: { httpStatusCode: 400 },
        },
      );
    });
    const [line] = errorLines();
    expect(line).toContain('ecs:UpdateService');
    expect(line).toContain('actions/deploy-ecs/iam-policy.json');
  });

  it('prints the stack as a debug line only when RUNNER_DEBUG=1', async () => {
    const fail = async (): Promise<void> => {
      throw new Error('boom');
    };
    await run('deploy-ecs', fail);
    expect(stdout.lines().some((line) => line.startsWith('::debug::'))).toBe(false);

    process.env['RUNNER_DEBUG'] = '1';
    await run('deploy-ecs', fail);
    const debugLines = stdout.lines().filter((line) => line.startsWith('::debug::'));
    expect(debugLines).toHaveLength(1);
    expect(debugLines[0]).toMatch(/^::debug::Error: boom%0A {4}at /);
  });

  it('writes a summary on failure: a heading when main wrote nothing, then the error', async () => {
    await run('deploy-ecs', async () => {
      throw new ActionError('It <broke>.');
    });
    expect(summaryFile.read()).toBe('## deploy-ecs\n\n❌ It &lt;broke&gt;.\n\n');
  });

  it('a summary that cannot be written is a warning, and the result stands', async () => {
    // A directory where the summary file should be: appending fails (EISDIR), even for root.
    rmSync(summaryFile.path);
    mkdirSync(summaryFile.path);
    try {
      await run('deploy-ecs', async (context) => {
        context.summary.heading('Deployed');
      });
    } finally {
      rmdirSync(summaryFile.path);
      summaryFile.clear();
    }
    expect(process.exitCode).toBeUndefined();
    expect(stdout.lines()).toEqual([
      expect.stringMatching(/^::warning::The job summary could not be written: /),
    ]);
  });

  it('keeps what main had written to the summary before failing', async () => {
    await run('deploy-ecs', async (context) => {
      context.summary.heading('Deploy web').table(['From', 'To'], [['web:6', 'web:7']]);
      throw new ActionError('Timed out.');
    });
    expect(summaryFile.read()).toBe(
      '## Deploy web\n\n| From | To |\n| --- | --- |\n| web:6 | web:7 |\n\n❌ Timed out.\n\n',
    );
  });
});

describe('run: the failure told once', () => {
  it('adds no second failure line when main already told the failure in the summary', async () => {
    await run('smoke-test', async (context) => {
      context.summary.heading('Smoke test').status('failure', '1 of 1 checks failed after 2.0s.');
      context.summary.list(['GET /health: expect-status 2xx: got 503']);
      throw new ActionError('Smoke test failed: GET /health: expect-status 2xx: got 503');
    });
    const summary = summaryFile.read();
    expect(summary.match(/got 503/g)).toHaveLength(1);
    expect(summary.match(/❌/g)).toHaveLength(1);
    expect(errorLines()).toEqual(['::error::Smoke test failed: GET /health: expect-status 2xx: got 503']);
  });
});

describe('run: the step time budget', () => {
  it('says in the log and the summary which phase ran out of the budget', async () => {
    let now = 1_000_000;
    const clock = { now: () => now };
    const sleep = async (ms: number): Promise<void> => {
      now += ms;
    };
    await run('deploy-ecs', async (context) => {
      context.summary.heading('deploy-ecs');
      startStepBudget('wait-timeout', 60_000, clock);
      await group('Migration: migrate', () =>
        pollUntil({
          check: async () => ({ status: 'pending', state: 'RUNNING' }),
          timeoutMs: 600_000,
          clock,
          sleep,
        }),
      );
    });
    const note =
      "The step's time budget (wait-timeout: 1m) ran out during 'Migration: migrate', after 1m of waiting.";
    expect(stdout.lines()).toContain(`::warning::${note}`);
    expect(summaryFile.read()).toContain(`⏱️ ${note}`);
  });

  it('reports nothing when no wait ran out of it', async () => {
    await run('deploy-ecs', async (context) => {
      context.summary.heading('deploy-ecs');
      startStepBudget('wait-timeout', 60_000);
    });
    expect(summaryFile.read()).not.toContain('budget');
  });
});

describe('run on cancellation', () => {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const saved = new Map<string, Array<(...args: unknown[]) => void>>();
  let exit: jest.Spied<typeof process.exit>;

  beforeEach(() => {
    // Only run()'s own listeners may see the emitted signals; whatever the test runner
    // installed is put back afterwards.
    for (const signal of signals) {
      saved.set(signal, process.listeners(signal) as Array<(...args: unknown[]) => void>);
      process.removeAllListeners(signal);
    }
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
    exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
  });

  afterEach(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
    exit.mockRestore();
    for (const signal of signals) {
      process.removeAllListeners(signal);
      for (const listener of saved.get(signal) ?? []) process.on(signal, listener);
    }
  });

  /** A main that waits for the cancel and then stops as a real one would: with the signal's reason. */
  const waitForCancel = async (context: RunContext): Promise<void> => {
    await new Promise<void>((resolve) => context.signal.addEventListener('abort', () => resolve()));
    throw context.signal.reason;
  };

  it.each(signals)('%s aborts the signal with a CancelledError and fails the step', async (signal) => {
    let reason: unknown;
    const running = run('deploy-ecs', async (context) => {
      context.signal.addEventListener('abort', () => {
        reason = context.signal.reason;
      });
      await waitForCancel(context);
    });
    process.emit(signal, signal);
    await running;
    expect(reason).toBeInstanceOf(CancelledError);
    expect((reason as CancelledError).signalName).toBe(signal);
    expect(stdout.lines()).toEqual([
      `Received ${signal}: stopping and recording the state reached.`,
      `::error::Cancelled: the runner sent ${signal}.`,
    ]);
    expect(process.exitCode).toBe(1);
    expect(summaryFile.read()).toContain(`❌ Cancelled: the runner sent ${signal}.`);
    expect(exit).not.toHaveBeenCalled();
  });

  it('reports an AbortError from a call cut short by the cancel as the cancel', async () => {
    const running = run('deploy-ecs', async (context) => {
      await new Promise<void>((resolve) => context.signal.addEventListener('abort', () => resolve()));
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    });
    process.emit('SIGTERM', 'SIGTERM');
    await running;
    expect(stdout.lines()).toContain('::error::Cancelled: the runner sent SIGTERM.');
  });

  it('removes its signal listeners when main ends', async () => {
    await run('deploy-ecs', async () => undefined);
    expect(process.listenerCount('SIGTERM')).toBe(0);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('exits at once on a second signal', async () => {
    let release = (): void => undefined;
    const running = run('deploy-ecs', async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    process.emit('SIGINT', 'SIGINT');
    expect(exit).not.toHaveBeenCalled();
    process.emit('SIGTERM', 'SIGTERM');
    expect(exit).toHaveBeenCalledWith(1);
    release();
    await running;
  });

  it('exits after the grace period when main does not stop', async () => {
    let release = (): void => undefined;
    const running = run('deploy-ecs', async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    process.emit('SIGTERM', 'SIGTERM');
    jest.advanceTimersByTime(1499);
    expect(exit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(exit).toHaveBeenCalledWith(1);
    release();
    await running;
  });

  /** A main that claims the grace after the cancel (the rollback on cancel) and waits to be released. */
  const claimingMain = () => {
    const seen: { grace?: AbortSignal | undefined; context?: RunContext } = {};
    let release = (): void => undefined;
    const running = run('release', async (context) => {
      seen.context = context;
      await new Promise<void>((resolve) => context.signal.addEventListener('abort', () => resolve()));
      seen.grace = context.grace?.claim();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    return { seen, running, release: () => release() };
  };

  it('after SIGINT, a claimed grace runs until just before the runner kills (7.5 s + 2.5 s), not 1.5 s', async () => {
    const { seen, running, release } = claimingMain();
    process.emit('SIGINT', 'SIGINT');
    await Promise.resolve();
    expect(seen.context?.grace?.signalName).toBe('SIGINT');
    expect(seen.context?.grace?.remainingMs()).toBe(10_000 - 1100);
    jest.advanceTimersByTime(1500);
    expect(exit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(10_000 - 1100 - 1500);
    expect(seen.grace?.aborted).toBe(true);
    expect(exit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(500);
    expect(exit).toHaveBeenCalledWith(1);
    release();
    await running;
  });

  it('a SIGTERM during a claimed grace shortens it to the 2.5 s the runner then gives, without exiting at once', async () => {
    const { seen, running, release } = claimingMain();
    process.emit('SIGINT', 'SIGINT');
    await Promise.resolve();
    jest.advanceTimersByTime(7500);
    process.emit('SIGTERM', 'SIGTERM');
    expect(exit).not.toHaveBeenCalled();
    expect(seen.context?.grace?.remainingMs()).toBe(2500 - 1100);
    jest.advanceTimersByTime(2500 - 1100);
    expect(seen.grace?.aborted).toBe(true);
    jest.advanceTimersByTime(499);
    expect(exit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(exit).toHaveBeenCalledWith(1);
    expect(stdout.lines()).toContain(
      'Received SIGTERM: finishing the rollback on cancel before the runner ends the step.',
    );
    release();
    await running;
  });

  it('a first SIGTERM leaves a claimed grace under 2 s (the runner kills 2.5 s after SIGTERM)', async () => {
    const { seen, running, release } = claimingMain();
    process.emit('SIGTERM', 'SIGTERM');
    await Promise.resolve();
    expect(seen.context?.grace?.remainingMs()).toBe(1400);
    jest.advanceTimersByTime(1899);
    expect(exit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(exit).toHaveBeenCalledWith(1);
    release();
    await running;
  });

  it('has no grace to give before any cancel', async () => {
    let remaining: number | undefined;
    await run('release', async (context) => {
      remaining = context.grace?.remainingMs();
    });
    expect(remaining).toBe(0);
  });
});
