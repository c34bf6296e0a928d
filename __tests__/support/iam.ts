// IAM policy helpers shared by the per-action IAM tests and the reliability suite: the actions a
// policy file grants, the IAM actions a set of recorded proxy calls needs, and a validator for
// the policy documents the actions ship.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iamAction } from '../../shared/aws/clients.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, unknown>;
}

export interface PolicyDocument {
  Version: string;
  Statement: PolicyStatement[];
}

/** Parses a policy file (path relative to the repository root, or absolute). */
export function readPolicy(file: string): PolicyDocument {
  const path = isAbsolute(file) ? file : join(REPO_ROOT, file);
  return JSON.parse(readFileSync(path, 'utf8')) as PolicyDocument;
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Every action an Allow statement of the policy file grants, sorted, without duplicates. */
export function policyActions(file: string): string[] {
  const actions = readPolicy(file)
    .Statement.filter((statement) => statement.Effect === 'Allow')
    .flatMap((statement) => asList(statement.Action));
  return [...new Set(actions)].sort();
}

/** The IAM actions recorded proxy calls needed (`ecs:UpdateService`, `s3:ListBucket` …), sorted. */
export function recordedActions(calls: ReadonlyArray<{ service: string; operation: string }>): string[] {
  return [
    ...new Set(
      calls
        .filter((call) => call.operation !== 'Unknown')
        .map((call) => iamAction(call.service, call.operation)),
    ),
  ].sort();
}

/**
 * Actions whose API offers no resource-level permission: only `"Resource": "*"` can grant them
 * (AWS Service Authorization Reference, "Resource types" column empty).
 */
export const NO_RESOURCE_LEVEL = new Set([
  'cloudformation:GetTemplateSummary', // called with a template body, not a stack
  'cloudwatch:DescribeAlarms',
  'ecr:GetAuthorizationToken',
  'ecs:DeregisterTaskDefinition',
  'ecs:DescribeTaskDefinition',
  'ecs:ListTaskDefinitions',
  // Its one resource type is container-instance; listing a cluster's tasks works only on "*"
  // (awsdocs/amazon-ecs-developer-guide#211).
  'ecs:ListTasks',
  'ecs:RegisterTaskDefinition',
  'sts:GetCallerIdentity',
  // SSM Run Command: a command id is no resource; instances are listed only on "*"
  'ssm:CancelCommand',
  'ssm:DescribeInstanceInformation',
  'ssm:GetCommandInvocation',
]);

/** The task and execution roles are the user's: PassRole on "*" is scoped by the service it goes to. */
function passedToOneService(statement: PolicyStatement): boolean {
  const equals = statement.Condition?.['StringEquals'] as Record<string, unknown> | undefined;
  return typeof equals?.['iam:PassedToService'] === 'string';
}

const ACTION = /^[a-z0-9-]+:[A-Z][A-Za-z0-9]*$/;

/** Problems of a policy document, in words; empty when it is valid and scoped. */
export function policyProblems(policy: unknown): string[] {
  const problems: string[] = [];
  const document = policy as Partial<PolicyDocument> | null;
  if (typeof document !== 'object' || document === null) return ['not a JSON object'];
  if (document.Version !== '2012-10-17')
    problems.push(`Version is ${JSON.stringify(document.Version)}, not "2012-10-17"`);
  if (!Array.isArray(document.Statement) || document.Statement.length === 0)
    return [...problems, 'Statement is not a non-empty array'];
  document.Statement.forEach((statement, index) => {
    const where = `Statement[${index}]${statement.Sid ? ` (${statement.Sid})` : ''}`;
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')
      problems.push(`${where}: Effect is ${JSON.stringify(statement.Effect)}`);
    const actions = asList(statement.Action);
    const resources = asList(statement.Resource);
    if (actions.length === 0) problems.push(`${where}: no Action`);
    if (resources.length === 0) problems.push(`${where}: no Resource`);
    for (const action of actions)
      if (!ACTION.test(action)) problems.push(`${where}: ${JSON.stringify(action)} is not service:Operation`);
    if (resources.includes('*') && statement.Effect === 'Allow') {
      for (const action of actions)
        if (!NO_RESOURCE_LEVEL.has(action) && !(action === 'iam:PassRole' && passedToOneService(statement)))
          problems.push(`${where}: ${action} supports resource-level permissions but is granted on "*"`);
    }
  });
  return problems;
}
