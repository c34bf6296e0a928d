// eks-rolling-update: read inputs → apply the manifests and secret-data (./manifests.ts) → roll out (shared/targets/eks/deploy.ts: connect, plan every
// image change before the first patch, patch, follow concurrently, undo all on failure) → outputs.
import { readInputs, type InputValues } from '../../../shared/action/inputs.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import { info } from '../../../shared/action/runtime.js';
import type { RunContext } from '../../../shared/action/run.js';
import { resolveRegion } from '../../../shared/aws/clients.js';
import { defaultChangeCause, eksImageRequest, kubeconfigPath } from '../../../shared/targets/eks/request.js';
import { eksConnection } from '../../../shared/targets/eks/connection.js';
import { loadTarget } from '../../../shared/targets/registry.js';
import { throwIfFailed } from '../../../shared/targets/result.js';
import type { DeploymentRecord } from '../../../shared/record/record.js';
import { subjectOf } from '../../../shared/github/deployments.js';
import { settleGitHubDeployment, startGitHubDeployment } from '../../../shared/github/report.js';
import { reportConsoleLinks } from '../../../shared/aws/console.js';
import { imagesOfRequest } from '../../../shared/targets/eks/images.js';
import { maskSecretDataInput } from '../../../shared/kube/secret.js';
import { inputs, outputs } from './inputs.js';
import { applyBeforeUpdate, planApply } from './manifests.js';
import { startStepBudget } from '../../../shared/wait/budget.js';
import { restoreOnCancel } from '../../../shared/targets/restore-on-cancel.js';

/** Longest gap between two polls of a rollout: Kubernetes reads are cheap, exits should be quick. */
const MAX_POLL_INTERVAL_MS = 5_000;

type Values = InputValues<typeof inputs>;

/** With a kubeconfig no AWS call is needed, so a missing region is no error. */
function regionFor(values: Values, kubeconfig: string | undefined): string {
  if (!kubeconfig) return resolveRegion(values['aws-region'] || undefined);
  try {
    return resolveRegion(values['aws-region'] || undefined);
  } catch {
    return 'unknown';
  }
}

export async function main(context: RunContext): Promise<void> {
  maskSecretDataInput();
  const values = await readInputs(inputs);
  startStepBudget('wait-timeout', values['wait-timeout']); // one budget for every wait of the step
  const images = eksImageRequest(values);
  const kubeconfig = kubeconfigPath(values.kubeconfig);
  const apply = planApply(values, images);
  const { confirmImagesBeforeDeploy, resolvedDigests } = await import('../../../shared/aws/image-exists.js');
  const { withImageDigests } = await import('../../../shared/record/image-digests.js');
  const digests = resolvedDigests(
    await confirmImagesBeforeDeploy(imagesOfRequest(images), { summary: context.summary }),
  );
  const deployments = [...new Set(values.deployment)];
  const region = regionFor(values, kubeconfig);
  const resource = (deployment: string) => ({
    cluster: values['cluster-name'],
    namespace: values.namespace,
    deployment,
  });
  const subjects = deployments.map((deployment) =>
    subjectOf({ target: 'eks', resource: resource(deployment) }, region),
  );
  const github = await startGitHubDeployment(values, 'eks-rolling-update', subjects);
  let records: DeploymentRecord[] = [];
  const deploying = (async () => {
    if (apply)
      await applyBeforeUpdate(apply, values, {
        region,
        kubeconfig,
        context,
        maxPollIntervalMs: MAX_POLL_INTERVAL_MS,
      });
    const eks = await loadTarget('eks');
    const result = await eks.deploy(
      {
        cluster: values['cluster-name'],
        namespace: values.namespace,
        deployments,
        images,
        changeCause: values['change-cause'] || defaultChangeCause(),
        connection: eksConnection(values, kubeconfig),
        ifRolloutFails: values['undo-on-failure'] ? 'undo' : 'leave',
      },
      {
        region,
        startedAt: context.startedAt,
        caller: 'eks-rolling-update',
        summary: context.summary,
        follow: {
          timeoutMs: values['wait-timeout'],
          maxPollIntervalMs: MAX_POLL_INTERVAL_MS,
          signal: context.signal,
          onProgress: (line) => info(line),
        },
      },
    );
    records = result.records.map((record) => withImageDigests(record, digests));
    if (records.length)
      writeOutputs(outputs, { ...result.outputs, deployment: records.length === 1 ? records[0] : records });
    throwIfFailed(result);
  })();
  // rollback-on-cancel: a cancel after the Deployments changed starts the restore of each
  const settled = restoreOnCancel(deploying, {
    context,
    enabled: values['rollback-on-cancel'],
    action: 'eks-rolling-update',
    records: () => records,
    connections: { eks: eksConnection(values, kubeconfig) },
    report: (restored, rolledBack) => {
      records = restored;
      writeOutputs(outputs, {
        deployment: restored.length === 1 ? restored[0] : restored,
        'rolled-back': rolledBack,
      });
    },
  });
  await settleGitHubDeployment(github, settled, () => records).finally(() =>
    reportConsoleLinks(context.summary, records),
  );
}
