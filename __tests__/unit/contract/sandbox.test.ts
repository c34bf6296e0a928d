// The live-verification sandbox (sandbox/template.yaml, sandbox/app-stack.yaml) and its workflow
// (.github/workflows/e2e-live.yml): the actions role holds exactly the union of the actions' policy
// files, the templates lint clean and are tagged, and the workflow exercises every action, reads
// only outputs the sandbox has, and never runs for pull requests.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const SANDBOX_TEMPLATE = 'sandbox/template.yaml';
const APP_TEMPLATE = 'sandbox/app-stack.yaml';
const WORKFLOW = '.github/workflows/e2e-live.yml';
const TAG_KEY = 'aws-deploy-actions:sandbox';
/** What the placeholders of the policy files become in the sandbox: names under its prefix. */
const PLACEHOLDERS: Record<string, string> = {
  STATE_BUCKET: '${NamePrefix}-*',
  LOCK_TABLE: '${NamePrefix}-*',
  STACK_NAME: '${NamePrefix}-*',
  PASSED_ROLE: '${NamePrefix}-*',
};

// CloudFormation's short-form intrinsic functions, read as their long forms.
const INTRINSICS = ['Ref', 'Sub', 'GetAtt', 'If', 'Equals', 'Not', 'And', 'Or', 'Select', 'GetAZs', 'Join'];
const MORE_INTRINSICS = ['Split', 'FindInMap', 'Condition', 'ImportValue', 'Base64', 'Cidr'];
const longName = (name: string): string => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);
const customTags = [...INTRINSICS, ...MORE_INTRINSICS].flatMap((name) => [
  {
    tag: `!${name}`,
    resolve: (value: string) => ({ [longName(name)]: name === 'GetAtt' ? value.split('.') : value }),
  },
  {
    tag: `!${name}`,
    collection: 'seq' as const,
    resolve: (seq: { toJSON(): unknown }) => ({ [longName(name)]: seq.toJSON() }),
  },
  {
    tag: `!${name}`,
    collection: 'map' as const,
    resolve: (map: { toJSON(): unknown }) => ({ [longName(name)]: map.toJSON() }),
  },
]);

interface Statement {
  Sid?: string;
  Effect?: string;
  Action?: string | string[];
  Resource?: unknown;
  Condition?: unknown;
}
interface Resource {
  Type: string;
  Condition?: string;
  Properties?: Record<string, unknown>;
}
interface Template {
  Parameters: Record<string, { AllowedPattern?: string }>;
  Resources: Record<string, Resource>;
  Outputs: Record<string, unknown>;
}

function readTemplate(path: string): Template {
  return parse(readFileSync(path, 'utf8'), { customTags }) as Template;
}

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** One line per (effect, IAM action, resource, condition) a list of statements grants. */
function grants(statements: Statement[], resourceText: (resource: unknown) => string): string[] {
  return statements.flatMap((statement) => {
    const unknownKeys = Object.keys(statement).filter(
      (key) => !['Sid', 'Effect', 'Action', 'Resource', 'Condition'].includes(key),
    );
    expect([statement.Sid, unknownKeys]).toEqual([statement.Sid, []]);
    return asList(statement.Action).flatMap((action) =>
      asList(statement.Resource).map((resource) =>
        JSON.stringify([statement.Effect, action, resourceText(resource), statement.Condition ?? null]),
      ),
    );
  });
}

function policyFiles(): string[] {
  const files = readdirSync('actions', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('actions', entry.name, 'iam-policy.json'))
    .filter((path) => existsSync(path));
  return existsSync('iam-policy.json') ? [...files, 'iam-policy.json'] : files;
}

function withPlaceholders(resource: unknown): string {
  if (typeof resource !== 'string')
    throw new Error(`policy file resource is not a string: ${JSON.stringify(resource)}`);
  return Object.entries(PLACEHOLDERS).reduce((text, [key, value]) => text.replaceAll(key, value), resource);
}

