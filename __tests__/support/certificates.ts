// Test certificates made with the real openssl: a throw-away CA and leaf certificates for
// 127.0.0.1 and localhost, each with its own validity window. `openssl x509 -days` cannot date a
// certificate in the past (OpenSSL 3.0 here has no -not_before), so leaves are signed with
// `openssl ca -startdate/-enddate`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DAY_MS = 86_400_000;

export interface KeyPair {
  key: string;
  cert: string;
}

export interface TestCa {
  dir: string;
  /** PEM of the CA, and its file. */
  caPem: string;
  caPath: string;
  /** Signs a leaf for 127.0.0.1 and localhost (serverAuth), valid from `from` to `to` (ms). */
  leaf(name: string, options: { subject: string; from: number; to: number }): KeyPair;
  cleanup(): void;
}

/** `YYMMDDHHMMSSZ`, the UTCTime form `openssl ca -startdate/-enddate` takes. */
function asn1Time(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function caConfig(dir: string): string {
  return [
    '[ ca ]',
    'default_ca = test_ca',
    '[ test_ca ]',
    `dir = ${dir}`,
    'database = $dir/index.txt',
    'new_certs_dir = $dir/newcerts',
    'certificate = $dir/ca.pem',
    'private_key = $dir/ca.key',
    'serial = $dir/serial',
    'default_md = sha256',
    'policy = policy_any',
    'unique_subject = no',
    'copy_extensions = none',
    '[ policy_any ]',
    'commonName = supplied',
    'organizationName = optional',
    '[ leaf ]',
    'subjectAltName = IP:127.0.0.1, DNS:localhost',
    'basicConstraints = critical, CA:FALSE',
    'keyUsage = critical, digitalSignature, keyEncipherment',
    'extendedKeyUsage = serverAuth',
    '',
  ].join('\n');
}

/** A CA (EC P-256) with `subject`, valid `days` from now, in `dir` (a new temporary one by default). */
export function makeCa(options: { subject: string; days: number; dir?: string }): TestCa {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'test-ca-'));
  mkdirSync(join(dir, 'newcerts'), { recursive: true });
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(join(dir, 'ca.cnf'), caConfig(dir));
  openssl(
    [
      'req',
      '-x509',
      ...EC_KEY,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      String(options.days),
      '-subj',
      options.subject,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  const leaf: TestCa['leaf'] = (name, { subject, from, to }) => {
    openssl(
      ['req', '-new', ...EC_KEY, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject],
      dir,
    );
    openssl(
      [
        'ca',
        '-batch',
        '-config',
        'ca.cnf',
        '-extensions',
        'leaf',
        '-notext',
        '-in',
        `${name}.csr`,
        '-out',
        `${name}.pem`,
        '-startdate',
        asn1Time(from),
        '-enddate',
        asn1Time(to),
      ],
      dir,
    );
    return {
      key: readFileSync(join(dir, `${name}.key`), 'utf8'),
      cert: readFileSync(join(dir, `${name}.pem`), 'utf8'),
    };
  };
  return {
    dir,
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    caPath: join(dir, 'ca.pem'),
    leaf,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
