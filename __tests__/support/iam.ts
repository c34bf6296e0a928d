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

/**
 * Every action an Allow statement of the policy file grants, sorted, without duplicates; only the
 * statements whose Sid matches `sid` when it is given.
 */
export function policyActions(file: string, sid?: RegExp): string[] {
  const actions = readPolicy(file)
    .Statement.filter((statement) => statement.Effect === 'Allow' && (!sid || sid.test(statement.Sid ?? '')))
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

/** PassRole must also name the one service the roles go to. */
function passedToOneService(statement: PolicyStatement): boolean {
  const equals = statement.Condition?.['StringEquals'] as Record<string, unknown> | undefined;
  return typeof equals?.['iam:PassedToService'] === 'string';
}

/**
 * The only resources with a wildcard name the policies may grant (regions and accounts may always
 * be `*`), each with its reason. Any other wildcard name is a problem: the user's own names go in
 * placeholders (STACK_NAME, PASSED_ROLE, STATE_BUCKET, LOCK_TABLE; scripts/iam-policy.mjs).
 */
export const ALLOWED_WILDCARD_RESOURCES: Record<string, string> = {
  'arn:aws:cloudformation:*:*:changeSet/*/*':
    'change sets are named per run; each belongs to a stack the STACK_NAME statement scopes',
  'arn:aws:ecr:*:*:repository/*': 'the repository is an input; narrow it to yours in your copy',
  'arn:aws:ec2:*:*:instance/*':
    'instances are chosen per run (instance-ids or tag filters); narrow with an ssm:resourceTag condition',
  'arn:aws:ecs:*:*:service/*/*': 'the cluster and service are inputs; narrow them in your copy',
  'arn:aws:ecs:*:*:task-definition/*': 'families follow the service; revisions are created per deploy',
  'arn:aws:ecs:*:*:task/*/*': 'task ids are random: only the migration task and the ones it describes',
  'arn:aws:eks:*:*:cluster/*': 'read-only (DescribeCluster), for the endpoint and CA',
  'arn:aws:lambda:*:*:function:*': 'the function is an input; narrow it to yours in your copy',
  'arn:aws:logs:*:*:log-group:*:log-stream:*': 'read-only log tail of a failed task',
};

/** A resource ARN with its partition written as `aws` (the allow list's form). */
const inAwsPartition = (arn: string): string => arn.replace(/^arn:aws(-[a-z-]+)?:/, 'arn:aws:');

/**
 * Whether an ARN grants every name: its resource part (after region and account) is `*`, or its
 * name (the segment after the resource type) is `*`. A pattern such as `app-*` names something.
 */
const wildcardName = (arn: string): boolean => {
  const resource = arn.split(':').slice(5).join(':');
  return resource === '*' || resource.split(/[/:]/)[1] === '*';
};

/** ARNs that are not in `partition`. */
export function partitionProblems(policy: PolicyDocument, partition: string): string[] {
  return policy.Statement.flatMap((statement) =>
    asList(statement.Resource)
      .filter((arn) => arn !== '*' && !arn.startsWith(`arn:${partition}:`))
      .map((arn) => `${statement.Sid ?? 'a statement'}: ${arn} is not in partition ${partition}`),
  );
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
        if (!NO_RESOURCE_LEVEL.has(action))
          problems.push(`${where}: ${action} supports resource-level permissions but is granted on "*"`);
    }
    if (actions.includes('iam:PassRole') && !passedToOneService(statement))
      problems.push(`${where}: iam:PassRole without an iam:PassedToService condition`);
    for (const resource of resources)
      if (
        resource !== '*' &&
        wildcardName(resource) &&
        !(inAwsPartition(resource) in ALLOWED_WILDCARD_RESOURCES)
      )
        problems.push(`${where}: ${resource} grants every name (a wildcard the policies do not allow)`);
  });
  return problems;
}