/** A template resource ARN: a literal, or a !Sub string (whose ${...} stay as written). */
function templateResource(resource: unknown): string {
  if (typeof resource === 'string') return resource;
  const sub = (resource as Record<string, unknown> | null)?.['Fn::Sub'];
  if (typeof sub === 'string') return sub;
  throw new Error(`unexpected resource in the actions policy: ${JSON.stringify(resource)}`);
}

const sandbox = readTemplate(SANDBOX_TEMPLATE);
const app = readTemplate(APP_TEMPLATE);
const workflow = readFileSync(WORKFLOW, 'utf8');

function actionsPolicyStatements(name = 'ActionsRole'): Statement[] {
  const role = sandbox.Resources[name];
  expect(role?.Type).toBe('AWS::IAM::Role');
  const properties = role?.Properties ?? {};
  // Nothing but the generated inline policy: no managed policies, no second inline policy.
  expect(properties.ManagedPolicyArns).toBeUndefined();
  const policies = properties.Policies as Array<{ PolicyDocument: { Statement: Statement[] } }>;
  expect(policies).toHaveLength(1);
  const attached = Object.values(sandbox.Resources).filter(
    (resource) =>
      ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy'].includes(resource.Type) &&
      JSON.stringify(resource.Properties ?? {}).includes(`"${name}"`),
  );
  expect(attached).toEqual([]);
  return policies[0]!.PolicyDocument.Statement;
}

