// A throw-away CA and a serving certificate for 127.0.0.1, made with the real openssl.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY_MS, makeCa } from '../certificates.js';

export interface Certificates {
  dir: string;
  caFile: string;
  caPem: string;
  /** base64 of the CA PEM: what DescribeCluster and kubeconfig call certificate-authority-data. */
  caData: string;
  certPem: string;
  keyPem: string;
}

export function makeCertificates(dir = mkdtempSync(join(tmpdir(), 'kube-double-'))): Certificates {
  const ca = makeCa({ subject: '/CN=kube-double-ca', days: 2, dir });
  const now = Date.now();
  const server = ca.leaf('server', {
    subject: '/CN=kube-apiserver',
    from: now - DAY_MS,
    to: now + 2 * DAY_MS,
  });
  return {
    dir,
    caFile: ca.caPath,
    caPem: ca.caPem,
    caData: Buffer.from(ca.caPem).toString('base64'),
    certPem: server.cert,
    keyPem: server.key,
  };
}
