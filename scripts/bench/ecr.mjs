// build-push-ecr figures: build+push time of a small test image (FROM scratch, two files) with the
// classic builder the action uses when buildx is absent, and how many layers a rebuild of
// unchanged sources uploads (budget: none). Runs docker against the test environment's engine and
// registry (DOCKER_HOST, REGISTRY from scripts/test-env). The whole action (ECR calls, digest check,
// scan gate) is covered by __tests__/integration/build-push-ecr, which needs the ECR mirror.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function docker(args, env) {
  const result = spawnSync('docker', args, { env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `docker ${args[0]} failed: ${(result.stderr || result.stdout).trim().split('\n').at(-1)}`,
    );
  return result.stdout + result.stderr;
}

export async function benchEcr() {
  const registry = process.env.REGISTRY;
  if (!process.env.DOCKER_HOST || !registry)
    throw new Error('benchEcr needs DOCKER_HOST and REGISTRY (node scripts/test-env.mjs start)');
  const dir = mkdtempSync(join(tmpdir(), 'bench-ecr-'));
  const env = { ...process.env, DOCKER_CONFIG: join(dir, 'config'), DOCKER_BUILDKIT: '0' };
  try {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY a.txt /a.txt\nCOPY b.txt /srv/b.txt\n');
    writeFileSync(join(dir, 'a.txt'), `bench ${Date.now()}\n`);
    writeFileSync(join(dir, 'b.txt'), 'x'.repeat(1 << 20));
    const reference = `${registry}/bench/ecr-${process.pid}:v1`;
    const buildPush = () => {
      const started = process.hrtime.bigint();
      docker(['build', '--file', join(dir, 'Dockerfile'), '--tag', reference, dir], env);
      const output = docker(['push', reference], env);
      return {
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        pushed: (output.match(/^[a-f0-9]{12}: Pushed$/gm) ?? []).length,
      };
    };
    const first = buildPush();
    const second = buildPush();
    docker(['image', 'rm', reference], env);
    return [
      {
        figure: 'build-push-ecr: build + push of the test image (classic builder, 1 MiB)',
        value: Math.round(first.ms),
        unit: 'ms',
        note: `${first.pushed} layer(s) uploaded`,
      },
      {
        figure: 'build-push-ecr: rebuild + push of unchanged sources',
        value: Math.round(second.ms),
        unit: 'ms',
        note: 'layer cache of the engine',
      },
      {
        figure: 'rebuild of unchanged sources: new layers uploaded',
        value: second.pushed,
        unit: 'layers',
        note: 'budget: 0',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
