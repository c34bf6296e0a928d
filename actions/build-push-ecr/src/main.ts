// build-push-ecr: readInputs → validate → ensure repository → immutable pre-check → log in →
// build → push → verify the digest with ECR → scan gate → outputs and summary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../../shared/action/inputs.js';
import { ActionError } from '../../../shared/action/errors.js';
import { group, info, notice, setSecret, warning } from '../../../shared/action/runtime.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import type { RunContext } from '../../../shared/action/run.js';
import { inputs, outputs } from './inputs.js';
import { validate } from './validate.js';
import { Docker, privateDockerConfig, spawnRunner, type PushResult } from './docker.js';
import {
  buildArguments,
  buildEnvironment,
  CACHE_TAG,
  digestFromMetadata,
  ociLabels,
  type Builder,
} from './build.js';
import type { GateDecision, ScanOutcome } from './scan.js';
import { report, type Report } from './report.js';

export async function main(context: RunContext): Promise<void> {
  const values = await readInputs(inputs);
  const checked = validate(values);
  const { resolveRegion, createClient } = await import('../../../shared/aws/clients.js');
  const region = resolveRegion(values['aws-region'] || undefined);

  const docker = privateDockerConfig();
  const dockerEnv = { ...process.env, DOCKER_CONFIG: docker.dir };
  const cli = new Docker(spawnRunner(dockerEnv));
  const state: Report = {
    repository: values.repository,
    tags: checked.tags,
    push: values.push,
    failOn: checked.failOn,
  };
  let loggedIn: string | undefined;
  try {
    const builder = await chooseBuilder(cli, values.builder);
    state.builder = builder;
    const useCache = values.cache === 'registry' && builder === 'buildx';
    if (values.cache === 'registry' && !useCache)
      notice('cache: registry needs buildx; the classic docker builder uses its local layer cache instead.');

    const { ECRClient } = await import('@aws-sdk/client-ecr');
    // createClient's structural middleware type does not accept the SDK's own; the runtime shape is the same.
    const ecr = createClient(ECRClient, { region });
    const ecrApi = await import('./ecr.js');

    const repository = await group('Repository', () =>
      values.push ? ecrApi.ensure(ecr, values) : ecrApi.lookUp(ecr, values.repository),
    );
    state.repositoryState = repository;
    for (const difference of repository?.differences ?? [])
      warning(`Existing repository ${values.repository}: ${difference} (left unchanged).`);
    if (values.push && repository?.mutability.startsWith('IMMUTABLE'))
      await ecrApi.refuseExistingTags(ecr, values.repository, checked.tags);

    const auth = await ecrApi.authorization(ecr, repository?.registryId);
    setSecret(auth.password);
    setSecret(auth.token);
    const registry = values.registry || (repository ? hostOf(repository.uri) : auth.host);
    const repositoryUri = `${registry}/${values.repository}`;
    const references = checked.tags.map((tag) => `${repositoryUri}:${tag}`);
    Object.assign(state, { registry, repositoryUri, references });

    if (values.push || useCache) {
      await cli.login(registry, auth.username, auth.password, context.signal);
      loggedIn = registry;
    }

    const metadataFile = builder === 'buildx' ? join(docker.dir, 'metadata.json') : undefined;
    const buildStarted = Date.now();
    const args = buildArguments({
      builder,
      context: checked.context,
      dockerfile: checked.dockerfile,
      target: values.target || undefined,
      buildArgs: values['build-args'],
      labels: { ...ociLabels(process.env, context.startedAt), ...values.labels },
      platforms: values.platforms,
      references,
      push: values.push,
      cacheReference: useCache ? `${repositoryUri}:${CACHE_TAG}` : undefined,
      provenance: values.provenance,
      metadataFile,
    });
    const built = await group(`Build (${builder})`, async () => {
      const runner = spawnRunner(buildEnvironment(builder, dockerEnv));
      return new Docker(runner).run('The image build', args, { onLine: info, signal: context.signal });
    });
    state.buildMs = Date.now() - buildStarted;
    state.cacheSteps = (built.stdout.match(/Using cache|CACHED/g) ?? []).length;
    if (!values.push) {
      writeOutputs(outputs, {
        registry,
        'repository-uri': repositoryUri,
        'image-uri': references[0] ?? '',
        tags: references,
      });
      return;
    }

    let digest: string;
    const pushStarted = Date.now();
    if (builder === 'buildx') {
      const fromMetadata = metadataFile ? digestFromMetadata(readFileSync(metadataFile, 'utf8')) : undefined;
      if (!fromMetadata)
        throw new ActionError('docker buildx pushed the image but its metadata file names no digest.');
      digest = fromMetadata;
    } else {
      const pushes: PushResult[] = [];
      await group('Push', async () => {
        for (const [index, reference] of references.entries())
          pushes.push(
            await cli.push(reference, checked.tags[index] ?? '', { onLine: info, signal: context.signal }),
          );
      });
      const digests = new Set(pushes.map((push) => push.digest));
      if (digests.size !== 1)
        throw new ActionError(`The tags were pushed with different digests: ${[...digests].join(', ')}.`);
      digest = pushes[0]?.digest ?? '';
      state.layersPushed = pushes.reduce((sum, push) => sum + push.layersPushed, 0);
      state.layersReused = pushes[0]?.layersReused ?? 0;
    }
    state.pushMs = Date.now() - pushStarted;
    state.digest = digest;

    const verified = await group('Verify with ECR', () =>
      ecrApi.verifyDigest(ecr, values.repository, checked.tags, digest, context.signal),
    );
    state.sizeBytes = verified.sizeBytes;

    let scan: ScanOutcome | undefined;
    let gate: GateDecision | undefined;
    if (checked.failOn.length) {
      scan = await group('Scan gate', () =>
        ecrApi.scan(ecr, {
          repository: values.repository,
          digest,
          timeoutMs: values['scan-timeout'],
          scanOnPush: repository?.scanOnPush ?? false,
          signal: context.signal,
          onProgress: info,
        }),
      );
      if (scan.status === 'complete') {
        const { decideGate } = await import('./scan.js');
        gate = decideGate(scan.findings, checked.failOn, values['ignore-vulnerabilities']);
      } else
        warning(
          `The image scan gave no result, so the scan gate could not check this image: ${scan.reason}.`,
        );
    }
    Object.assign(state, { scan, gate });

    writeOutputs(outputs, {
      registry,
      'repository-uri': repositoryUri,
      'image-uri': references[0] ?? '',
      'image-digest': digest,
      'image-uri-digest': `${repositoryUri}@${digest}`,
      tags: references,
      'scan-findings': scanFindingsOutput(scan, gate),
    });
    if (gate && !gate.passed) {
      const ids = gate.failing.slice(0, 5).map((finding) => `${finding.id} (${finding.severity})`);
      throw new ActionError(
        `The scan gate failed: ${gate.failing.length} finding(s) at ${checked.failOn.join(', ')} not in ignore-vulnerabilities: ${ids.join(', ')}${gate.failing.length > 5 ? ', …' : ''}. The image was pushed (${digest}) but must not be deployed.`,
      );
    }
  } finally {
    if (loggedIn) await cli.logout(loggedIn);
    docker.remove();
    report(context.summary, state);
  }
}

async function chooseBuilder(cli: Docker, wanted: 'auto' | 'buildx' | 'docker'): Promise<Builder> {
  if (wanted === 'docker') return 'docker';
  const hasBuildx = await cli.hasBuildx();
  if (wanted === 'buildx' && !hasBuildx)
    throw new ActionError(
      'builder is buildx but docker buildx is not installed on this runner: install it (docker/setup-buildx-action) or set builder: docker.',
    );
  return hasBuildx ? 'buildx' : 'docker';
}

function hostOf(uri: string): string {
  return uri.split('/')[0] ?? uri;
}

export function scanFindingsOutput(scan: ScanOutcome | undefined, gate: GateDecision | undefined): object {
  if (!scan) return { status: 'not-checked', counts: {}, failing: [] };
  if (scan.status === 'unavailable')
    return { status: 'unavailable', reason: scan.reason, counts: {}, failing: [] };
  return {
    status: gate?.passed === false ? 'failed' : 'passed',
    counts: scan.counts,
    failing: gate?.failing ?? [],
    ignored: gate?.ignored ?? [],
  };
}
