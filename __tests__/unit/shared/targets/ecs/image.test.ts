import { describe, expect, it } from '@jest/globals';
import { imageProblem, parseImageReference } from '../../../../../shared/targets/ecs/image.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  it.each([
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27' }],
    ['team/app:v2', { repository: 'team/app', tag: 'v2' }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    ['127.0.0.1:5000/team/app:v2', { registry: '127.0.0.1:5000', repository: 'team/app', tag: 'v2' }],
    [
      `123456789012.dkr.ecr.eu-west-3.amazonaws.com/pm-doc/backend:v1.0.0@${DIGEST}`,
      {
        registry: '123456789012.dkr.ecr.eu-west-3.amazonaws.com',
        repository: 'pm-doc/backend',
        tag: 'v1.0.0',
        digest: DIGEST,
      },
    ],
    [`app@${DIGEST}`, { repository: 'app', digest: DIGEST }],
    [
      'public.ecr.aws/docker/library/busybox:1.36',
      { registry: 'public.ecr.aws', repository: 'docker/library/busybox', tag: '1.36' },
    ],
  ])('parses %s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  it.each([
    '',
    'UPPER/app',
    'app:',
    'app:tag with space',
    'app@sha256:abc',
    `app@sha256:${'A'.repeat(64)}`,
    'host:5000/',
    '-app',
    'app//x',
    'a:b:c',
  ])('refuses %j', (text) => {
    expect(parseImageReference(text)).toBeUndefined();
    expect(imageProblem(text)).toEqual(expect.any(String));
  });

  it('explains a short digest', () => {
    expect(imageProblem('app@sha256:abc')).toMatch(/64 lower-case hex/);
  });
});
