// `npm run demo` is one of the two commands the README opens with: it must keep working.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

describe('npm run demo', () => {
  it('ships release 1, catches the broken release 2 with the smoke test, and rolls it back', () => {
    const run = spawnSync(process.execPath, ['scripts/demo.mjs'], {
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' },
    });
    expect(run.stdout).toMatch(/Bootstrap the Terraform state/);
    expect(run.stdout).toMatch(/❌ Smoke test/);
    // the rollback step restores the release, then fails the run (fail-on-rollback)
    expect(run.stdout).toMatch(/❌ Roll back \(if: failure\(\)\)/);
    expect(run.stdout).toMatch(/now: {7}v1 on demo-api:\d+, health ok/);
    expect(run.stdout).toMatch(/the bad release was caught and undone/);
    expect(run.status).toBe(0);
  }, 300_000);
});
