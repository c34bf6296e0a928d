import { input } from '../../../shared/action/inputs.js';
import { regionInputs, waitTimeoutInput } from '../../../shared/action/inputs-shared.js';
import { MANIFESTS_ACCEPTED } from '../../../shared/kube/manifests.js';
import { SECRET_DATA_ACCEPTED } from '../../../shared/kube/secret.js';
import { IMAGE_ACCEPTED, imageProblem } from '../../../shared/targets/ecs/image.js';
import {
  clusterNameInput,
  deploymentsInput,
  DNS_LABEL,
  DNS_SUBDOMAIN,
  eksContainerInput,
  eksInputs,
} from '../../../shared/targets/eks/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';

export const inputs = {
  ...eksInputs,
  'cluster-name': clusterNameInput({ required: true }),
  deployment: deploymentsInput({ required: true }),
  image: input.string({ accepted: IMAGE_ACCEPTED, check: imageProblem }),
  container: eksContainerInput,
  images: input.map({
    key: DNS_LABEL,
    accepted: 'container=image lines, such as api=123456789012.dkr.ecr.eu-west-3.amazonaws.com/api:v2',
  }),
  'wait-timeout': waitTimeoutInput('10m'),
  'undo-on-failure': input.boolean({ default: true }),
  'rollback-on-cancel': input.boolean({ default: false }),
  ...regionInputs,
  manifests: input.list({ accepted: MANIFESTS_ACCEPTED }),
  'force-conflicts': input.boolean({ default: true }),
  'secret-name': input.string({
    pattern: DNS_SUBDOMAIN,
    accepted: 'the name of a Secret in the namespace (lower-case letters, digits, - and .)',
  }),
  'secret-data': input.string({ multiline: true, accepted: SECRET_DATA_ACCEPTED }),
  // GitHub Deployments (shared/github)
  ...githubInputs,
};

export const outputs = ['revisions', 'previous-revisions', 'deployment', 'rolled-back'] as const;
