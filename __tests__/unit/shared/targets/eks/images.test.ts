// Planning image changes (checked against the live containers), kubeconfig parsing and the
// wording of 401/403 explanations.
import { describe, expect, it } from '@jest/globals';
import { planImageUpdate } from '../../../../../shared/targets/eks/images.js';
import { parseKubeconfig } from '../../../../../shared/kube/kubeconfig.js';
import { explainAuthFailure, principalArn } from '../../../../../shared/kube/explain.js';
import { KubeApiError } from '../../../../../shared/kube/client.js';
import { InputError } from '../../../../../shared/action/errors.js';
import type { Deployment } from '../../../../../shared/kube/types.js';

function deployment(...containers: Array<[string, string]>): Deployment {
  return {
    metadata: { name: 'ode-api', namespace: 'ode' },
    spec: {
      selector: { matchLabels: { app: 'api' } },
      template: { spec: { containers: containers.map(([name, image]) => ({ name, image })) } },
    },
  };
}

describe('planImageUpdate', () => {
  it('sets the only container when none is named, with a strategic-merge patch and the change cause', () => {
    const plan = planImageUpdate(
      deployment(['ode-api', 'repo/api:v1']),
      { kind: 'single', image: 'repo/api:v2' },
      'octo/app@abc run 1',
    );
    expect(plan.changes).toEqual([{ container: 'ode-api', from: 'repo/api:v1', to: 'repo/api:v2' }]);
    expect(plan.unchanged).toBe(false);
    expect(plan.patch).toEqual({
      metadata: { annotations: { 'kubernetes.io/change-cause': 'octo/app@abc run 1' } },
      spec: { template: { spec: { containers: [{ name: 'ode-api', image: 'repo/api:v2' }] } } },
    });
  });

  it('asks for a container when the Deployment has several, naming them', () => {
    expect(() =>
      planImageUpdate(deployment(['api', 'a:1'], ['sidecar', 'b:1']), { kind: 'single', image: 'a:2' }, 'x'),
    ).toThrow(
      new InputError(
        'container',
        '',
        'the name of one of the containers of Deployment ode/ode-api: api, sidecar',
      ),
    );
  });

  it('refuses an unknown container in image/container and in images, naming the input and the containers', () => {
    const d = deployment(['api', 'a:1'], ['sidecar', 'b:1']);
    expect(() => planImageUpdate(d, { kind: 'single', image: 'a:2', container: 'web' }, 'x')).toThrow(
      'Input \'container\' has an invalid value "web" (no such container): expected a container of Deployment ode/ode-api: api, sidecar.',
    );
    expect(() => planImageUpdate(d, { kind: 'map', images: { api: 'a:2', nginx: 'n:1' } }, 'x')).toThrow(
      /^Input 'images' has an invalid value "nginx"/,
    );
  });

  it('knows when nothing changes (an idempotent rerun)', () => {
    expect(
      planImageUpdate(deployment(['api', 'a:1']), { kind: 'map', images: { api: 'a:1' } }, 'x').unchanged,
    ).toBe(true);
  });
});

const CA = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');

function kubeconfig(user: string, extra = ''): string {
  return `apiVersion: v1
kind: Config
current-context: prod
clusters:
- name: c1
  cluster:
    server: https://10.0.0.1:6443/
    certificate-authority-data: ${CA}
${extra}contexts:
- name: prod
  context:
    cluster: c1
    user: u1
    namespace: ode
users:
- name: u1
  user:
${user}`;
}

describe('parseKubeconfig', () => {
  it('reads server, CA, namespace and token of the current context', async () => {
    const target = await parseKubeconfig(kubeconfig('    token: abc.def\n'), '/tmp/kc');
    expect(target).toEqual({
      server: 'https://10.0.0.1:6443',
      ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      namespace: 'ode',
      user: { kind: 'token', token: 'abc.def' },
    });
  });

  it('turns the EKS exec plugin (aws eks get-token) into the built-in EKS token', async () => {
    const exec = `    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [--region, eu-west-3, eks, get-token, --cluster-name, ode-prod, --output, json]
`;
    expect((await parseKubeconfig(kubeconfig(exec), '/tmp/kc')).user).toEqual({
      kind: 'eks-token',
      cluster: 'ode-prod',
      region: 'eu-west-3',
    });
  });

  it('refuses other exec plugins and auth providers with an explanation', async () => {
    const exec = '    exec:\n      command: gke-gcloud-auth-plugin\n';
    await expect(parseKubeconfig(kubeconfig(exec), '/tmp/kc')).rejects.toThrow(
      /runs the exec plugin "gke-gcloud-auth-plugin", which this action does not run/,
    );
    await expect(
      parseKubeconfig(kubeconfig('    auth-provider:\n      name: oidc\n'), '/tmp/kc'),
    ).rejects.toThrow(/auth-provider plugin/);
  });

  it('names what is missing: context, https server, YAML', async () => {
    await expect(parseKubeconfig('clusters: []\n', '/tmp/kc')).rejects.toThrow(
      'The kubeconfig /tmp/kc has no current-context',
    );
    await expect(
      parseKubeconfig(
        kubeconfig('    token: t\n').replace('https://10.0.0.1:6443/', 'http://10.0.0.1'),
        '/tmp/kc',
      ),
    ).rejects.toThrow(/has no https:\/\/ server/);
    await expect(parseKubeconfig('a: [', '/tmp/kc')).rejects.toThrow(/is not valid YAML/);
  });
});

describe('401/403 explanations', () => {
  it('maps an assumed-role session back to its role for the access entry', () => {
    expect(principalArn('arn:aws:sts::123456789012:assumed-role/gha-deploy/run-17')).toBe(
      'arn:aws:iam::123456789012:role/gha-deploy',
    );
    expect(principalArn('arn:aws:iam::123456789012:user/ci')).toBe('arn:aws:iam::123456789012:user/ci');
  });

  it('401 names the caller and the access entry commands for its role', () => {
    const error = new KubeApiError(
      401,
      'Unauthorized',
      'Unauthorized',
      'GET',
      '/apis/apps/v1/namespaces/ode/deployments/api',
    );
    const message = explainAuthFailure(error, {
      cluster: 'ode-prod',
      namespace: 'ode',
      callerArn: 'arn:aws:sts::123456789012:assumed-role/gha-deploy/run-17',
    }).message;
    expect(message).toContain(
      'does not let the IAM principal arn:aws:sts::123456789012:assumed-role/gha-deploy/run-17 in (401 Unauthorized)',
    );
    expect(message).toContain(
      'aws eks create-access-entry --cluster-name ode-prod --principal-arn arn:aws:iam::123456789012:role/gha-deploy',
    );
    expect(message).toContain('--access-scope type=namespace,namespaces=ode');
  });
});
