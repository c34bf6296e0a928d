// build-push-ecr: readInputs → validate → ensure repository → immutable pre-check → log in →
// build → push the first tag → verify the digest with ECR → scan gate → the other tags (only when
// the gate passes) → outputs and summary.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { readInputs } from '../../../shared/action/inputs.js';
import { ActionError } from '../../../shared/action/errors.js';
import { group, info, notice, setSecret, warning } from '../../../shared/action/runtime.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { RunContext } from '../../../shared/action/run.js';
import { inputs, outputs } from './inputs.js';
import { validate, type Inputs, type Validated } from './validate.js';
import { Docker, privateDockerConfig, execRunner, userDockerConfigDir, type PushResult } from './docker.js';
import {
  buildArguments,
  buildEnvironment,
  CACHE_TAG,
  digestFromMetadata,
  ociLabels,
  secretLookingBuildArgs,
} from './build.js';
import {
  chooseBuilder,
  chooseCache,
  createContainerBuilder,
  inspectBuilder,
  removeBuilder,
  type Builder,
  type BuildxBuilder,
  type CacheDecision,
  type CachePlan,
} from './builder.js';
import type * as EcrApi from './ecr.js';
import type { EnsuredRepository } from './repository.js';
import { tagIsMutable } from './mutability.js';
import type { GateDecision, ScanOutcome } from './scan.js';
import { report, type Report } from './report.js';
import { sourceDate } from './source-date.js';
import type { Severity } from './severity.js';
import { formatIgnoreEntry } from './ignore.js';

export async function main(context: RunContext): Promise<void> {
  const values = await readInputs(inputs);
  const checked = validate(values);
  maskAndWarn(values, checked);
  const { resolveRegion, createClient } = await import('../../../shared/aws/clients.js');
  const region = resolveRegion(values['aws-region'] || undefined);

  const docker = privateDockerConfig();
  const dockerEnv = {
    ...process.env,
    DOCKER_CONFIG: docker.dir,
    BUILDX_CONFIG: buildxConfigDir(process.env),
  };
  const cli = new Docker(execRunner(dockerEnv));
  const state: Report = {
    repository: values.repository,
    tags: checked.tags,
    push: values.push,
    threshold: checked.threshold,
  };
  const job: Job = { context, values, checked, cli, dockerDir: docker.dir, dockerEnv, state, cleanup: {} };
  try {
    const setup = await chooseBuildSetup(job);
    const { ECRClient } = await import('@aws-sdk/client-ecr');
    const ecr = createClient(ECRClient, { region });
    const ecrApi = await import('./ecr.js');
    const { repository, cacheRepository } = await prepareRepositories(job, ecr, ecrApi, setup.cache);
    const address = await logIn(job, ecr, ecrApi, setup.cache, repository, cacheRepository);
    const metadataFile = await buildImage(job, setup, address);
    if (!values.push) {
      writeOutputs(outputs, {
        registry: address.registry,
        'repository-uri': address.repositoryUri,
        'image-uri': address.references[0] ?? '',
        tags: address.references,
      });
      return;
    }
    const digest = await pushedDigest(job, setup.builder, address, metadataFile);
    const verified = await group('Verify with ECR', () =>
      ecrApi.verifyDigest(ecr, values.repository, [address.firstTag], digest, context.signal),
    );
    state.sizeBytes = verified.sizeBytes;
    const gate = await scanGate(job, ecr, ecrApi, repository, digest);
    await publish(job, ecr, ecrApi, address, digest, gate);
  } finally {
    if (job.cleanup.createdBuilder) await removeBuilder(cli, job.cleanup.createdBuilder);
    if (job.cleanup.loggedIn) await cli.logout(job.cleanup.loggedIn);
    docker.remove();
    report(context.summary, state);
  }
}

/** What the steps of one run share. */
interface Job {
  context: RunContext;
  values: Inputs;
  checked: Validated;
  cli: Docker;
  /** The private docker config directory of this run (credentials, buildx metadata). */
  dockerDir: string;
  dockerEnv: NodeJS.ProcessEnv;
  state: Report;
  /** What the end of the run undoes: the builder it created, the registry it logged in to. */
  cleanup: { createdBuilder?: string; loggedIn?: string };
}

interface BuildSetup {
  builder: Builder;
  buildx: BuildxBuilder | undefined;
  /** The name of a docker-container builder this run creates (builder: container). */
  containerBuilder: string | undefined;
  cache: CacheDecision;
}

