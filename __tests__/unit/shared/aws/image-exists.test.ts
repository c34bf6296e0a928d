import { describe, expect, it } from '@jest/globals';
import { describeChecks, ecrImage } from '../../../../shared/aws/image-exists.js';

describe('ecrImage', () => {
  it('reads the account, region, repository and tag or digest of an Amazon ECR image', () => {
    expect(ecrImage('123456789012.dkr.ecr.eu-west-3.amazonaws.com/team/api:v2')).toEqual({
      registryId: '123456789012',
      region: 'eu-west-3',
      repository: 'team/api',
      tag: 'v2',
    });
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(ecrImage(`123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/api@${digest}`)).toMatchObject({
      region: 'us-gov-west-1',
      digest,
    });
  });

  it('is undefined for other registries, Docker Hub and malformed hosts', () => {
    expect(ecrImage('ghcr.io/acme/api:v1')).toBeUndefined();
    expect(ecrImage('nginx:1.27')).toBeUndefined();
    expect(ecrImage('x.dkr.ecr.us-east-1.amazonaws.com/api:v2')).toBeUndefined();
    expect(ecrImage('public.ecr.aws/docker/library/busybox:1.36')).toBeUndefined();
  });
});

describe('describeChecks', () => {
  it('logs what a tag resolved to and gives a notice per image not checked', () => {
    const digest = `sha256:${'b'.repeat(64)}`;
    expect(
      describeChecks([
        { image: 'r/api:v1', status: 'found', digest },
        { image: `r/api@${digest}`, status: 'found', digest },
        { image: 'nginx:1', status: 'not-checked', reason: 'Docker Hub images are not checked' },
      ]),
    ).toEqual({
      lines: [`Image r/api:v1 exists (${digest}).`, `Image r/api@${digest} exists.`],
      notices: ['Image nginx:1 was not checked before the deploy: Docker Hub images are not checked.'],
    });
  });
});
