// The root release action with `target: ec2`: deploy-ec2's inputs, checked the same way, and the
// inputs of other targets refused by name, before any AWS call.
import { describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import { readInputs } from '../../../shared/action/inputs.js';
import { inputs } from '../../../src/inputs.js';
import { givenInputs, planRelease } from '../../../src/plan.js';

function runnerEnv(given: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, spec] of Object.entries(inputs))
    if (spec.default !== undefined) env[`INPUT_${name.toUpperCase()}`] = spec.default;
  for (const [name, value] of Object.entries(given)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

async function plan(given: Record<string, string>) {
  const env = runnerEnv(given);
  return planRelease(await readInputs(inputs, env), givenInputs(env), tmpdir());
}

const BASE = { target: 'ec2', targets: 'tag:Name=keystone-prod', 'working-directory': '/opt/keystone' };

describe('release with target: ec2', () => {
  it('plans a deploy-ec2 update with a smoke test and rollback on', async () => {
    const planned = await plan({
      ...BASE,
      ref: 'main',
      services: 'backend',
      'health-command': 'curl -fsS localhost:8000/health',
      environment: 'OPENAI_API_KEY=ssm:/keystone/openai',
      url: 'https://www.example.com',
    });
    expect(planned.rollback).toBe(true);
    expect(planned.deploy).toMatchObject({
      target: 'ec2',
      plan: {
        tags: [{ key: 'Name', value: 'keystone-prod' }],
        workingDirectory: '/opt/keystone',
        ref: 'main',
        services: ['backend'],
        build: true,
        parameters: { OPENAI_API_KEY: '/keystone/openai' },
        healthTimeoutMs: 300_000,
      },
    });
  });

  it('takes images as service=image lines, without a build by default', async () => {
    const planned = await plan({
      ...BASE,
      images: 'backend=registry.example.com/api@sha256:' + 'a'.repeat(64),
    });
    expect(planned.deploy).toMatchObject({
      target: 'ec2',
      plan: { build: false, images: { backend: expect.any(String) } },
    });
  });

  it('refuses what is not for ec2, and needs a working directory', async () => {
    await expect(plan({ ...BASE, ref: 'main', cluster: 'prod' })).rejects.toThrow(
      "Input 'cluster' has an invalid value \"prod\" ('cluster' is for target: ecs): expected nothing with target: ec2.",
    );
    await expect(plan({ ...BASE, image: 'web:v2' })).rejects.toThrow("Input 'image'");
    await expect(plan({ target: 'ec2', targets: 'tag:Name=x', ref: 'main' })).rejects.toThrow(
      "Input 'working-directory' is required",
    );
    await expect(plan({ ...BASE, ref: 'main; reboot' })).rejects.toThrow("Input 'ref'");
    await expect(
      plan({ ...BASE, target: 'ecs', cluster: 'c', service: 's', image: 'web:v2' }),
    ).rejects.toThrow("'targets' is for target: ec2");
  });
});
