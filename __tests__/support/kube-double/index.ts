export {
  startKubeDouble,
  type KubeDouble,
  type KubeDoubleOptions,
  type AuthMode,
  type RecordedRequest,
} from './server.js';
export { FakeCluster, type ImageFailure, type NewDeployment } from './cluster.js';
export { makeCertificates, type Certificates } from './certs.js';
