import { readInputs, InputError } from '../../../shared/action/inputs.js';
import { ActionError } from '../../../shared/action/errors.js';
import { formatDuration } from '../../../shared/action/duration.js';
import { group, info } from '../../../shared/action/runtime.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import type { RunContext } from '../../../shared/action/run.js';
import { buildChecks, parseCheckEntries, type SmokeCheck } from '../../../shared/http/checks.js';
import { maskChecks } from '../../../shared/http/secrets.js';
import { redact } from '../../../shared/action/secrets.js';
import { inputs, outputs } from './inputs.js';

function describeCheck(check: SmokeCheck): string {
  const expectations = [`status ${check.expectStatus.text}`];
  if (check.expectBody !== undefined) expectations.push(`body contains ${JSON.stringify(check.expectBody)}`);
  if (check.expectBodyRegex) expectations.push(`body matches /${check.expectBodyRegex.source}/`);
  for (const [path, value] of Object.entries(check.expectJson ?? {}))
    expectations.push(`${path} = ${JSON.stringify(value)}`);
  for (const name of Object.keys(check.expectHeader ?? {})) expectations.push(`header ${name}`);
  if (check.maxLatencyMs !== undefined) expectations.push(`latency ≤ ${formatDuration(check.maxLatencyMs)}`);
  return `${check.name}: expects ${expectations.join(', ')}`;
}

export async function main(context: RunContext): Promise<void> {
  const values = await readInputs(inputs);
  const entries = parseCheckEntries(values.checks, 'checks');
  if (values.url.length === 0 && entries.length === 0)
    throw new InputError('url', '', 'one or more URLs in `url`, or a `checks` list');
  const checks = buildChecks(values.url, entries, {
    method: values.method,
    headers: values.headers,
    expectStatus: values['expect-status'] ?? { text: '2xx', ranges: [[200, 299]] },
    maxLatencyMs: values['max-latency'],
  });
  maskChecks(
    checks,
    entries.map((entry) => entry.headers),
  );

  const options = {
    timeoutMs: values.timeout,
    requestTimeoutMs: values['request-timeout'],
    intervalMs: values.interval,
    consecutiveSuccesses: values['consecutive-successes'],
    failFastStatus: values['fail-fast-status'],
    followRedirects: values['follow-redirects'],
    insecure: values.insecure,
    minCertDays: values['min-cert-days'],
  };
  await group(`Checks (${checks.length}, up to ${formatDuration(options.timeoutMs)})`, async () => {
    for (const check of checks) info(describeCheck(check));
  });

  const { runSmokeChecks, reportForOutput } = await import('../../../shared/http/smoke.js');
  const { renderSmokeSummary } = await import('../../../shared/http/summary.js');
  const report = await runSmokeChecks(checks, {
    ...options,
    signal: context.signal,
    // a server may reflect the request's credentials in the body excerpts
    onProgress: (check, line) => info(redact(`[${check.name}] ${line}`)),
  });

  const failed = report.checks.filter((check) => !check.passed);
  writeOutputs(outputs, {
    passed: report.passed,
    'failed-checks': failed.map((check) => check.name),
    report: reportForOutput(report),
  });
  renderSmokeSummary(context.summary, report);

  if (context.signal.aborted)
    throw new ActionError(
      `Smoke test cancelled with ${failed.length} of ${report.checks.length} checks not passed.`,
    );
  if (failed.length > 0)
    throw new ActionError(
      `Smoke test failed: ${failed.length} of ${report.checks.length} check${report.checks.length === 1 ? '' : 's'} failed: ` +
        failed.map((check) => `${check.name}: ${check.failureReason ?? check.outcome}`).join(' | '),
    );
  info(
    `All ${report.checks.length} check${report.checks.length === 1 ? '' : 's'} passed in ${formatDuration(report.elapsedMs)}.`,
  );
}
