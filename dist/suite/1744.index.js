export const id = 1744;
export const ids = [1744];
export const modules = {

/***/ 1744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bootstrapState: () => (/* binding */ bootstrapState),
  createStateClients: () => (/* binding */ createStateClients)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var client_dynamodb_dist_cjs = __webpack_require__(4305);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/aws/clients.ts + 1 modules
var clients = __webpack_require__(4291);
// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/aws/errors.ts
var aws_errors = __webpack_require__(7053);
;// CONCATENATED MODULE: ./actions/state-bootstrap/src/bucket-policy.ts
// The TLS-only bucket policy: a `DenyInsecureTransport` statement merged into whatever policy the
// bucket has. Other statements are kept as they are; only our own Sid is ever replaced.
const TLS_ONLY_SID = 'DenyInsecureTransport';
function tlsOnlyStatement(bucketArn) {
    return {
        Sid: TLS_ONLY_SID,
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [bucketArn, `${bucketArn}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
}
function asList(value) {
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
function statements(policy) {
    return asList(policy?.Statement);
}
function isEveryone(principal) {
    if (principal === '*')
        return true;
    if (typeof principal !== 'object' || principal === null)
        return false;
    return asList(principal.AWS).includes('*');
}
/** True for any statement (ours or written by hand) that denies all of S3 on the bucket and its objects without TLS. */
function deniesInsecureTransport(statement, bucketArn) {
    const secureTransport = asList(statement.Condition?.['Bool']?.['aws:SecureTransport']);
    const resources = asList(statement.Resource);
    const covers = (arn) => resources.includes(arn) || resources.includes('*');
    return (statement.Effect === 'Deny' &&
        isEveryone(statement.Principal) &&
        asList(statement.Action).some((action) => action === 's3:*' || action === '*') &&
        covers(bucketArn) &&
        covers(`${bucketArn}/*`) &&
        secureTransport.length > 0 &&
        secureTransport.every((value) => value === false || value === 'false'));
}
function hasTlsOnlyStatement(policy, bucketArn) {
    return statements(policy).some((statement) => deniesInsecureTransport(statement, bucketArn));
}
/** The policy with our statement added (or our Sid's statement replaced); every other statement kept. */
function withTlsOnlyStatement(policy, bucketArn) {
    const others = statements(policy).filter((statement) => statement.Sid !== TLS_ONLY_SID);
    return {
        ...policy,
        Version: policy?.Version ?? '2012-10-17',
        Statement: [...others, tlsOnlyStatement(bucketArn)],
    };
}
function parsePolicy(text) {
    if (!text)
        return undefined;
    const parsed = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/state-bootstrap/src/lifecycle.ts
// Lifecycle rules for a state bucket. S3 lifecycle filters select objects by key prefix, tags or
// size, never by suffix, so "every *.tflock" cannot be expressed. What can: the lock file of a
// state key is exactly `<key>.tflock`, so a rule whose prefix is that whole key selects it (and
// nothing else in practice). One such rule per state key bootstrapped; a bucket-wide rule expires
// every other noncurrent version. Where rules overlap, S3 applies the shorter expiration.

const NONCURRENT_RULE_ID = 'state-bootstrap-noncurrent-versions';
const LOCK_RULE_PREFIX = 'state-bootstrap-tflock:';
const MAX_RULE_ID = 255;
const LOCK_FILE_NONCURRENT_DAYS = 1;
function lockFileKey(stateKey) {
    return `${stateKey}.tflock`;
}
function lockRuleId(stateKey) {
    const id = LOCK_RULE_PREFIX + stateKey;
    if (id.length <= MAX_RULE_ID)
        return id;
    return LOCK_RULE_PREFIX + (0,external_node_crypto_.createHash)('sha256').update(stateKey).digest('hex').slice(0, 32);
}
function desiredRules(stateKey, noncurrentDays) {
    return [
        {
            ID: NONCURRENT_RULE_ID,
            Status: 'Enabled',
            Filter: { Prefix: '' },
            NoncurrentVersionExpiration: { NoncurrentDays: noncurrentDays },
        },
        {
            ID: lockRuleId(stateKey),
            Status: 'Enabled',
            Filter: { Prefix: lockFileKey(stateKey) },
            NoncurrentVersionExpiration: { NoncurrentDays: LOCK_FILE_NONCURRENT_DAYS },
            // The delete marker left when the lock is released goes once no version remains behind it.
            Expiration: { ExpiredObjectDeleteMarker: true },
        },
    ];
}
/** The parts of a rule we set, in a comparable form. */
function signature(rule) {
    return JSON.stringify({
        status: rule.Status,
        prefix: rule.Filter?.Prefix ?? rule.Prefix ?? '',
        otherFilter: Object.entries(rule.Filter ?? {}).some(([key, value]) => key !== 'Prefix' && value !== undefined),
        noncurrentDays: rule.NoncurrentVersionExpiration?.NoncurrentDays,
        newerVersions: rule.NoncurrentVersionExpiration?.NewerNoncurrentVersions,
        expiredDeleteMarker: rule.Expiration?.ExpiredObjectDeleteMarker,
        expirationDays: rule.Expiration?.Days,
        expirationDate: rule.Expiration?.Date?.toISOString(),
        transitions: rule.Transitions?.length ?? 0,
    });
}
/** Our rules that are missing or differ from what we want, by ID. */
function rulesToWrite(current, desired) {
    return desired.filter((want) => {
        const found = current.find((rule) => rule.ID === want.ID);
        return !found || signature(found) !== signature(want);
    });
}
/** Every current rule kept, ours added or replaced by ID. */
function mergeRules(current, desired) {
    const ours = new Set(desired.map((rule) => rule.ID));
    return [...current.filter((rule) => !ours.has(rule.ID)), ...desired];
}
function describeRule(rule) {
    const prefix = rule.Filter?.Prefix ?? rule.Prefix ?? '';
    const scope = prefix === '' ? 'all objects' : `objects under "${prefix}"`;
    return `noncurrent versions of ${scope} expire after ${rule.NoncurrentVersionExpiration?.NoncurrentDays ?? '?'} day(s)`;
}

;// CONCATENATED MODULE: ./actions/state-bootstrap/src/tags.ts
// Tags are added or updated, never removed: tags someone else put on the resource stay.
function missingTags(current, desired) {
    return Object.keys(desired).filter((key) => current[key] !== desired[key]);
}
function mergeTags(current, desired) {
    return { ...current, ...desired };
}
function describeTags(tags) {
    const entries = Object.entries(tags);
    return entries.length === 0 ? 'none' : entries.map(([key, value]) => `${key}=${value}`).join(', ');
}

;// CONCATENATED MODULE: ./actions/state-bootstrap/src/bucket.ts
// The state bucket: found or created, then hardened setting by setting.
// Every call after CreateBucket names the expected owner, so S3 refuses to touch a bucket that
// belongs to another account.






function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
function bucketArn(bucket, region) {
    return `arn:${partitionOf(region)}:s3:::${bucket}`;
}
function statusOf(error) {
    return error.$metadata?.httpStatusCode;
}
function regionHeader(error) {
    const headers = error.$response?.headers;
    return headers?.['x-amz-bucket-region'];
}
/** 'exists' (and ours), or 'missing'; another owner or another region is an error in words. */
async function findBucket(s3, plan) {
    try {
        await s3.send(new dist_cjs/* HeadBucketCommand */.kuI({ Bucket: plan.bucket, ExpectedBucketOwner: plan.owner }));
        return 'exists';
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 404 || (0,aws_errors/* errorCode */.CA)(error) === 'NoSuchBucket')
            return 'missing';
        if (status === 403)
            throw new errors/* ActionError */.lZ(`Bucket "${plan.bucket}" exists but is not owned by account ${plan.owner} (or these credentials may not call s3:ListBucket on it). ` +
                `Bucket names are global: choose another name, or set expected-bucket-owner to the account that owns it.`);
        if (status === 301) {
            const where = regionHeader(error);
            throw new errors/* ActionError */.lZ(`Bucket "${plan.bucket}" exists in ${where ? `region ${where}` : 'another region'}, not in ${plan.region}. ` +
                `Set aws-region to the bucket's region, or choose another bucket name.`);
        }
        throw error;
    }
}
/** 'created', or 'exists' when a concurrent run created it first. */
async function createBucket(s3, plan) {
    try {
        await s3.send(new dist_cjs/* CreateBucketCommand */.cZX({
            Bucket: plan.bucket,
            // us-east-1 is the one region that takes no location constraint.
            ...(plan.region === 'us-east-1'
                ? {}
                : { CreateBucketConfiguration: { LocationConstraint: plan.region } }),
        }));
        return 'created';
    }
    catch (error) {
        const code = (0,aws_errors/* errorCode */.CA)(error);
        if (code === 'BucketAlreadyOwnedByYou')
            return 'exists';
        if (code === 'BucketAlreadyExists')
            throw new errors/* ActionError */.lZ(`Bucket name "${plan.bucket}" is taken by another AWS account (bucket names are global across all accounts). Choose another name.`);
        throw error;
    }
}
/** The live value of a setting; undefined when S3 says it was never set. */
async function readOrNone(read, noneCodes) {
    try {
        return await read();
    }
    catch (error) {
        if (noneCodes.includes((0,aws_errors/* errorCode */.CA)(error)) ||
            ((0,aws_errors/* classify */.L8)(error) === 'not-found' && (0,aws_errors/* errorCode */.CA)(error) !== 'NoSuchBucket'))
            return undefined;
        throw error;
    }
}
const ALL_BLOCKS = {
    BlockPublicAcls: true,
    IgnorePublicAcls: true,
    BlockPublicPolicy: true,
    RestrictPublicBuckets: true,
};
function sameKmsKey(found, wanted) {
    if (!found)
        return false;
    return (found === wanted ||
        found.endsWith(`/${wanted}`) ||
        found.endsWith(`:${wanted}`) ||
        wanted.endsWith(`/${found}`));
}
function describeEncryption(rule) {
    const byDefault = rule?.ApplyServerSideEncryptionByDefault;
    if (!byDefault?.SSEAlgorithm)
        return 'none';
    if (byDefault.SSEAlgorithm === 'AES256')
        return 'SSE-S3 (AES256)';
    return `SSE-KMS (${byDefault.SSEAlgorithm}) with ${byDefault.KMSMasterKeyID ?? 'the AWS managed key'}, bucket key ${rule?.BucketKeyEnabled ? 'on' : 'off'}`;
}
/** The hardening settings of the state bucket, in the order they are applied to a new bucket. */
function bucketSettings(s3, plan) {
    const Bucket = plan.bucket;
    const ExpectedBucketOwner = plan.owner;
    const arn = bucketArn(plan.bucket, plan.region);
    const setting = (name, expected, inspect, applyToNew) => ({ resource: 'bucket', name, expected, inspect, applyToNew });
    const putOwnership = async () => {
        await s3.send(new dist_cjs/* PutBucketOwnershipControlsCommand */.o9A({
            Bucket,
            ExpectedBucketOwner,
            OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        }));
    };
    const putBlocks = async () => {
        await s3.send(new dist_cjs/* PutPublicAccessBlockCommand */.ZXv({
            Bucket,
            ExpectedBucketOwner,
            PublicAccessBlockConfiguration: ALL_BLOCKS,
        }));
    };
    const putVersioning = async () => {
        await s3.send(new dist_cjs/* PutBucketVersioningCommand */.XjQ({
            Bucket,
            ExpectedBucketOwner,
            VersioningConfiguration: { Status: 'Enabled' },
        }));
    };
    const encryptionRule = plan.kmsKey
        ? {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: plan.kmsKey },
            BucketKeyEnabled: true,
        }
        : { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } };
    const putEncryption = async () => {
        await s3.send(new dist_cjs/* PutBucketEncryptionCommand */.iRK({
            Bucket,
            ExpectedBucketOwner,
            ServerSideEncryptionConfiguration: { Rules: [encryptionRule] },
        }));
    };
    const putPolicy = async (current) => {
        await s3.send(new dist_cjs/* PutBucketPolicyCommand */.BfN({
            Bucket,
            ExpectedBucketOwner,
            Policy: JSON.stringify(withTlsOnlyStatement(current, arn)),
        }));
    };
    const rules = desiredRules(plan.stateKey, plan.noncurrentVersionDays);
    const putLifecycle = async (current, minimumObjectSize) => {
        await s3.send(new dist_cjs/* PutBucketLifecycleConfigurationCommand */.RJe({
            Bucket,
            ExpectedBucketOwner,
            LifecycleConfiguration: { Rules: mergeRules(current, rules) },
            ...(minimumObjectSize ? { TransitionDefaultMinimumObjectSize: minimumObjectSize } : {}),
        }));
    };
    const putTags = async (current) => {
        const merged = mergeTags(current, plan.tags);
        await s3.send(new dist_cjs/* PutBucketTaggingCommand */.yCr({
            Bucket,
            ExpectedBucketOwner,
            Tagging: { TagSet: Object.entries(merged).map(([Key, Value]) => ({ Key, Value })) },
        }));
    };
    const settings = [
        setting('object-ownership', 'BucketOwnerEnforced (ACLs disabled)', async () => {
            const found = await readOrNone(() => s3.send(new dist_cjs/* GetBucketOwnershipControlsCommand */.$rC({ Bucket, ExpectedBucketOwner })), ['OwnershipControlsNotFoundError']);
            const ownership = found?.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? 'none';
            return { ok: ownership === 'BucketOwnerEnforced', found: ownership, fix: putOwnership };
        }, putOwnership),
        setting('public-access-block', 'all four blocks on', async () => {
            const found = await readOrNone(() => s3.send(new dist_cjs/* GetPublicAccessBlockCommand */.GLk({ Bucket, ExpectedBucketOwner })), ['NoSuchPublicAccessBlockConfiguration']);
            const config = found?.PublicAccessBlockConfiguration;
            const off = Object.keys(ALL_BLOCKS).filter((block) => config?.[block] !== true);
            return {
                ok: off.length === 0,
                found: !config ? 'none' : off.length === 0 ? 'all four blocks on' : `${off.join(', ')} off`,
                fix: putBlocks,
            };
        }, putBlocks),
        setting('versioning', 'Enabled', async () => {
            const found = await s3.send(new dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket, ExpectedBucketOwner }));
            return { ok: found.Status === 'Enabled', found: found.Status ?? 'never enabled', fix: putVersioning };
        }, putVersioning),
        setting('default-encryption', plan.kmsKey ? `SSE-KMS with ${plan.kmsKey}, bucket key on` : 'SSE-S3 (AES256), or SSE-KMS', async () => {
            const found = await readOrNone(() => s3.send(new dist_cjs/* GetBucketEncryptionCommand */.tQT({ Bucket, ExpectedBucketOwner })), ['ServerSideEncryptionConfigurationNotFoundError']);
            const rule = found?.ServerSideEncryptionConfiguration?.Rules?.[0];
            const byDefault = rule?.ApplyServerSideEncryptionByDefault;
            const ok = plan.kmsKey
                ? byDefault?.SSEAlgorithm?.startsWith('aws:kms') === true &&
                    sameKmsKey(byDefault.KMSMasterKeyID, plan.kmsKey) &&
                    rule?.BucketKeyEnabled === true
                : byDefault?.SSEAlgorithm !== undefined;
            return { ok, found: describeEncryption(rule), fix: putEncryption };
        }, putEncryption),
        setting('tls-only-policy', 'a statement denying requests without TLS (aws:SecureTransport false)', async () => {
            const found = await readOrNone(() => s3.send(new dist_cjs/* GetBucketPolicyCommand */.mCJ({ Bucket, ExpectedBucketOwner })), ['NoSuchBucketPolicy']);
            const policy = parsePolicy(found?.Policy);
            const ok = hasTlsOnlyStatement(policy, arn);
            return {
                ok,
                found: !policy
                    ? 'no bucket policy'
                    : ok
                        ? 'TLS-only statement present'
                        : 'a policy without a TLS-only statement',
                fix: () => putPolicy(policy),
            };
        }, () => putPolicy(undefined)),
        setting('lifecycle', rules.map(describeRule).join('; '), async () => {
            const found = await readOrNone(() => s3.send(new dist_cjs/* GetBucketLifecycleConfigurationCommand */.iQ1({ Bucket, ExpectedBucketOwner })), ['NoSuchLifecycleConfiguration']);
            const current = found?.Rules ?? [];
            const missing = rulesToWrite(current, rules);
            return {
                ok: missing.length === 0,
                found: missing.length === 0
                    ? 'rules present'
                    : `${current.length === 0 ? 'no rules' : `${current.length} other rule(s)`}; missing: ${missing.map((rule) => rule.ID).join(', ')}`,
                fix: () => putLifecycle(current, found?.TransitionDefaultMinimumObjectSize),
            };
        }, () => putLifecycle([], undefined)),
    ];
    if (Object.keys(plan.tags).length > 0)
        settings.push(setting('tags', describeTags(plan.tags), async () => {
            const found = await readOrNone(() => s3.send(new dist_cjs/* GetBucketTaggingCommand */.fp5({ Bucket, ExpectedBucketOwner })), ['NoSuchTagSet']);
            const current = Object.fromEntries((found?.TagSet ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
            const missing = missingTags(current, plan.tags);
            return { ok: missing.length === 0, found: describeTags(current), fix: () => putTags(current) };
        }, () => putTags({})));
    return settings;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./actions/state-bootstrap/src/backend-config.ts
// The S3 backend settings for `tofu init -backend-config=<file>` / `terraform init -backend-config=<file>`.


/** An HCL string literal: quotes, backslashes, line breaks and template sequences escaped. */
function hclString(value) {
    const escaped = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')
        .replace(/\$\{/g, () => '$${')
        .replace(/%\{/g, () => '%%{');
    return `"${escaped}"`;
}
function renderBackendConfig(settings) {
    const entries = [
        ['bucket', hclString(settings.bucket)],
        ['key', hclString(settings.key)],
        ['region', hclString(settings.region)],
        ['encrypt', 'true'],
    ];
    if (settings.kmsKey)
        entries.push(['kms_key_id', hclString(settings.kmsKey)]);
    if (settings.locking !== 'dynamodb')
        entries.push(['use_lockfile', 'true']);
    if (settings.locking !== 's3' && settings.lockTable)
        entries.push(['dynamodb_table', hclString(settings.lockTable)]);
    const width = Math.max(...entries.map(([name]) => name.length));
    return entries.map(([name, value]) => `${name.padEnd(width)} = ${value}\n`).join('');
}
/** Writes the file (creating its folder) unless it already holds exactly this text. */
async function writeBackendConfig(path, text, cwd = process.cwd()) {
    const target = (0,external_node_path_.resolve)(cwd, path);
    const current = await (0,promises_.readFile)(target, 'utf8').catch(() => undefined);
    if (current === text)
        return { path: target, changed: false };
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, text, 'utf8');
    return { path: target, changed: true };
}

// EXTERNAL MODULE: ./shared/wait/poll.ts
var poll = __webpack_require__(5);
;// CONCATENATED MODULE: ./actions/state-bootstrap/src/lock-table.ts
// The DynamoDB lock table (locking: dynamodb | both): LockID string hash key, on-demand billing,
// KMS encryption at rest, point-in-time recovery, deletion protection, tags.





const HASH_KEY = 'LockID';
async function describeTable(ddb, table) {
    try {
        return (await ddb.send(new client_dynamodb_dist_cjs/* DescribeTableCommand */.h8C({ TableName: table }))).Table;
    }
    catch (error) {
        if ((0,aws_errors/* errorCode */.CA)(error) === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
}
/** Why an existing table cannot hold Terraform/OpenTofu locks, if it cannot. */
function keySchemaProblem(table) {
    const keys = table.KeySchema ?? [];
    const hash = keys.find((key) => key.KeyType === 'HASH');
    const type = table.AttributeDefinitions?.find((attribute) => attribute.AttributeName === hash?.AttributeName)?.AttributeType;
    if (keys.length === 1 && hash?.AttributeName === HASH_KEY && type === 'S')
        return undefined;
    const found = keys.map((key) => `${key.AttributeName ?? '?'} (${key.KeyType ?? '?'})`).join(', ');
    return `its key is ${found || 'unknown'}, but the lock table needs ${HASH_KEY} (string) as its only key`;
}
function assertUsableTable(table, name) {
    const problem = keySchemaProblem(table);
    if (problem)
        throw new errors/* ActionError */.lZ(`DynamoDB table "${name}" exists but cannot hold locks: ${problem}. Choose another lock-table name.`);
    if (table.TableStatus === 'DELETING' ||
        table.TableStatus === 'ARCHIVED' ||
        table.TableStatus === 'ARCHIVING')
        throw new errors/* ActionError */.lZ(`DynamoDB table "${name}" is ${table.TableStatus}; it cannot be used as the lock table.`);
}
async function createTable(ddb, plan) {
    const tags = Object.entries(plan.tags).map(([Key, Value]) => ({ Key, Value }));
    const created = await ddb.send(new client_dynamodb_dist_cjs/* CreateTableCommand */.IxS({
        TableName: plan.table,
        AttributeDefinitions: [{ AttributeName: HASH_KEY, AttributeType: 'S' }],
        KeySchema: [{ AttributeName: HASH_KEY, KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { Enabled: true, SSEType: 'KMS' },
        DeletionProtectionEnabled: true,
        ...(tags.length ? { Tags: tags } : {}),
    }));
    return created.TableDescription;
}
/** Waits until the table is ACTIVE: point-in-time recovery and further updates need it. */
async function waitActive(ddb, table, options = {}) {
    const outcome = await (0,poll/* pollUntil */.g3)({
        timeoutMs: options.timeoutMs ?? 5 * 60_000,
        initialDelayMs: 1000,
        maxDelayMs: 5000,
        ...(0,poll/* pollHooks */.A3)(options),
        onProgress: (line) => options.onProgress?.(`lock table ${table}: ${line}`),
        check: async () => {
            const found = await describeTable(ddb, table);
            const status = found?.TableStatus ?? 'NOT_FOUND';
            if (found && status === 'ACTIVE')
                return { status: 'done', value: found, state: status };
            if (status === 'CREATING' || status === 'UPDATING')
                return { status: 'pending', state: status };
            return { status: 'failed', reason: `the table is ${status}`, state: status };
        },
    });
    if (outcome.outcome === 'done')
        return outcome.value;
    const why = outcome.outcome === 'failed'
        ? outcome.reason
        : outcome.outcome === 'cancelled'
            ? outcome.reason
            : `still ${outcome.state} after ${Math.round(outcome.elapsedMs / 1000)}s`;
    throw new errors/* ActionError */.lZ(`DynamoDB table "${table}" did not become ACTIVE: ${why}.`);
}
/** The table's settings; `table` is its description, read (or created) just before. */
function tableSettings(ddb, plan, table, wait) {
    const TableName = plan.table;
    const arn = table.TableArn ?? '';
    const update = async (change) => {
        await ddb.send(new client_dynamodb_dist_cjs/* UpdateTableCommand */.NQf({ TableName, ...change }));
        await waitActive(ddb, TableName, wait);
    };
    const enablePitr = async () => {
        await ddb.send(new client_dynamodb_dist_cjs/* UpdateContinuousBackupsCommand */.Ntq({
            TableName,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }));
    };
    const nothing = async () => { };
    const setting = (name, expected, inspect, applyToNew) => ({
        resource: 'lock-table',
        name,
        expected,
        inspect,
        applyToNew,
    });
    const billing = table.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
    const sse = table.SSEDescription;
    const settings = [
        setting('billing-mode', 'PAY_PER_REQUEST (on demand)', async () => ({
            ok: billing === 'PAY_PER_REQUEST',
            found: billing,
            fix: () => update({ BillingMode: 'PAY_PER_REQUEST' }),
        }), nothing),
        setting('encryption', 'KMS (AWS managed or customer key)', async () => ({
            ok: sse?.Status === 'ENABLED' || sse?.Status === 'ENABLING' || sse?.Status === 'UPDATING',
            found: sse?.Status ? `${sse.SSEType ?? 'KMS'} ${sse.Status}` : 'AWS owned key',
            fix: () => update({ SSESpecification: { Enabled: true, SSEType: 'KMS' } }),
        }), nothing),
        setting('point-in-time-recovery', 'ENABLED', async () => {
            const found = await ddb.send(new client_dynamodb_dist_cjs/* DescribeContinuousBackupsCommand */.NXH({ TableName }));
            const status = found.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus ??
                'DISABLED';
            return { ok: status === 'ENABLED', found: status, fix: enablePitr };
        }, enablePitr),
        setting('deletion-protection', 'enabled', async () => ({
            ok: table.DeletionProtectionEnabled === true,
            found: table.DeletionProtectionEnabled ? 'enabled' : 'disabled',
            fix: () => update({ DeletionProtectionEnabled: true }),
        }), nothing),
    ];
    if (Object.keys(plan.tags).length > 0)
        settings.push(setting('tags', describeTags(plan.tags), async () => {
            const found = await ddb.send(new client_dynamodb_dist_cjs/* ListTagsOfResourceCommand */.IIA({ ResourceArn: arn }));
            const current = Object.fromEntries((found.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
            const missing = missingTags(current, plan.tags);
            return {
                ok: missing.length === 0,
                found: describeTags(current),
                // TagResource adds or overwrites the given tags and leaves the others alone.
                fix: async () => {
                    await ddb.send(new client_dynamodb_dist_cjs/* TagResourceCommand */.eqU({
                        ResourceArn: arn,
                        Tags: missing.map((Key) => ({ Key, Value: plan.tags[Key] ?? '' })),
                    }));
                },
            };
        }, nothing));
    return settings;
}

;// CONCATENATED MODULE: ./actions/state-bootstrap/src/settings.ts
// One hardening setting of one resource: what we want, what is there, and how to get there.
// Existing resources are read setting by setting; what differs is drift, changed only on request.
/** Applies every setting of a resource this run created, in order (some depend on earlier ones). */
async function applyAll(settings) {
    const results = [];
    for (const setting of settings) {
        await setting.applyToNew();
        results.push({
            resource: setting.resource,
            setting: setting.name,
            expected: setting.expected,
            found: 'none',
            status: 'created',
        });
    }
    return results;
}
/** Reads every setting at once (reruns are read-only and quick); returns the inspections in order. */
async function inspectAll(settings) {
    return Promise.all(settings.map((setting) => setting.inspect()));
}
/** Fixes drifted settings one after another when asked; otherwise only reports them. */
async function reconcile(settings, inspections, fixDrift) {
    const results = [];
    for (const [index, setting] of settings.entries()) {
        const inspection = inspections[index];
        if (!inspection)
            throw new Error(`no inspection for ${setting.resource} ${setting.name}`);
        const base = {
            resource: setting.resource,
            setting: setting.name,
            expected: setting.expected,
            found: inspection.found,
        };
        if (inspection.ok) {
            results.push({ ...base, status: 'ok' });
        }
        else if (fixDrift) {
            await inspection.fix();
            results.push({ ...base, status: 'fixed' });
        }
        else {
            results.push({ ...base, status: 'drift' });
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./actions/state-bootstrap/src/bootstrap.ts
// Plan, then act: every resource and setting is read before anything changes, so a table that
// cannot hold locks or a bucket owned by someone else stops the run with nothing modified.








/**
 * The clients, configured by the SDK's own environment (credentials chain, AWS_ENDPOINT_URL…).
 * S3 goes path-style whenever its endpoint is overridden: an emulator on 127.0.0.1 has no
 * virtual-host names.
 */
function createStateClients(region, options = {}, env = process.env) {
    const endpoint = options.endpoint ? { endpoint: options.endpoint } : {};
    const forcePathStyle = Boolean(options.endpoint || env['AWS_ENDPOINT_URL'] || env['AWS_ENDPOINT_URL_S3']);
    return {
        s3: (0,clients.createClient)(dist_cjs/* S3Client */.YxF, { region, extra: { ...endpoint, forcePathStyle } }),
        dynamodb: (0,clients.createClient)(client_dynamodb_dist_cjs/* DynamoDBClient */.MGV, { region, extra: endpoint }),
        sts: (0,clients.createClient)(client_sts_dist_cjs.STSClient, { region, extra: endpoint }),
    };
}
async function callerAccount(sts) {
    const identity = await sts.send(new client_sts_dist_cjs.GetCallerIdentityCommand({}));
    if (!identity.Account)
        throw new Error('STS GetCallerIdentity returned no account id');
    return identity.Account;
}
async function bootstrapState(options, deps) {
    const { s3, dynamodb, sts } = deps.clients;
    const log = deps.log ?? (() => { });
    const wait = deps.wait ?? {};
    const owner = options.expectedBucketOwner ?? (await callerAccount(sts));
    const bucketPlan = {
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
    if (tablePlan && foundTable)
        assertUsableTable(foundTable, tablePlan.table);
    // A table still CREATING or UPDATING (an interrupted run, someone else's change) is read once settled.
    const existingTable = tablePlan && foundTable && foundTable.TableStatus !== 'ACTIVE'
        ? await waitActive(dynamodb, tablePlan.table, wait)
        : foundTable;
    const settingsOfBucket = bucketSettings(s3, bucketPlan);
    const bucket = bucketState === 'exists'
        ? { state: 'exists', settings: settingsOfBucket, inspections: await inspectAll(settingsOfBucket) }
        : { state: 'missing', settings: settingsOfBucket };
    const settingsOfTable = tablePlan && existingTable ? tableSettings(dynamodb, tablePlan, existingTable, wait) : [];
    const tableInspections = await inspectAll(settingsOfTable);
    // Act.
    const created = [];
    const results = [];
    const arn = bucketArn(options.bucket, options.region);
    if (bucket.state === 'missing' && (await createBucket(s3, bucketPlan)) === 'created') {
        log(`Created bucket ${options.bucket} in ${options.region}.`);
        created.push({ resource: 'bucket', name: options.bucket, arn });
        results.push(...(await applyAll(bucket.settings)));
    }
    else {
        // A concurrent run may have created the bucket between our HeadBucket and CreateBucket.
        const inspections = bucket.state === 'exists' ? bucket.inspections : await inspectAll(bucket.settings);
        results.push(...(await reconcile(bucket.settings, inspections, options.fixDrift)));
    }
    let lockTableArn;
    if (tablePlan) {
        if (existingTable) {
            lockTableArn = existingTable.TableArn;
            results.push(...(await reconcile(settingsOfTable, tableInspections, options.fixDrift)));
        }
        else {
            await createTable(dynamodb, tablePlan);
            log(`Created lock table ${tablePlan.table}; waiting for it to be ACTIVE.`);
            const active = await waitActive(dynamodb, tablePlan.table, wait);
            lockTableArn = active.TableArn;
            created.push({ resource: 'lock-table', name: tablePlan.table, arn: lockTableArn ?? '' });
            results.push(...(await applyAll(tableSettings(dynamodb, tablePlan, active, wait))));
        }
    }
    const backendConfig = renderBackendConfig({
        bucket: options.bucket,
        key: options.stateKey,
        region: options.region,
        locking: options.locking,
        lockTable: options.lockTable,
        kmsKey: options.kmsKey,
    });
    const backendConfigFile = options.backendConfigFile
        ? await writeBackendConfig(options.backendConfigFile, backendConfig, deps.cwd)
        : undefined;
    return {
        owner,
        bucketArn: arn,
        lockTableArn,
        created,
        settings: results,
        drift: results
            .filter((result) => result.status === 'drift' || result.status === 'fixed')
            .map((result) => ({
            resource: result.resource,
            setting: result.setting,
            expected: result.expected,
            found: result.found,
            fixed: result.status === 'fixed',
        })),
        backendConfig,
        backendConfigFile,
    };
}


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ pollHooks),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7053);
// pollUntil: first check at once, then exponential backoff with jitter capped low, always under
// a deadline; a terminal failure ends the wait at once; one progress line per state change.

const systemClock = { now: () => Date.now() };
/** setTimeout as a promise that an AbortSignal cuts short; leaves no timer behind. */
const realSleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
});
/** Equal jitter: the delay lands in [half, full] of the exponential step. */
function backoffDelay(attempt, options) {
    const step = Math.min(options.maxDelayMs, options.initialDelayMs * options.factor ** attempt);
    return step / 2 + (step / 2) * options.random();
}
function errorName(error) {
    const name = typeof error === 'object' && error !== null ? error.name : undefined;
    return typeof name === 'string' && name !== '' ? name : 'a transient error';
}
function reasonOf(signal) {
    const reason = signal.reason;
    if (reason instanceof Error)
        return reason.message;
    return typeof reason === 'string' ? reason : 'cancelled';
}
async function pollUntil(options) {
    const clock = options.clock ?? systemClock;
    const sleep = options.sleep ?? realSleep;
    const retryOn = options.retryOn ?? _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3;
    const delays = {
        initialDelayMs: options.initialDelayMs ?? 1000,
        maxDelayMs: options.maxDelayMs ?? 15_000,
        factor: options.factor ?? 2,
        random: options.random ?? Math.random,
    };
    const start = clock.now();
    const deadline = start + options.timeoutMs;
    let state = 'not checked yet';
    /** The last state a check reported, without the note of a retried error. */
    let checkedState = state;
    let attempts = 0;
    const elapsed = () => clock.now() - start;
    const moveTo = (next) => {
        if (next === state)
            return;
        state = next;
        options.onProgress?.(`[${(elapsed() / 1000).toFixed(0)}s] ${next}`, next);
    };
    const cancelled = (signal) => ({
        outcome: 'cancelled',
        state,
        attempts,
        elapsedMs: elapsed(),
        reason: reasonOf(signal),
    });
    for (;;) {
        if (options.signal?.aborted)
            return cancelled(options.signal);
        attempts += 1;
        let result;
        try {
            result = await options.check(attempts);
        }
        catch (error) {
            // A check cut short by the cancel (an SDK call given the signal throws AbortError).
            if (options.signal?.aborted)
                return cancelled(options.signal);
            if (!retryOn(error))
                throw error;
            moveTo(`${checkedState} (retrying after ${errorName(error)})`);
        }
        if (result) {
            if (result.state !== undefined) {
                checkedState = result.state;
                moveTo(result.state);
            }
            if (result.status === 'done')
                return { outcome: 'done', value: result.value, state, attempts, elapsedMs: elapsed() };
            if (result.status === 'failed') {
                const failed = {
                    outcome: 'failed',
                    reason: result.reason,
                    state,
                    attempts,
                    elapsedMs: elapsed(),
                };
                return result.value === undefined ? failed : { ...failed, value: result.value };
            }
        }
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            return { outcome: 'timeout', state, attempts, elapsedMs: elapsed() };
        await sleep(Math.min(remaining, backoffDelay(attempts - 1, delays)), options.signal);
    }
}
/** The signal and the injected clock, sleep and randomness of a caller's settings, as pollUntil takes them. */
function pollHooks(options) {
    return {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
    };
}


/***/ })

};