/** Where the image goes: the registry, the repository, and each tag's full reference. */
interface Address {
  registry: string;
  repositoryUri: string;
  cacheRepositoryUri: string;
  references: string[];
  /** The tag pushed before the scan gate, and its reference. */
  firstTag: string;
  firstReference: string;
  /** The other tags (latest, …): they name the image only once the scan gate passed. */
  movingTags: string[];
}

interface GateResult {
  scan: ScanOutcome;
  gate: GateDecision | undefined;
  refusal: string | undefined;
}

/** Masks the secrets in the inputs and says what in them may surprise: a secret build arg, a severity list. */
function maskAndWarn(values: Inputs, checked: Validated): void {
  for (const variable of Object.values(checked.secrets)) setSecret(process.env[variable] ?? '');
  for (const name of secretLookingBuildArgs(values['build-args'])) {
    setSecret(values['build-args'][name] ?? '');
    warning(
      `build-args: ${name} looks like a secret, and a build argument stays in the image history (docker history) for anyone who can pull the image. Pass it with the secrets input instead (secrets: ${name.toLowerCase()}=${name}, read in the Dockerfile with RUN --mount=type=secret,id=${name.toLowerCase()},env=${name}).`,
    );
  }
  if (values['fail-on-severity'].length > 1)
    notice(
      `fail-on-severity is a threshold: ${checked.threshold ?? ''} fails on findings at ${checked.threshold ?? ''} or above (the list ${values['fail-on-severity'].join(', ')} reads as its least severe entry).`,
    );
}

/** The builder (docker build, buildx, or a container builder of our own) and the cache it can use. */
async function chooseBuildSetup({ cli, values, checked, state }: Job): Promise<BuildSetup> {
  const builder = await chooseBuilder(cli, values.builder);
  state.builder = builder;
  if (builder === 'docker' && Object.keys(checked.secrets).length)
    throw new ActionError(
      'secrets needs BuildKit, but docker buildx is not installed on this runner: install it (docker/setup-buildx-action), or pass no secrets.',
    );
  const containerBuilder =
    values.builder === 'container' ? `build-push-ecr-${randomUUID().slice(0, 8)}` : undefined;
  // A builder of our own is known before it exists: it is created just before the build.
  const buildx =
    builder !== 'buildx'
      ? undefined
      : containerBuilder
        ? { name: containerBuilder, driver: 'docker-container', containerdStore: false }
        : await inspectBuilder(cli);
  const cache = chooseCache(values.cache, builder, buildx);
  Object.assign(state, { buildx, cache });
  info(
    `Builder: ${buildx ? `buildx, builder ${buildx.name} (${buildx.driver} driver)` : 'docker build (classic)'}; cache: ${cache.kind} (${cache.reason}).`,
  );
  if (values.cache === 'registry' && cache.kind !== 'registry') notice(`Cache: ${cache.reason}`);
  return { builder, buildx, containerBuilder, cache };
}

/** Ensures (push) or looks up the repository, refuses tags it would not let move, and finds the cache's. */
async function prepareRepositories(
  { values, checked, state }: Job,
  ecr: ECRClient,
  ecrApi: typeof EcrApi,
  cache: CacheDecision,
): Promise<{ repository: EnsuredRepository | undefined; cacheRepository: EnsuredRepository | undefined }> {
  const repository = await group('Repository', () =>
    values.push ? ecrApi.ensure(ecr, values) : ecrApi.lookUp(ecr, values.repository),
  );
  state.repositoryState = repository;
  for (const difference of repository?.differences ?? [])
    warning(`Existing repository ${values.repository}: ${difference} (left unchanged).`);
  if (values.push && repository)
    await ecrApi.refuseExistingTags(
      ecr,
      values.repository,
      checked.tags.filter((tag) => !tagIsMutable(repository, tag)),
    );
  // The registry cache's tag moves on every build: where the repository refuses that, the cache
  // lives in a repository beside it.
  const cacheRepository =
    cache.kind === 'registry' && repository && !tagIsMutable(repository, CACHE_TAG)
      ? await group('Cache repository', () =>
          values.push
            ? ecrApi.ensureCacheRepository(ecr, values)
            : ecrApi.lookUp(ecr, ecrApi.cacheRepositoryName(values.repository)),
        )
      : undefined;
  return { repository, cacheRepository };
}

