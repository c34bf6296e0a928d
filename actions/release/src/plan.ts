// Turns the inputs into a release plan, before any AWS call: which target and what to deploy,
// inputs of another target refused by name, the smoke checks, the bake window.
import { NOT_QUOTED } from '../../../shared/targets/ecs/command.js';
import { InputError } from '../../../shared/action/errors.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import { bakeWindow } from '../../../shared/action/inputs-shared.js';
import { workspaceRoot } from '../../../shared/action/paths.js';
import { getInput, type Env } from '../../../shared/action/runtime.js';
import {
  IMAGE_ACCEPTED as ECS_IMAGE_ACCEPTED,
  imageProblem as ecsImageProblem,
} from '../../../shared/targets/ecs/image.js';
import { validateEcsInputs } from '../../../shared/targets/ecs/request.js';
import type { TaskDefinitionFile } from '../../../shared/targets/ecs/file.js';
import { planLambdaMode, type LambdaPlan } from '../../../shared/targets/lambda/inputs.js';
import { DNS_LABEL, eksContainerInput } from '../../../shared/targets/eks/inputs.js';
import { buildChecks, parseCheckEntries, type SmokeCheck } from '../../../shared/http/checks.js';
import type { ImageRequest } from '../../../shared/targets/eks/images.js';
import { defaultChangeCause, eksImageRequest, kubeconfigPath } from '../../../shared/targets/eks/request.js';
import { planFromInputs, type Ec2Plan } from '../../../shared/targets/ec2/inputs.js';
import { inputs, TARGET_INPUTS, RELEASE_TARGETS, type InputName, type ReleaseTarget } from './inputs.js';

export type Values = InputValues<typeof inputs>;

export interface EcsPlan {
  target: 'ecs';
  cluster: string;
  service: string;
  file?: TaskDefinitionFile | undefined;
  command?: string[] | undefined;
  /** Run from the release's task definition before an automatic rollback restores the service. */
  rollbackCommand?: string[] | undefined;
}
export type FunctionPlan = { target: 'lambda' } & Extract<LambdaPlan, { mode: 'direct' }>;
export type StackPlan = { target: 'lambda' } & Extract<LambdaPlan, { mode: 'stack' }>;
export interface EksPlan {
  target: 'eks';
  cluster: string;
  namespace: string;
  deployments: string[];
  images: ImageRequest;
  changeCause: string;
  kubeconfig?: string | undefined;
  apiServer?: string | undefined;
  caData?: string | undefined;
}
export interface Ec2ReleasePlan {
  target: 'ec2';
  plan: Ec2Plan;
}
export type DeployPlan = EcsPlan | FunctionPlan | StackPlan | EksPlan | Ec2ReleasePlan;

export interface SmokePlan {
  checks: SmokeCheck[];
  /** The headers of each `checks` entry, all masked as secrets. */
  entryHeaders: Array<Record<string, string> | undefined>;
  timeoutMs: number;
  requestTimeoutMs: number;
  intervalMs: number;
  consecutiveSuccesses: number;
}

export interface ReleasePlan {
  deploy: DeployPlan;
  smoke?: SmokePlan | undefined;
  bake?: { alarms: string[]; bakeTimeMs: number } | undefined;
  rollback: boolean;
}

/** Inputs the user set, with their raw values. */
export type GivenInputs = Partial<Record<InputName, string>>;

/**
 * The inputs the user set, as the runner passed them: the runner also passes action.yml
 * defaults, so a value equal to its default counts as not set.
 */
export function givenInputs(env: Env = process.env): GivenInputs {
  const given: GivenInputs = {};
  for (const name of Object.keys(inputs) as InputName[]) {
    const value = getInput(name, env);
    if (value !== '' && value !== (inputs[name].default ?? '')) given[name] = value;
  }
  return given;
}

/** Every input of other targets only that was set is an error naming them all. */
export function refuseForeignInputs(target: ReleaseTarget, given: GivenInputs): void {
  const own = new Set<InputName>(TARGET_INPUTS[target]);
  const foreign = new Map<InputName, ReleaseTarget[]>();
  for (const other of RELEASE_TARGETS.filter((candidate) => candidate !== target))
    for (const name of TARGET_INPUTS[other])
      if (given[name] !== undefined && !own.has(name))
        foreign.set(name, [...(foreign.get(name) ?? []), other]);
  const [first] = foreign.keys();
  if (first === undefined) return;
  throw new InputError(
    first,
    given[first] ?? '',
    `nothing with target: ${target}`,
    [...foreign].map(([name, others]) => `'${name}' is for target: ${others.join(' or ')}`).join(', '),
  );
}