describe('sandbox template', () => {
  it.each([['ActionsRole'], ['DeployRole']])(
    "gives %s exactly the union of the actions' iam-policy.json files",
    (name) => {
      const files = policyFiles();
      expect(files.length).toBeGreaterThanOrEqual(5);
      const expected = files.flatMap((file) => {
        const policy = JSON.parse(readFileSync(file, 'utf8')) as { Statement: Statement | Statement[] };
        return grants(asList(policy.Statement), withPlaceholders);
      });
      const actual = grants(actionsPolicyStatements(name), templateResource);
      expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort());
    },
  );

  it('lets the actions role create state buckets and lock tables only under the sandbox prefix', () => {
    const creating = actionsPolicyStatements().filter((statement) =>
      asList(statement.Action).some((action) => ['s3:CreateBucket', 'dynamodb:CreateTable'].includes(action)),
    );
    expect(creating.length).toBeGreaterThan(0);
    for (const statement of creating)
      for (const resource of asList(statement.Resource))
        expect(templateResource(resource)).toMatch(/[:/]\$\{NamePrefix\}-\*$/);
    expect(JSON.stringify(sandbox.Outputs.StateBucketName)).toContain('"${NamePrefix}-');
    expect(JSON.stringify(sandbox.Outputs.LockTableName)).toContain('"${NamePrefix}-');
  });

  it('is what sandbox/generate.mjs writes (--check passes)', () => {
    const result = spawnSync(process.execPath, ['sandbox/generate.mjs', '--check'], { encoding: 'utf8' });
    expect([result.status, result.stderr]).toEqual([0, '']);
  });

  it("trusts only this repository's OIDC tokens for the trusted ref, in both roles", () => {
    for (const name of ['ActionsRole', 'HarnessRole']) {
      const trust = sandbox.Resources[name]?.Properties?.AssumeRolePolicyDocument as { Statement: unknown[] };
      expect(trust.Statement).toEqual([
        {
          Effect: 'Allow',
          Principal: {
            Federated: {
              'Fn::If': ['CreateOidcProvider', { Ref: 'GitHubOidcProvider' }, { Ref: 'OidcProviderArn' }],
            },
          },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: {
              'token.actions.githubusercontent.com:sub': {
                'Fn::Sub': 'repo:${GitHubOrg}/${GitHubRepo}:ref:${TrustedRef}',
              },
            },
          },
        },
      ]);
    }
    // A pull request's subject is repo:<org>/<repo>:pull_request, which no allowed ref can match.
    const refPattern = new RegExp(sandbox.Parameters.TrustedRef?.AllowedPattern ?? '');
    expect(refPattern.test('refs/heads/main')).toBe(true);
    expect(refPattern.test('pull_request')).toBe(false);
    expect(refPattern.test('*')).toBe(false);
  });

  describe('roles by trust level (docs/workflows.md)', () => {
    const federated = {
      'Fn::If': ['CreateOidcProvider', { Ref: 'GitHubOidcProvider' }, { Ref: 'OidcProviderArn' }],
    };
    const trustOf = (name: string) =>
      (sandbox.Resources[name]?.Properties?.AssumeRolePolicyDocument as { Statement: unknown[] }).Statement;
    const inlineStatements = (name: string) =>
      (
        sandbox.Resources[name]?.Properties?.Policies as Array<{ PolicyDocument: { Statement: Statement[] } }>
      ).flatMap((policy) => policy.PolicyDocument.Statement);
    const sub = (text: string) => ({ 'Fn::Sub': text });
    const statement = (condition: unknown) => [
      {
        Effect: 'Allow',
        Principal: { Federated: federated },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
      },
    ];

    it('the plan role: pull requests and the trusted ref; read-only but for the state lock', () => {
      expect(trustOf('PlanRole')).toEqual(
        statement({
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: {
            'token.actions.githubusercontent.com:sub': [
              sub('repo:${GitHubOrg}/${GitHubRepo}:pull_request'),
              sub('repo:${GitHubOrg}/${GitHubRepo}:ref:${TrustedRef}'),
            ],
          },
        }),
      );
      expect(sandbox.Resources.PlanRole?.Properties?.ManagedPolicyArns).toEqual([
        sub('arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess'),
      ]);
      const writes = inlineStatements('PlanRole').flatMap((s) =>
        asList(s.Action)
          .filter((action) => !/:(Get|List|Describe)/.test(action))
          .map((action) => `${action} ${asList(s.Resource).map(templateResource).join(',')}`),
      );
      expect(writes.sort()).toEqual([
        'dynamodb:DeleteItem arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${NamePrefix}-*',
        'dynamodb:PutItem arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${NamePrefix}-*',
        's3:DeleteObject arn:${AWS::Partition}:s3:::${NamePrefix}-*/*.tflock',
        's3:PutObject arn:${AWS::Partition}:s3:::${NamePrefix}-*/*.tflock',
      ]);
    });

    it('the build role: the trusted ref only; pushes to the sandbox repository and nothing else', () => {
      expect(trustOf('BuildRole')).toEqual(
        statement({
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: {
            'token.actions.githubusercontent.com:sub': sub(
              'repo:${GitHubOrg}/${GitHubRepo}:ref:${TrustedRef}',
            ),
          },
        }),
      );
      expect(sandbox.Resources.BuildRole?.Properties?.ManagedPolicyArns).toBeUndefined();
      for (const s of inlineStatements('BuildRole')) {
        const actions = asList(s.Action);
        expect(actions.every((action) => action.startsWith('ecr:'))).toBe(true);
        expect(actions).not.toContain('ecr:CreateRepository');
        if (!actions.includes('ecr:GetAuthorizationToken'))
          expect(s.Resource).toEqual({ 'Fn::GetAtt': ['Repository', 'Arn'] });
        else expect(actions).toEqual(['ecr:GetAuthorizationToken']);
      }
    });

    it('the deploy role: jobs of the deploy environment only, matched exactly', () => {
      expect(trustOf('DeployRole')).toEqual(
        statement({
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': sub(
              'repo:${GitHubOrg}/${GitHubRepo}:environment:${DeployEnvironment}',
            ),
          },
        }),
      );
      const environment = new RegExp(sandbox.Parameters.DeployEnvironment?.AllowedPattern ?? '');
      expect(environment.test('production')).toBe(true);
      expect(environment.test('*')).toBe(false);
      expect(Object.keys(sandbox.Outputs)).toEqual(
        expect.arrayContaining(['PlanRoleArn', 'BuildRoleArn', 'DeployRoleArn']),
      );
    });
  });

  it.each([[SANDBOX_TEMPLATE], [APP_TEMPLATE]])('%s tags every resource that can be tagged', (path) => {
    const untaggable = new Set([
      'AWS::EC2::VPCGatewayAttachment',
      'AWS::EC2::Route',
      'AWS::EC2::SubnetRouteTableAssociation',
      'AWS::Lambda::Version',
      'AWS::Lambda::Alias',
    ]);
    const untagged = Object.entries(readTemplate(path).Resources)
      .filter(([, resource]) => !untaggable.has(resource.Type))
      .filter(([, resource]) => {
        const tags = resource.Properties?.Tags;
        if (Array.isArray(tags)) return !tags.some((tag: { Key?: string }) => tag.Key === TAG_KEY);
        return !(tags && typeof tags === 'object' && TAG_KEY in tags);
      })
      .map(([id]) => id);
    expect(untagged).toEqual([]);
  });

  it('keeps EKS behind EnableEks', () => {
    const eks = Object.entries(sandbox.Resources).filter(([, resource]) =>
      resource.Type.startsWith('AWS::EKS::'),
    );
    expect(eks.length).toBeGreaterThan(0);
    for (const [id, resource] of eks) expect([id, resource.Condition]).toEqual([id, 'EksEnabled']);
  });

  it('passes cfn-lint', () => {
    const files = [SANDBOX_TEMPLATE, APP_TEMPLATE];
    const result = spawnSync('cfn-lint', files, { encoding: 'utf8' });
    if (result.error)
      throw new Error(
        `cfn-lint could not run (${result.error.message}): install it with \`pip install cfn-lint\` (the CI image has it)`,
      );
    expect([result.status, result.stdout + result.stderr]).toEqual([0, '']);
  }, 120_000);
});

