// Every IAM policy an action ships is valid IAM JSON and scopes its resources wherever the API
// allows it; the recorded-calls side (policy = what the tests saw) is checked by each action's
// e2e test and, under faults, by the other files of this project.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/harness.js';
import { Figures } from './lib/report.js';
// @ts-expect-error plain ESM helper without types
import { entries } from '../../scripts/lib/actions.mjs';
import {
  NO_RESOURCE_LEVEL,
  partitionProblems,
  policyActions,
  policyProblems,
  readPolicy,
  recordedActions,
  type PolicyDocument,
} from '../support/iam.js';
// @ts-expect-error plain ESM script without types
import { PARTITIONS, renderPolicy } from '../../scripts/iam-policy.mjs';

const render = renderPolicy as (
  policy: PolicyDocument,
  options: { partition: string; values: Record<string, string[]> },
) => PolicyDocument;

const figures = new Figures('least-privilege');
const counted = new Map<string, number>();
afterAll(() => {
  for (const [partition, count] of counted)
    figures.partition(
      'IAM policy files rendered: valid, scoped, every ARN in the partition',
      partition,
      count,
    );
  figures.save();
});

/** The user's names, as a deploy would set them. */
const NAMES = {
  STACK_NAME: ['app-*'],
  PASSED_ROLE: ['app-task', 'app-execution'],
  STATE_BUCKET: ['acme-tfstate'],
  LOCK_TABLE: ['acme-tflock'],
};

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

  it.each((PARTITIONS as string[]).flatMap((partition) => policyFiles.map((file) => [file, partition])))(
    '%s rendered for %s is valid, scoped and in that partition',
    (file, partition) => {
      const rendered = render(readPolicy(file), { partition, values: NAMES });
      expect(policyProblems(rendered)).toEqual([]);
      expect(partitionProblems(rendered, partition)).toEqual([]);
      counted.set(partition, (counted.get(partition) ?? 0) + 1);
    },
  );

  it('PassRole names the roles and the one service; stack changes name the stacks', () => {
    for (const file of policyFiles) {
      const statements = readPolicy(file).Statement;
      for (const statement of statements) {
        const actions = [statement.Action].flat();
        const resources = [statement.Resource].flat();
        if (actions.includes('iam:PassRole')) {
          expect(resources).toEqual(['arn:aws:iam::*:role/PASSED_ROLE']);
          expect(statement.Condition).toEqual({
            StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
          });
        }
        if (
          actions.some((action) =>
            /^cloudformation:(UpdateStack|ExecuteChangeSet|CreateChangeSet)$/.test(action),
          )
        )
          expect(resources).toContain('arn:aws:cloudformation:*:*:stack/STACK_NAME/*');
      }
    }
  });

  it('scripts/iam-policy.mjs refuses a placeholder left unfilled and a partition it does not know', () => {
    const policy = readPolicy('actions/deploy-ecs/iam-policy.json');
    expect(() => render(policy, { partition: 'aws', values: {} })).toThrow(
      'the policy needs --set PASSED_ROLE=…',
    );
    expect(() => render(policy, { partition: 'aws-mars', values: NAMES })).toThrow(
      'unknown partition aws-mars',
    );
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
    expect(
      policyProblems({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
          {
            Effect: 'Allow',
            Action: 'cloudformation:UpdateStack',
            Resource: 'arn:aws:cloudformation:*:*:stack/*/*',
          },
        ],
      }),
    ).toEqual([
      'Statement[0]: iam:PassRole supports resource-level permissions but is granted on "*"',
      'Statement[0]: iam:PassRole without an iam:PassedToService condition',
      'Statement[1]: arn:aws:cloudformation:*:*:stack/*/* grants every name (a wildcard the policies do not allow)',
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
