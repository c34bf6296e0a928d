// The deployed service, standing in for the ECS tasks moto cannot run: on every request it asks
// ECS (moto) which task definition the service runs, reads that image's labels from the registry,
// and answers as that release would — healthy, or broken (HTTP 503 and an unhealthy JSON body).
import http from 'node:http';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient } from '@aws-sdk/client-ecs';

const MANIFEST_TYPES =
  'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json';

async function registryJson(registry, path, accept) {
  const response = await fetch(`http://${registry}${path}`, { headers: accept ? { Accept: accept } : {} });
  if (!response.ok) throw new Error(`registry ${path}: HTTP ${response.status}`);
  return response.json();
}

/** Labels of an image reference `host:port/repo@sha256:…` or `host:port/repo:tag`, read from the registry. */
async function imageLabels(image, registry) {
  const match = /^[^/]+\/(.+?)(?:@(sha256:[a-f0-9]{64})|:([\w.-]+))$/.exec(image);
  if (!match) return {};
  const [, repository, digest, tag] = match;
  const manifest = await registryJson(
    registry,
    `/v2/${repository}/manifests/${digest ?? tag}`,
    MANIFEST_TYPES,
  );
  const config = await registryJson(registry, `/v2/${repository}/blobs/${manifest.config.digest}`);
  return config.config?.Labels ?? {};
}

export async function startStandIn({ cluster, service, region, registry }) {
  const ecs = new ECSClient({ region });
  const current = async () => {
    const described = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
    const taskDefinition = described.services?.[0]?.taskDefinition;
    const { taskDefinition: td } = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition }));
    const image = td?.containerDefinitions?.[0]?.image ?? '';
    const labels = await imageLabels(image, registry).catch(() => ({}));
    return {
      revision: `${td?.family}:${td?.revision}`,
      release: labels['org.example.demo.release'] ?? 'unknown',
      healthy: labels['org.example.demo.healthy'] !== 'false',
    };
  };
  const server = http.createServer((req, res) => {
    current().then(
      (state) => {
        const body = {
          status: state.healthy ? 'ok' : 'degraded',
          release: state.release,
          taskDefinition: state.revision,
        };
        if (!state.healthy && req.url !== '/health/live') body.error = 'database connection pool exhausted';
        const status = state.healthy || req.url === '/health/live' ? 200 : 503;
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      },
      (error) => res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    state: current,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