describe('e2e-live workflow', () => {
  const doc = parse(workflow) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { if?: string; steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
  };
  const steps = Object.values(doc.jobs).flatMap((job) => job.steps);

  it('runs on pushes to main and by hand, never for pull requests, and only where the role is set', () => {
    expect(Object.keys(doc.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(doc.on.push).toEqual({ branches: ['main'] });
    expect(doc.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    for (const job of Object.values(doc.jobs)) expect(job.if).toBe("vars.AWS_SANDBOX_ROLE_ARN != ''");
  });

  it('runs every action of the suite', () => {
    const actions = readdirSync('actions').filter((name) => existsSync(join('actions', name, 'action.yml')));
    // deploy-ec2 needs an instance running the SSM agent and a Compose app, which the sandbox
    // stack does not create: its live run is left to the team that has such an instance.
    const notLive = new Set(['deploy-ec2']);
    const expected = [
      ...actions.filter((name) => !notLive.has(name)).map((name) => `./actions/${name}`),
      ...(existsSync('action.yml') ? ['./'] : []),
    ];
    const used = new Set(steps.flatMap((step) => (step.uses?.startsWith('./') ? [step.uses] : [])));
    expect([...used].sort()).toEqual(expected.sort());
  });

  it('reads only outputs the sandbox stack has', () => {
    const read = new Set(
      [...workflow.matchAll(/steps\.sb\.outputs\.([A-Za-z]+)/g)].map((match) => match[1]!),
    );
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((name) => !(name in sandbox.Outputs))).toEqual([]);
  });

  it('sets only parameters the app stack declares', () => {
    const overrides = steps
      .filter((step) => step.uses === './actions/deploy-lambda-image' && step.with?.['stack-name'])
      .flatMap((step) => (step.with?.['parameter-overrides'] ?? '').split('\n'))
      .filter((line) => line.trim())
      .map((line) => line.split('=')[0]!.trim());
    const created = /--parameter-overrides([\s\S]*?)\n\s*echo/.exec(workflow)?.[1] ?? '';
    const atCreation = [...created.matchAll(/"?([A-Za-z]+)=/g)].map((match) => match[1]!);
    expect(overrides.length).toBeGreaterThan(0);
    expect(atCreation.length).toBeGreaterThan(0);
    const declared = Object.keys(app.Parameters);
    expect([...overrides, ...atCreation].filter((name) => !declared.includes(name))).toEqual([]);
    // Every parameter without a default is given when the workflow creates the stack.
    const required = Object.entries(app.Parameters)
      .filter(([, parameter]) => !('Default' in parameter))
      .map(([name]) => name);
    expect(required.filter((name) => !atCreation.includes(name))).toEqual([]);
  });
});
