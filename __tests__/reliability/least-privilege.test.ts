// Every IAM policy an action ships is valid IAM JSON and scopes its resources wherever the API
// allows it; the recorded-calls side (policy = what the tests saw) is checked by each action's
// e2e test and, under faults, by the other files of this project.
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/harness.js';
// @ts-expect-error plain ESM helper without types
import { entries } from '../../scripts/lib/actions.mjs';
import {
  NO_RESOURCE_LEVEL,
  policyActions,
  policyProblems,
  readPolicy,
  recordedActions,
} from '../support/iam.js';

// Every action's folder, the root (release) action included.
const policyFiles = (entries as (root: string) => Array<{ dir: string }>)(REPO_ROOT).flatMap(({ dir }) =>
  readdirSync(join(REPO_ROOT, dir))
    .filter((file) => /^iam-policy.*\.json$/.test(file))
    .map((file) => join(dir, file)),
);

describe('IAM policies of the actions', () => {
  it('there is one for every action that calls AWS', () => {
    expect(policyFiles).toEqual(
      expect.arrayContaining(['iam-policy.json', 'actions/deploy-ecs/iam-policy.json']),
    );
  });

  it.each(policyFiles)('%s is valid and scoped', (file) => {
    expect(policyProblems(readPolicy(file))).toEqual([]);
  });

  it('the validator catches the mistakes it is meant to', () => {
    expect(
      policyProblems({
        Version: '2008-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['ecs:UpdateService', 'ecs:RegisterTaskDefinition'], Resource: '*' },
          { Effect: 'Allow', Action: 'ecs:*', Resource: 'arn:aws:ecs:*:*:service/*/*' },
          { Effect: 'Maybe', Action: [], Resource: [] },
        ],
      }),
    ).toEqual([
      'Version is "2008-10-17", not "2012-10-17"',
      'Statement[0]: ecs:UpdateService supports resource-level permissions but is granted on "*"',
      'Statement[1]: "ecs:*" is not service:Operation',
      'Statement[2]: Effect is "Maybe"',
      'Statement[2]: no Action',
      'Statement[2]: no Resource',
    ]);
    expect(policyProblems({ Version: '2012-10-17', Statement: [] })).toEqual([
      'Statement is not a non-empty array',
    ]);
    expect(NO_RESOURCE_LEVEL.has('ecr:GetAuthorizationToken')).toBe(true);
  });

  it('policyActions and recordedActions speak the same IAM names', () => {
    expect(policyActions('actions/state-bootstrap/iam-policy.json')).toContain('s3:ListBucket');
    expect(
      recordedActions([
        { service: 's3', operation: 'HeadBucket' },
        { service: 'ecs', operation: 'UpdateService' },
        { service: 'ecs', operation: 'UpdateService' },
        { service: 'unknown', operation: 'Unknown' },
      ]),
    ).toEqual(['ecs:UpdateService', 's3:ListBucket']);
  });
});