function required(
  values: Values,
  name: 'cluster' | 'service' | 'image' | 'cluster-name',
  target: ReleaseTarget,
): string {
  const value = values[name];
  if (!value) throw new InputError(name, '', `required with target: ${target}`);
  return value;
}

function planEcs(values: Values): EcsPlan {
  const cluster = required(values, 'cluster', 'ecs');
  const service = required(values, 'service', 'ecs');
  if (values.image) {
    const problem = ecsImageProblem(values.image);
    if (problem) throw new InputError('image', values.image, ECS_IMAGE_ACCEPTED, problem);
  }
  if (
    !values.image &&
    !Object.keys(values.images).length &&
    !values['task-definition'] &&
    !values['force-new-deployment']
  )
    throw new InputError(
      'image',
      '',
      "the new image (or 'images', 'task-definition', 'force-new-deployment')",
    );
  const { file, command, rollbackCommand } = validateEcsInputs(values);
  return {
    target: 'ecs',
    cluster,
    service,
    file,
    command,
    rollbackCommand,
  };
}

function planLambda(values: Values, workspace: string): FunctionPlan | StackPlan {
  // the root's `alarms` are the bake alarms, not the ones deploy-lambda-image watches while traffic shifts
  return { target: 'lambda', ...planLambdaMode({ ...values, alarms: undefined }, workspace) };
}

function planEks(values: Values, workspace: string): EksPlan {
  const cluster = required(values, 'cluster-name', 'eks');
  if (values.deployment.length === 0)
    throw new InputError(
      'deployment',
      '',
      'one or more Deployment names, one per line or separated by commas (required with target: eks)',
    );
  if (values.image) {
    const problem = ecsImageProblem(values.image);
    if (problem) throw new InputError('image', values.image, ECS_IMAGE_ACCEPTED, problem);
  }
  for (const container of Object.keys(values.images))
    if (!DNS_LABEL.test(container))
      throw new InputError(
        'images',
        container,
        'container=image lines whose container is a Kubernetes container name (lower-case letters, digits and -)',
      );
  // the root's `container` serves ECS too: with target: eks it passes eks-rolling-update's rule
  if (values.container) void eksContainerInput.parse(values.container, 'container');
  const images = eksImageRequest(values);
  const kubeconfig = kubeconfigPath(values.kubeconfig, workspace);
  return {
    target: 'eks',
    cluster,
    namespace: values.namespace,
    deployments: [...new Set(values.deployment)],
    images,
    changeCause: values['change-cause'] || defaultChangeCause(process.env, 'aws-deploy-actions release'),
    kubeconfig: kubeconfig || undefined,
    apiServer: values['api-server'] || undefined,
    caData: values['certificate-authority-data'] || undefined,
  };
}

function planEc2(values: Values): Ec2ReleasePlan {
  if (values.image)
    throw new InputError(
      'image',
      values.image,
      "nothing with target: ec2 (use 'images' service=image lines, or 'ref')",
    );
  return { target: 'ec2', plan: planFromInputs(values, process.env['GITHUB_SHA'] || undefined) };
}

function planSmoke(values: Values): SmokePlan | undefined {
  const entries = parseCheckEntries(values.checks, 'checks');
  if (values.url.length === 0 && entries.length === 0) return undefined;
  const checks = buildChecks(values.url, entries, {
    method: 'GET',
    headers: values.headers,
    expectStatus: values['expect-status'] ?? { text: '2xx', ranges: [[200, 299]] },
    maxLatencyMs: undefined,
  });
  return {
    checks,
    entryHeaders: entries.map((entry) => entry.headers),
    timeoutMs: values.timeout,
    requestTimeoutMs: values['request-timeout'],
    intervalMs: values.interval,
    consecutiveSuccesses: values['consecutive-successes'],
  };
}

export function planRelease(values: Values, given: GivenInputs, workspace = workspaceRoot()): ReleasePlan {
  const target = values.target;
  if (!target) throw new InputError('target', '', inputs.target.accepted);
  refuseForeignInputs(target, given);
  const deploy =
    target === 'ecs'
      ? planEcs(values)
      : target === 'eks'
        ? planEks(values, workspace)
        : target === 'ec2'
          ? planEc2(values)
          : planLambda(values, workspace);
  if (values['rollback-command'] && !values.rollback)
    throw new InputError(
      'rollback-command',
      values['rollback-command'],
      'a command only with rollback: true (it runs in the automatic rollback)',
      undefined,
      NOT_QUOTED,
    );
  const smoke = planSmoke(values);
  const bake = bakeWindow(values);
  return { deploy, smoke, bake, rollback: values.rollback };
}
