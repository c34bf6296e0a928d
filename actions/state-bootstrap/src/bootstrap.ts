// Plan, then act: every resource and setting is read before anything changes, so a table that
// cannot hold locks or a bucket owned by someone else stops the run with nothing modified.
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient, type TableDescription } from '@aws-sdk/client-dynamodb';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { createClient } from '../../../shared/aws/clients.js';
import { bucketArn, bucketSettings, createBucket, findBucket, type BucketPlan } from './bucket.js';
import { renderBackendConfig, writeBackendConfig } from './backend-config.js';
import {
  assertUsableTable,
  createTable,
  describeTable,
  tableSettings,
  waitActive,
  type TablePlan,
  type WaitOptions,
} from './lock-table.js';
import type { StateOptions } from './options.js';
import {
  applyAll,
  inspectAll,
  reconcile,
  type Inspection,
  type Setting,
  type SettingResult,
} from './settings.js';

export interface StateClients {
  s3: S3Client;
  dynamodb: DynamoDBClient;
  sts: STSClient;
}

/**
 * The clients, configured by the SDK's own environment (credentials chain, AWS_ENDPOINT_URL…).
 * S3 goes path-style whenever its endpoint is overridden: an emulator on 127.0.0.1 has no
 * virtual-host names.
 */
export function createStateClients(
  region: string,
  options: { endpoint?: string } = {},
  env: NodeJS.ProcessEnv = process.env,
): StateClients {
  const endpoint = options.endpoint ? { endpoint: options.endpoint } : {};
  const forcePathStyle = Boolean(options.endpoint || env['AWS_ENDPOINT_URL'] || env['AWS_ENDPOINT_URL_S3']);
  return {
    s3: createClient(S3Client, { region, extra: { ...endpoint, forcePathStyle } }),
    dynamodb: createClient(DynamoDBClient, { region, extra: endpoint }),
    sts: createClient(STSClient, { region, extra: endpoint }),
  };
}

export interface CreatedResource {
  resource: 'bucket' | 'lock-table';
  name: string;
  arn: string;
}

export interface DriftEntry {
  resource: SettingResult['resource'];
  setting: string;
  expected: string;
  found: string;
  fixed: boolean;
}

export interface BootstrapResult {
  owner: string;
  bucketArn: string;
  lockTableArn: string | undefined;
  created: CreatedResource[];
  settings: SettingResult[];
  drift: DriftEntry[];
  backendConfig: string;
  backendConfigFile: { path: string; changed: boolean } | undefined;
}

export interface BootstrapDependencies {
  clients: StateClients;
  wait?: WaitOptions;
  log?: (line: string) => void;
  cwd?: string;
}

async function callerAccount(sts: STSClient): Promise<string> {
  const identity = await sts.send(new GetCallerIdentityCommand({}));
  if (!identity.Account) throw new Error('STS GetCallerIdentity returned no account id');
  return identity.Account;
}

type ResourcePlan =
  | { state: 'missing'; settings: Setting[] }
  | { state: 'exists'; settings: Setting[]; inspections: Inspection[] };

