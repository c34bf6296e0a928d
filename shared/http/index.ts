// HTTP smoke checks: probes with assertions, retried until healthy or out of time, with a report.
export { runSmokeChecks, reportForOutput, retryDelay, SMOKE_DEFAULTS } from './smoke.js';
export type { SmokeOptions, SmokeReport, CheckReport, CheckOutcome } from './smoke.js';
export {
  buildChecks,
  parseCheckEntries,
  mergeHeaders,
  urlProblem,
  parseMethod,
  headerProblem,
  CHECK_KEYS,
  URL_ACCEPTED,
  METHOD_ACCEPTED,
} from './checks.js';
export type { SmokeCheck, CheckEntry, CheckDefaults } from './checks.js';
export { parseStatusSpec, matchesStatus, STATUS_SPEC_ACCEPTED } from './status-spec.js';
export type { StatusSpec } from './status-spec.js';
export { probe, displayUrl, MAX_REDIRECTS } from './probe.js';
export type {
  ProbeRequest,
  ProbeResponse,
  ProbeFailure,
  ProbeResult,
  ProbeErrorCode,
  Prober,
} from './probe.js';
export { unmetExpectations, bodyExcerpt } from './expectations.js';
export type { Expectations } from './expectations.js';
export { describeCertificate, fetchCertificate } from './certificate.js';
export type { CertificateInfo } from './certificate.js';
export { readJsonPath, jsonValueMatches } from './json-path.js';
export { latencyStats, percentile } from './stats.js';
export type { LatencyStats } from './stats.js';
export { renderSmokeSummary, latencyChart } from './summary.js';
export { isCredentialHeader } from './secrets.js';
export { compileRegex, loadRegexEngine, REGEX_ACCEPTED } from './regex.js';
export type { BodyRegex } from './regex.js';
