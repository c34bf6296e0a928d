// The DynamoDB lock table (locking: dynamodb | both): LockID string hash key, on-demand billing,
// KMS encryption at rest, point-in-time recovery, deletion protection, tags.
import {
  CreateTableCommand,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  ListTagsOfResourceCommand,
  TagResourceCommand,
  UpdateContinuousBackupsCommand,
  UpdateTableCommand,
  type DynamoDBClient,
  type TableDescription,
  type UpdateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { ActionError } from '../../../shared/action/errors.js';
import { errorCode } from '../../../shared/aws/errors.js';
import { pollHooks, pollUntil } from '../../../shared/wait/poll.js';
import type { Timing } from '../../../shared/wait/timing.js';
import type { Inspection, Setting } from './settings.js';
import { describeTags, missingTags } from './tags.js';

export interface TablePlan {
  table: string;
  tags: Record<string, string>;
}

export interface WaitOptions extends Timing {
  signal?: AbortSignal;
  timeoutMs?: number;
  onProgress?: (line: string) => void;
}

const HASH_KEY = 'LockID';

export async function describeTable(
  ddb: DynamoDBClient,
  table: string,
): Promise<TableDescription | undefined> {
  try {
    return (await ddb.send(new DescribeTableCommand({ TableName: table }))).Table;
  } catch (error) {
    if (errorCode(error) === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

/** Why an existing table cannot hold Terraform/OpenTofu locks, if it cannot. */
export function keySchemaProblem(table: TableDescription): string | undefined {
  const keys = table.KeySchema ?? [];
  const hash = keys.find((key) => key.KeyType === 'HASH');
  const type = table.AttributeDefinitions?.find(
    (attribute) => attribute.AttributeName === hash?.AttributeName,
  )?.AttributeType;
  if (keys.length === 1 && hash?.AttributeName === HASH_KEY && type === 'S') return undefined;
  const found = keys.map((key) => `${key.AttributeName ?? '?'} (${key.KeyType ?? '?'})`).join(', ');
  return `its key is ${found || 'unknown'}, but the lock table needs ${HASH_KEY} (string) as its only key`;
}

export function assertUsableTable(table: TableDescription, name: string): void {
  const problem = keySchemaProblem(table);
  if (problem)
    throw new ActionError(
      `DynamoDB table "${name}" exists but cannot hold locks: ${problem}. Choose another lock-table name.`,
    );
  if (
    table.TableStatus === 'DELETING' ||
    table.TableStatus === 'ARCHIVED' ||
    table.TableStatus === 'ARCHIVING'
  )
    throw new ActionError(
      `DynamoDB table "${name}" is ${table.TableStatus}; it cannot be used as the lock table.`,
    );
}

export async function createTable(
  ddb: DynamoDBClient,
  plan: TablePlan,
): Promise<TableDescription | undefined> {
  const tags = Object.entries(plan.tags).map(([Key, Value]) => ({ Key, Value }));
  const created = await ddb.send(
    new CreateTableCommand({
      TableName: plan.table,
      AttributeDefinitions: [{ AttributeName: HASH_KEY, AttributeType: 'S' }],
      KeySchema: [{ AttributeName: HASH_KEY, KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { Enabled: true, SSEType: 'KMS' },
      DeletionProtectionEnabled: true,
      Tags: tags.length ? tags : undefined,
    }),
  );
  return created.TableDescription;
}

/** Waits until the table is ACTIVE: point-in-time recovery and further updates need it. */
export async function waitActive(
  ddb: DynamoDBClient,
  table: string,
  options: WaitOptions = {},
): Promise<TableDescription> {
  const outcome = await pollUntil<TableDescription>({
    timeoutMs: options.timeoutMs ?? 5 * 60_000,
    initialDelayMs: 1000,
    maxDelayMs: 5000,
    ...pollHooks(options),
    onProgress: (line) => options.onProgress?.(`lock table ${table}: ${line}`),
    check: async () => {
      const found = await describeTable(ddb, table);
      const status = found?.TableStatus ?? 'NOT_FOUND';
      if (found && status === 'ACTIVE') return { status: 'done', value: found, state: status };
      if (status === 'CREATING' || status === 'UPDATING') return { status: 'pending', state: status };
      return { status: 'failed', reason: `the table is ${status}`, state: status };
    },
  });
  if (outcome.outcome === 'done') return outcome.value;
  const why =
    outcome.outcome === 'failed'
      ? outcome.reason
      : outcome.outcome === 'cancelled'
        ? outcome.reason
        : `still ${outcome.state} after ${Math.round(outcome.elapsedMs / 1000)}s`;
  throw new ActionError(`DynamoDB table "${table}" did not become ACTIVE: ${why}.`);
}

/** The table's settings; `table` is its description, read (or created) just before. */
export function tableSettings(
  ddb: DynamoDBClient,
  plan: TablePlan,
  table: TableDescription,
  wait: WaitOptions,
): Setting[] {
  const TableName = plan.table;
  const update = async (change: Omit<UpdateTableCommandInput, 'TableName'>): Promise<void> => {
    await ddb.send(new UpdateTableCommand({ TableName, ...change }));
    await waitActive(ddb, TableName, wait);
  };
  const lockTable: LockTable = { ddb, plan, table, TableName, update };
  const settings = [
    billingSetting(lockTable),
    encryptionSetting(lockTable),
    pointInTimeRecoverySetting(lockTable),
    deletionProtectionSetting(lockTable),
  ];
  if (Object.keys(plan.tags).length > 0) settings.push(tagsSetting(lockTable));
  return settings;
}

/** The table the settings read and change; `update` changes it and waits until it is ACTIVE again. */
interface LockTable {
  ddb: DynamoDBClient;
  plan: TablePlan;
  table: TableDescription;
  TableName: string;
  update: (change: Omit<UpdateTableCommandInput, 'TableName'>) => Promise<void>;
}

/** CreateTable already applied the setting: a new table needs nothing more. */
const nothing = async (): Promise<void> => {};

function setting(
  name: string,
  expected: string,
  inspect: Setting['inspect'],
  applyToNew: Setting['applyToNew'],
): Setting {
  return { resource: 'lock-table', name, expected, inspect, applyToNew };
}

function billingSetting({ table, update }: LockTable): Setting {
  const billing = table.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
  const inspect = async (): Promise<Inspection> => ({
    ok: billing === 'PAY_PER_REQUEST',
    found: billing,
    fix: () => update({ BillingMode: 'PAY_PER_REQUEST' }),
  });
  return setting('billing-mode', 'PAY_PER_REQUEST (on demand)', inspect, nothing);
}

function encryptionSetting({ table, update }: LockTable): Setting {
  const sse = table.SSEDescription;
  const inspect = async (): Promise<Inspection> => ({
    ok: sse?.Status === 'ENABLED' || sse?.Status === 'ENABLING' || sse?.Status === 'UPDATING',
    found: sse?.Status ? `${sse.SSEType ?? 'KMS'} ${sse.Status}` : 'AWS owned key',
    fix: () => update({ SSESpecification: { Enabled: true, SSEType: 'KMS' } }),
  });
  return setting('encryption', 'KMS (AWS managed or customer key)', inspect, nothing);
}

function pointInTimeRecoverySetting({ ddb, TableName }: LockTable): Setting {
  const enable = async (): Promise<void> => {
    await ddb.send(
      new UpdateContinuousBackupsCommand({
        TableName,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      }),
    );
  };
  const inspect = async (): Promise<Inspection> => {
    const found = await ddb.send(new DescribeContinuousBackupsCommand({ TableName }));
    const status =
      found.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus ??
      'DISABLED';
    return { ok: status === 'ENABLED', found: status, fix: enable };
  };
  return setting('point-in-time-recovery', 'ENABLED', inspect, enable);
}

function deletionProtectionSetting({ table, update }: LockTable): Setting {
  const inspect = async (): Promise<Inspection> => ({
    ok: table.DeletionProtectionEnabled === true,
    found: table.DeletionProtectionEnabled ? 'enabled' : 'disabled',
    fix: () => update({ DeletionProtectionEnabled: true }),
  });
  return setting('deletion-protection', 'enabled', inspect, nothing);
}

function tagsSetting({ ddb, plan, table }: LockTable): Setting {
  const arn = table.TableArn ?? '';
  const inspect = async (): Promise<Inspection> => {
    const found = await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }));
    const current = Object.fromEntries((found.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
    const missing = missingTags(current, plan.tags);
    return {
      ok: missing.length === 0,
      found: describeTags(current),
      // TagResource adds or overwrites the given tags and leaves the others alone.
      fix: async () => {
        await ddb.send(
          new TagResourceCommand({
            ResourceArn: arn,
            Tags: missing.map((Key) => ({ Key, Value: plan.tags[Key] ?? '' })),
          }),
        );
      },
    };
  };
  return setting('tags', describeTags(plan.tags), inspect, nothing);
}
