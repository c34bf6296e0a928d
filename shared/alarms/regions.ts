// Which region each watched alarm is read in. An alarm given as an ARN is read in the ARN's region;
// a bare name in the region of the resources the release changed. When those resources span
// several regions a bare name does not say which one it means, so only ARNs are accepted.
import { InputError } from '../action/errors.js';

export interface PlacedAlarm {
  /** The alarm as the input gave it (a name or an ARN): how logs and summaries name it. */
  given: string;
  name: string;
  /** Undefined: the SDK's default region (AWS_REGION). */
  region: string | undefined;
}

export const ALARM_ACCEPTED =
  'a CloudWatch alarm name (at most 255 characters) or an alarm ARN such as arn:aws:cloudwatch:eu-west-1:123456789012:alarm:api-5xx';

const ALARM_ARN =
  /^arn:(aws[a-z-]*):cloudwatch:([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d):(\d{12}):alarm:(.+)$/;

/** The region and name of an alarm ARN, or undefined when the text is not one. */
export function parseAlarmArn(text: string): { region: string; name: string } | undefined {
  const match = ALARM_ARN.exec(text);
  return match?.[2] && match[4] ? { region: match[2], name: match[4] } : undefined;
}

/** Why an `alarms` line cannot be used, or undefined: for the input's item check. */
export function alarmProblem(text: string): string | undefined {
  if (text.startsWith('arn:')) {
    const arn = parseAlarmArn(text);
    if (!arn)
      return 'not a CloudWatch alarm ARN (arn:<partition>:cloudwatch:<region>:<account>:alarm:<name>)';
    return arn.name.length > 255 ? 'the alarm name in the ARN is longer than 255 characters' : undefined;
  }
  return text.length > 255 ? 'longer than 255 characters' : undefined;
}

/**
 * Places every alarm in its region. `regions` are the regions of the resources concerned (one per
 * record; undefined for the SDK's default region). Throws an InputError naming `input` for a bare
 * name when they span several regions, or for a line that is not a name or an alarm ARN.
 */
export function placeAlarms(
  items: readonly string[],
  regions: readonly (string | undefined)[],
  input: string,
): PlacedAlarm[] {
  const distinct = [...new Set(regions)];
  return [...new Set(items)].map((given) => {
    const problem = alarmProblem(given);
    if (problem) throw new InputError(input, given, ALARM_ACCEPTED, problem);
    const arn = parseAlarmArn(given);
    if (arn) return { given, name: arn.name, region: arn.region };
    if (distinct.length > 1)
      throw new InputError(
        input,
        given,
        'alarm ARNs (arn:aws:cloudwatch:<region>:<account>:alarm:<name>): each alarm is read in its own region',
        `the records are in ${distinct.map((region) => region ?? 'the default region').join(', ')}, so a bare alarm name does not say which region it is in`,
      );
    return { given, name: given, region: distinct[0] };
  });
}