/** Reads the registry's credentials, works out where the image goes, and logs docker in when it must. */
async function logIn(
  job: Job,
  ecr: ECRClient,
  ecrApi: typeof EcrApi,
  cache: CacheDecision,
  repository: EnsuredRepository | undefined,
  cacheRepository: EnsuredRepository | undefined,
): Promise<Address> {
  const { values, checked, state } = job;
  const auth = await ecrApi.authorization(ecr, repository?.registryId);
  setSecret(auth.password);
  setSecret(auth.token);
  const registry = values.registry || (repository ? hostOf(repository.uri) : auth.host);
  const repositoryUri = `${registry}/${values.repository}`;
  const cacheRepositoryUri = `${registry}/${cacheRepository ? ecrApi.cacheRepositoryName(values.repository) : values.repository}`;
  if (cacheRepository) {
    info(`The build cache lives in ${cacheRepositoryUri}: ${values.repository} has immutable tags.`);
    state.cacheRepository = cacheRepositoryUri;
  }
  const references = checked.tags.map((tag) => `${repositoryUri}:${tag}`);
  const [firstTag = '', ...movingTags] = checked.tags;
  Object.assign(state, { registry, repositoryUri, references });

  if (values.push || cache.kind !== 'none') {
    await job.cli.login(registry, auth.username, auth.password, job.context.signal);
    job.cleanup.loggedIn = registry;
  }
  const firstReference = `${repositoryUri}:${firstTag}`;
  return { registry, repositoryUri, cacheRepositoryUri, references, firstTag, firstReference, movingTags };
}

/** Builds (and with push, pushes the first tag of) the image; returns buildx's metadata file. */
async function buildImage(job: Job, setup: BuildSetup, address: Address): Promise<string | undefined> {
  const { context, values, checked, state } = job;
  const { builder, buildx, containerBuilder } = setup;
  const source = await sourceDate(process.env, checked.context, execRunner(process.env, 'git'));
  if (source) info(`Image created time: ${new Date(source.epoch * 1000).toISOString()} (${source.from}).`);
  else
    notice(
      `The build context ${values.context} is not in a git checkout and SOURCE_DATE_EPOCH is not set: the image's created time is the build time, so a rebuild of the same sources gets a new digest. Check out the repository (actions/checkout) or set SOURCE_DATE_EPOCH.`,
    );
  const created = source ? new Date(source.epoch * 1000) : context.startedAt;
  const metadataFile = builder === 'buildx' ? join(job.dockerDir, 'metadata.json') : undefined;
  const buildStarted = Date.now();
  const args = buildArguments({
    builder,
    context: checked.context,
    dockerfile: checked.dockerfile,
    target: values.target || undefined,
    buildArgs: values['build-args'],
    secrets: checked.secrets,
    labels: { ...ociLabels(process.env, created), ...values.labels },
    platforms: values.platforms,
    references: values.push ? [address.firstReference] : address.references,
    push: values.push,
    cache: cachePlan(setup.cache.kind, {
      registry: `${address.cacheRepositoryUri}:${CACHE_TAG}`,
      inline: address.references.slice(1),
    }),
    builderName: buildx && buildx.name !== 'default' ? buildx.name : undefined,
    provenance: values.provenance,
    metadataFile,
  });
  if (containerBuilder) {
    await group('Builder', () => createContainerBuilder(job.cli, containerBuilder));
    job.cleanup.createdBuilder = containerBuilder;
  }
  const built = await group(`Build (${builder})`, async () => {
    const runner = execRunner(buildEnvironment(builder, job.dockerEnv, source?.epoch));
    return new Docker(runner).run('The image build', args, { onLine: info, signal: context.signal });
  });
  state.buildMs = Date.now() - buildStarted;
  state.cacheSteps = (built.stdout.match(/Using cache|CACHED/g) ?? []).length;
  return metadataFile;
}

/** The pushed image's digest: buildx pushed it and wrote it down; docker build's image is pushed here. */
async function pushedDigest(
  { cli, context, state }: Job,
  builder: Builder,
  address: Address,
  metadataFile: string | undefined,
): Promise<string> {
  let digest: string;
  const pushStarted = Date.now();
  if (builder === 'buildx') {
    const fromMetadata = metadataFile ? digestFromMetadata(readFileSync(metadataFile, 'utf8')) : undefined;
    if (!fromMetadata)
      throw new ActionError('docker buildx pushed the image but its metadata file names no digest.');
    digest = fromMetadata;
  } else {
    const pushed: PushResult = await group('Push', () =>
      cli.push(address.firstReference, address.firstTag, { onLine: info, signal: context.signal }),
    );
    digest = pushed.digest;
    state.layersPushed = pushed.layersPushed;
    state.layersReused = pushed.layersReused;
  }
  state.pushMs = Date.now() - pushStarted;
  state.digest = digest;
  return digest;
}