export async function bootstrapState(
  options: StateOptions,
  deps: BootstrapDependencies,
): Promise<BootstrapResult> {
  const { s3, dynamodb, sts } = deps.clients;
  const log = deps.log ?? ((): void => {});
  const wait = deps.wait ?? {};
  const owner = options.expectedBucketOwner ?? (await callerAccount(sts));
  const bucketPlan: BucketPlan = {
    bucket: options.bucket,
    region: options.region,
    owner,
    kmsKey: options.kmsKey,
    noncurrentVersionDays: options.noncurrentVersionDays,
    stateKey: options.stateKey,
    tags: options.tags,
  };
  const tablePlan = options.lockTable ? { table: options.lockTable, tags: options.tags } : undefined;

  // Plan: read everything.
  const [bucketState, foundTable] = await Promise.all([
    findBucket(s3, bucketPlan),
    tablePlan ? describeTable(dynamodb, tablePlan.table) : Promise.resolve(undefined),
  ]);
  if (tablePlan && foundTable) assertUsableTable(foundTable, tablePlan.table);
  // A table still CREATING or UPDATING (an interrupted run, someone else's change) is read once settled.
  const existingTable =
    tablePlan && foundTable && foundTable.TableStatus !== 'ACTIVE'
      ? await waitActive(dynamodb, tablePlan.table, wait)
      : foundTable;
  const settingsOfBucket = bucketSettings(s3, bucketPlan);
  const bucket: ResourcePlan =
    bucketState === 'exists'
      ? { state: 'exists', settings: settingsOfBucket, inspections: await inspectAll(settingsOfBucket) }
      : { state: 'missing', settings: settingsOfBucket };
  const settingsOfTable =
    tablePlan && existingTable ? tableSettings(dynamodb, tablePlan, existingTable, wait) : [];
  const tableInspections = await inspectAll(settingsOfTable);

  // Act.
  const created: CreatedResource[] = [];
  const results: SettingResult[] = [];
  const arn = bucketArn(options.bucket, options.region);
  if (bucket.state === 'missing' && (await createBucket(s3, bucketPlan)) === 'created') {
    log(`Created bucket ${options.bucket} in ${options.region}.`);
    created.push({ resource: 'bucket', name: options.bucket, arn });
    results.push(...(await applyAll(bucket.settings)));
  } else {
    // A concurrent run may have created the bucket between our HeadBucket and CreateBucket.
    const inspections = bucket.state === 'exists' ? bucket.inspections : await inspectAll(bucket.settings);
    results.push(...(await reconcile(bucket.settings, inspections, options.fixDrift)));
  }

  const table = tablePlan
    ? await settleTable(
        dynamodb,
        tablePlan,
        existingTable,
        { settingsOfTable, tableInspections, wait, log },
        options,
      )
    : undefined;
  if (table?.created) created.push(table.created);
  results.push(...(table?.results ?? []));

  const { backendConfig, backendConfigFile } = await backendConfigOf(options, deps.cwd);
  return {
    owner,
    bucketArn: arn,
    lockTableArn: table?.arn,
    created,
    settings: results,
    drift: driftOf(results),
    backendConfig,
    backendConfigFile,
  };
}

/** The lock table's settings reconciled when it exists, else the table created and set up. */
async function settleTable(
  dynamodb: DynamoDBClient,
  tablePlan: TablePlan,
  existingTable: TableDescription | undefined,
  planned: {
    settingsOfTable: Setting[];
    tableInspections: Inspection[];
    wait: WaitOptions;
    log: (line: string) => void;
  },
  options: StateOptions,
): Promise<{ arn: string | undefined; created?: CreatedResource; results: SettingResult[] }> {
  if (existingTable)
    return {
      arn: existingTable.TableArn,
      results: await reconcile(planned.settingsOfTable, planned.tableInspections, options.fixDrift),
    };
  await createTable(dynamodb, tablePlan);
  planned.log(`Created lock table ${tablePlan.table}; waiting for it to be ACTIVE.`);
  const active = await waitActive(dynamodb, tablePlan.table, planned.wait);
  return {
    arn: active.TableArn,
    created: { resource: 'lock-table', name: tablePlan.table, arn: active.TableArn ?? '' },
    results: await applyAll(tableSettings(dynamodb, tablePlan, active, planned.wait)),
  };
}

/** The backend configuration, and the file it was written to when backend-config-file names one. */
async function backendConfigOf(
  options: StateOptions,
  cwd: string | undefined,
): Promise<Pick<BootstrapResult, 'backendConfig' | 'backendConfigFile'>> {
  const backendConfig = renderBackendConfig({
    bucket: options.bucket,
    key: options.stateKey,
    region: options.region,
    locking: options.locking,
    lockTable: options.lockTable,
    kmsKey: options.kmsKey,
  });
  const backendConfigFile = options.backendConfigFile
    ? await writeBackendConfig(
        options.backendConfigFile,
        backendConfig,
        cwd,
        options.overwriteBackendConfigFile,
      )
    : undefined;
  return { backendConfig, backendConfigFile };
}

/** The settings found different from the plan: reported, or fixed with fix-drift. */
function driftOf(results: readonly SettingResult[]): DriftEntry[] {
  return results
    .filter((result) => result.status === 'drift' || result.status === 'fixed')
    .map((result) => ({
      resource: result.resource,
      setting: result.setting,
      expected: result.expected,
      found: result.found,
      fixed: result.status === 'fixed',
    }));
}
