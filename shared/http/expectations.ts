// The expectations of a check, each compared with one response; every unmet one is described
// with what was expected and what was seen.
import { formatDuration } from '../action/duration.js';
import { certificateDates } from './certificate.js';
import { describeJsonValue, describeWhereMissing, jsonValueMatches, readJsonPath } from './json-path.js';
import type { ProbeResponse } from './probe.js';
import type { BodyRegex } from './regex.js';
import { matchesStatus, type StatusSpec } from './status-spec.js';

export interface Expectations {
  expectStatus: StatusSpec;
  /** Substring the body must contain. */
  expectBody?: string | undefined;
  expectBodyRegex?: BodyRegex | undefined;
  /** Dotted path → expected value. */
  expectJson?: Readonly<Record<string, unknown>> | undefined;
  /** Header name → text its value must contain (case-insensitive); '' = must be present. */
  expectHeader?: Readonly<Record<string, string>> | undefined;
  maxLatencyMs?: number | undefined;
}

/** A short, single-line excerpt of a body for failure messages. */
export function bodyExcerpt(body: string, max = 120): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text === '') return 'empty body';
  // As text, quoted but not escaped: a JSON body reads as JSON, not as a string literal of it.
  return `body "${text.length > max ? `${text.slice(0, max)}…` : text}"`;
}

function jsonFailures(expected: Readonly<Record<string, unknown>>, body: string): string[] {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return [`expect-json: the body is not JSON (${bodyExcerpt(body)})`];
  }
  const failures: string[] = [];
  for (const [path, value] of Object.entries(expected)) {
    const lookup = readJsonPath(document, path);
    if (!lookup.found)
      failures.push(
        `expect-json ${path} = ${describeJsonValue(value)}: no value at ${lookup.missing} (found ${describeWhereMissing(lookup.at)})`,
      );
    else if (!jsonValueMatches(lookup.value, value))
      failures.push(
        `expect-json ${path} = ${describeJsonValue(value)}: found ${describeJsonValue(lookup.value)}`,
      );
  }
  return failures;
}

function headerFailures(
  expected: Readonly<Record<string, string>>,
  headers: Record<string, string>,
): string[] {
  const failures: string[] = [];
  for (const [name, value] of Object.entries(expected)) {
    const actual = headers[name.toLowerCase()];
    if (actual === undefined) failures.push(`expect-header ${name}: the response has no ${name} header`);
    else if (!actual.toLowerCase().includes(value.toLowerCase()))
      failures.push(
        `expect-header ${name} containing ${JSON.stringify(value)}: found ${JSON.stringify(actual)}`,
      );
  }
  return failures;
}

/**
 * The expectations this response does not meet, in words (empty when all are met).
 * `minCertDays` undefined skips the certificate check (plain HTTP, or `insecure`).
 */
export function unmetExpectations(
  expect: Expectations,
  response: ProbeResponse,
  options: { minCertDays?: number | undefined } = {},
): string[] {
  const failures: string[] = [];
  if (!matchesStatus(expect.expectStatus, response.status))
    failures.push(
      `expect-status ${expect.expectStatus.text}: got ${response.status} (${bodyExcerpt(response.body)})`,
    );
  if (expect.expectBody !== undefined && !response.body.includes(expect.expectBody))
    failures.push(
      `expect-body ${JSON.stringify(expect.expectBody)}: not found in the ${bodyExcerpt(response.body)}`,
    );
  if (expect.expectBodyRegex !== undefined && !expect.expectBodyRegex.test(response.body))
    failures.push(
      `expect-body-regex /${expect.expectBodyRegex.source}/: no match in the ${bodyExcerpt(response.body)}`,
    );
  if (expect.expectJson !== undefined && Object.keys(expect.expectJson).length > 0)
    failures.push(...jsonFailures(expect.expectJson, response.body));
  if (expect.expectHeader !== undefined)
    failures.push(...headerFailures(expect.expectHeader, response.headers));
  if (expect.maxLatencyMs !== undefined && response.latencyMs > expect.maxLatencyMs)
    failures.push(
      `max-latency ${formatDuration(expect.maxLatencyMs)}: took ${formatDuration(response.latencyMs)}`,
    );
  const certificate = response.certificate;
  if (options.minCertDays !== undefined && certificate && certificate.daysLeft < options.minCertDays)
    failures.push(
      certificate.daysLeft < 0
        ? `min-cert-days ${options.minCertDays}: the certificate expired on ${certificate.validTo} (${certificateDates(certificate)})`
        : `min-cert-days ${options.minCertDays}: the certificate expires in ${certificate.daysLeft} day${certificate.daysLeft === 1 ? '' : 's'}, on ${certificate.validTo} (${certificateDates(certificate)})`,
    );
  return failures;
}