/** Waits for the scan and decides whether its findings let the image through. */
async function scanGate(
  { context, values, checked, state }: Job,
  ecr: ECRClient,
  ecrApi: typeof EcrApi,
  repository: EnsuredRepository | undefined,
  digest: string,
): Promise<GateResult> {
  // Report-only (no threshold) waits for the scan too: the summary shows the counts either way.
  const scan: ScanOutcome = await group('Scan gate', () =>
    ecrApi.scan(ecr, {
      repository: values.repository,
      digest,
      timeoutMs: values['scan-timeout'],
      scanOnPush: repository?.scanOnPush ?? false,
      signal: context.signal,
      onProgress: info,
    }),
  );
  const { decideGate } = await import('./scan.js');
  const gate =
    scan.status === 'complete'
      ? decideGate(scan.findings, checked.threshold, checked.ignore, new Date())
      : undefined;
  Object.assign(state, { scan, gate });
  for (const entry of gate?.expired ?? [])
    warning(
      `ignore-vulnerabilities: ${formatIgnoreEntry(entry)} has expired and no longer applies: fix the finding, or give the entry a new date.`,
    );
  const refusal = gateRefusal(scan, gate, checked.threshold, values['on-scan-unavailable']);
  if (scan.status === 'unavailable' && !refusal)
    warning(
      `The image scan gave no result, so nothing checked this image for vulnerabilities: ${scan.reason}.`,
    );
  return { scan, gate, refusal };
}

/** Adds the other tags when the gate passed, writes the outputs, and fails the step when it refused. */
async function publish(
  { values, checked, state }: Job,
  ecr: ECRClient,
  ecrApi: typeof EcrApi,
  address: Address,
  digest: string,
  { scan, gate, refusal }: GateResult,
): Promise<void> {
  const { firstReference, movingTags, repositoryUri } = address;
  if (refusal) state.withheldTags = movingTags;
  else {
    await group('Tags', () => ecrApi.addTags(ecr, values.repository, digest, movingTags));
    state.addedTags = movingTags;
  }
  writeOutputs(outputs, {
    registry: address.registry,
    'repository-uri': repositoryUri,
    'image-uri': firstReference,
    'image-digest': digest,
    'image-uri-digest': `${repositoryUri}@${digest}`,
    tags: refusal ? [firstReference] : address.references,
    'scan-findings': scanFindingsOutput(scan, gate, checked.threshold),
  });
  if (refusal)
    throw new ActionError(
      `${refusal} The image was pushed as ${firstReference} (${digest}) but must not be deployed${movingTags.length ? `; tags withheld: ${movingTags.join(', ')}` : ''}.`,
    );
}

/** Where buildx keeps its builders: the user's, so a builder docker/setup-buildx-action made is found. */
function buildxConfigDir(env: NodeJS.ProcessEnv): string {
  return env['BUILDX_CONFIG'] || join(userDockerConfigDir(env), 'buildx');
}

function cachePlan(kind: CachePlan['kind'], at: { registry: string; inline: string[] }): CachePlan {
  if (kind === 'registry') return { kind, reference: at.registry };
  if (kind === 'inline') return { kind, from: at.inline };
  return { kind };
}

function hostOf(uri: string): string {
  return uri.split('/')[0] ?? uri;
}

/** Why the gate refuses the image (a sentence), or undefined when it passes. */
export function gateRefusal(
  scan: ScanOutcome,
  gate: GateDecision | undefined,
  threshold: Severity | undefined,
  onUnavailable: 'fail' | 'warn',
): string | undefined {
  if (scan.status === 'unavailable')
    return threshold && onUnavailable === 'fail'
      ? `The scan gate could not check the image: ${scan.reason}. Set on-scan-unavailable: warn to let an unscanned image through.`
      : undefined;
  if (!gate || gate.passed) return undefined;
  const ids = gate.failing.slice(0, 5).map((finding) => `${finding.id} (${finding.severity})`);
  return `The scan gate failed: ${gate.failing.length} finding(s) at ${threshold ?? ''} or above not in ignore-vulnerabilities: ${ids.join(', ')}${gate.failing.length > 5 ? ', …' : ''}.`;
}

export function scanFindingsOutput(
  scan: ScanOutcome | undefined,
  gate: GateDecision | undefined,
  threshold?: Severity,
): object {
  if (!scan) return { status: 'not-checked', counts: {}, failing: [] };
  if (scan.status === 'unavailable')
    return { status: 'unavailable', reason: scan.reason, counts: {}, failing: [] };
  return {
    status: gate?.passed === false ? 'failed' : 'passed',
    threshold: threshold ?? null,
    counts: scan.counts,
    failing: gate?.failing ?? [],
    ignored: gate?.ignored ?? [],
    expiredIgnores: (gate?.expired ?? []).map(formatIgnoreEntry),
  };
}
