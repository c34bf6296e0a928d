// Emulators for integration tests: the shared ones (`node scripts/test-env.mjs start`) when they
// run, else private ones in a temp state dir that release() stops (by PID) and removes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnv, start, status, stop } from '../../scripts/lib/test-env.mjs';
import type { Component, TestEnv } from '../../scripts/lib/test-env.mjs';

export interface Emulators {
  env: TestEnv;
  /** True when these were started for this test file (and release() stops them). */
  private: boolean;
  release(): Promise<void>;
}

export async function useEmulators(only: Component[] = ['moto']): Promise<Emulators> {
  if ((await status({ only })).allRunning) {
    const env = readEnv();
    if (env) return { env, private: false, release: async () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ada-env-'));
  const { env } = await start({ dir, only });
  return {
    env,
    private: true,
    async release() {
      const { leftovers } = await stop({ dir });
      if (leftovers.length > 0) throw new Error(`emulator processes still alive: ${leftovers.join(', ')}`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
