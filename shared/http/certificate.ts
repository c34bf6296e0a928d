// TLS certificate inspection: who it is for, who signed it, when it expires.
import { isIP } from 'node:net';
import { connect, type PeerCertificate } from 'node:tls';

export interface CertificateInfo {
  subject: string;
  issuer: string;
  /** ISO 8601. */
  validFrom: string;
  validTo: string;
  /** Whole days until validTo; negative once expired. */
  daysLeft: number;
}

const DAY_MS = 86_400_000;

function distinguishedName(name: Record<string, string | string[] | undefined> | undefined): string {
  if (!name) return '';
  return Object.entries(name)
    .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : value}`)
    .join(', ');
}

function isoDate(text: string): string {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

export function describeCertificate(certificate: PeerCertificate, now: number): CertificateInfo | undefined {
  if (!certificate || !certificate.valid_to) return undefined;
  const validTo = new Date(certificate.valid_to).getTime();
  return {
    subject: distinguishedName(certificate.subject),
    issuer: distinguishedName(certificate.issuer),
    validFrom: isoDate(certificate.valid_from),
    validTo: isoDate(certificate.valid_to),
    daysLeft: Math.floor((validTo - now) / DAY_MS),
  };
}

/** `expired on <date> (N days ago)` for a certificate past validTo, else ''. */
export function expiryNote(certificate: CertificateInfo, now: number): string {
  const validTo = Date.parse(certificate.validTo);
  if (!(validTo < now)) return '';
  const days = Math.floor((now - validTo) / DAY_MS);
  return `expired on ${certificate.validTo} (${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`} ago)`;
}

/** `valid from … to …`, dates only, for failure messages. */
export function certificateDates(certificate: CertificateInfo): string {
  return `valid from ${certificate.validFrom.slice(0, 10)} to ${certificate.validTo.slice(0, 10)}`;
}

/** Node refuses a certificate with one of these codes (from OpenSSL, plus the name check). */
export const CERTIFICATE_ERROR =
  /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET_ISSUER_CERT|VERIFY_LEAF_SIGNATURE|GET_ISSUER_CERT_LOCALLY)|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH)/;

/**
 * Reads the certificate a server presents without sending it anything: a bare TLS handshake that
 * accepts any certificate, used only to explain why the real request refused it.
 */
export function fetchCertificate(
  url: URL,
  options: { timeoutMs: number; now: number; ca?: string | undefined },
): Promise<CertificateInfo | undefined> {
  return new Promise((resolve) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const socket = connect({
      host,
      port: Number(url.port || 443),
      servername: isIP(host) ? undefined : host,
      rejectUnauthorized: false,
      ca: options.ca,
    });
    const finish = (info: CertificateInfo | undefined): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(info);
    };
    const timer = setTimeout(() => finish(undefined), options.timeoutMs);
    socket.once('secureConnect', () => finish(describeCertificate(socket.getPeerCertificate(), options.now)));
    socket.once('error', () => finish(undefined));
  });
}
