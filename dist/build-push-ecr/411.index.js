export const id = 411;
export const ids = [411];
export const modules = {

/***/ 5411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  authorization: () => (/* binding */ authorization),
  ensure: () => (/* binding */ ensure),
  lookUp: () => (/* binding */ lookUp),
  refuseExistingTags: () => (/* binding */ refuseExistingTags),
  scan: () => (/* reexport */ scan/* waitForScan */.SP),
  verifyDigest: () => (/* binding */ verifyDigest)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/aws/errors.ts
var aws_errors = __webpack_require__(7053);
// EXTERNAL MODULE: ./shared/wait/poll.ts
var poll = __webpack_require__(5);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/repository.ts
// Ensure the ECR repository: create it when missing with the requested settings; never change an
// existing one, but report where its settings differ from the inputs.



function lifecyclePolicy(keep) {
    return JSON.stringify({
        rules: [
            {
                rulePriority: 1,
                description: 'Expire untagged images after one day',
                selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 1 },
                action: { type: 'expire' },
            },
            {
                rulePriority: 2,
                description: `Keep the newest ${keep} tagged images`,
                selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keep },
                action: { type: 'expire' },
            },
        ],
    });
}
function differencesFrom(repository, wanted) {
    const found = [];
    const mutability = repository.imageTagMutability ?? 'MUTABLE';
    if (!mutability.startsWith(wanted.mutability))
        found.push(`image-tag-mutability is ${mutability}, the input asks for ${wanted.mutability}`);
    const scan = repository.imageScanningConfiguration?.scanOnPush ?? false;
    if (scan !== wanted.scanOnPush)
        found.push(`scan-on-push is ${scan}, the input asks for ${wanted.scanOnPush}`);
    const encryption = repository.encryptionConfiguration?.encryptionType ?? 'AES256';
    if (!encryption.startsWith(wanted.encryption))
        found.push(`encryption is ${encryption}, the input asks for ${wanted.encryption}`);
    return found;
}
async function describe(ecr, name) {
    try {
        const result = await ecr.send(new dist_cjs/* DescribeRepositoriesCommand */.pE_({ repositoryNames: [name] }));
        return result.repositories?.[0];
    }
    catch (error) {
        if ((0,aws_errors/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}
function ensured(repository, created, differences) {
    if (!repository.repositoryUri || !repository.registryId)
        throw new errors/* ActionError */.lZ(`ECR returned repository ${repository.repositoryName ?? ''} without its URI.`);
    return {
        uri: repository.repositoryUri,
        registryId: repository.registryId,
        created,
        mutability: repository.imageTagMutability ?? 'MUTABLE',
        scanOnPush: repository.imageScanningConfiguration?.scanOnPush ?? false,
        differences,
    };
}
async function ensureRepository(ecr, wanted) {
    const existing = await describe(ecr, wanted.name);
    if (existing)
        return ensured(existing, false, differencesFrom(existing, wanted));
    if (!wanted.create)
        throw new errors/* ActionError */.lZ(`ECR repository ${wanted.name} does not exist and create-repository is false: create it, or set create-repository: true.`);
    let created;
    try {
        const result = await ecr.send(new dist_cjs/* CreateRepositoryCommand */.WTe({
            repositoryName: wanted.name,
            imageTagMutability: wanted.mutability,
            imageScanningConfiguration: { scanOnPush: wanted.scanOnPush },
            encryptionConfiguration: {
                encryptionType: wanted.encryption,
                ...(wanted.encryption === 'KMS' && wanted.kmsKey ? { kmsKey: wanted.kmsKey } : {}),
            },
            ...(Object.keys(wanted.tags).length
                ? { tags: Object.entries(wanted.tags).map(([Key, Value]) => ({ Key, Value })) }
                : {}),
        }));
        created = result.repository;
    }
    catch (error) {
        // Another job of the same matrix created it between our look and our create.
        if (error.name !== 'RepositoryAlreadyExistsException')
            throw error;
        const raced = await describe(ecr, wanted.name);
        if (!raced)
            throw error;
        return ensured(raced, false, differencesFrom(raced, wanted));
    }
    if (!created)
        throw new errors/* ActionError */.lZ(`ECR did not return the repository ${wanted.name} it created.`);
    if (wanted.keepImages !== undefined)
        await ecr.send(new dist_cjs/* PutLifecyclePolicyCommand */.Rcn({ repositoryName: wanted.name, lifecyclePolicyText: lifecyclePolicy(wanted.keepImages) }));
    return ensured(created, true, []);
}

// EXTERNAL MODULE: ./actions/build-push-ecr/src/scan.ts
var scan = __webpack_require__(4109);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/ecr.ts
// The ECR API calls of the action (loaded after the inputs are valid, with the SDK).







function ensure(ecr, values) {
    return ensureRepository(ecr, {
        name: values.repository,
        create: values['create-repository'],
        mutability: values['image-tag-mutability'],
        scanOnPush: values['scan-on-push'],
        encryption: values.encryption,
        kmsKey: values['kms-key'] || undefined,
        keepImages: values['keep-images'],
        tags: {},
    });
}
/** Without push nothing is created: the repository is only looked up. */
async function lookUp(ecr, name) {
    try {
        const found = (await ecr.send(new dist_cjs/* DescribeRepositoriesCommand */.pE_({ repositoryNames: [name] }))).repositories?.[0];
        if (!found?.repositoryUri || !found.registryId)
            return undefined;
        return {
            uri: found.repositoryUri,
            registryId: found.registryId,
            created: false,
            mutability: found.imageTagMutability ?? 'MUTABLE',
            scanOnPush: found.imageScanningConfiguration?.scanOnPush ?? false,
            differences: [],
        };
    }
    catch (error) {
        if ((0,aws_errors/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}
/** An IMMUTABLE repository refuses a second push of a tag: find out before building. */
async function refuseExistingTags(ecr, repository, tags) {
    for (const tag of tags) {
        try {
            const found = await ecr.send(new dist_cjs/* DescribeImagesCommand */.ji5({ repositoryName: repository, imageIds: [{ imageTag: tag }] }));
            const digest = found.imageDetails?.[0]?.imageDigest;
            if (found.imageDetails?.length)
                throw new errors/* ActionError */.lZ(`Tag ${tag} already exists in the IMMUTABLE repository ${repository}${digest ? ` (image ${digest})` : ''}: ECR would refuse the push. Nothing was built or pushed; use a tag that is new for each build, such as {sha} or {run-number}.`);
        }
        catch (error) {
            if (error instanceof errors/* ActionError */.lZ)
                throw error;
            if (!(0,aws_errors/* isNotFound */.c4)(error))
                throw error;
        }
    }
}
async function authorization(ecr, registryId) {
    const result = await ecr.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6(registryId ? { registryIds: [registryId] } : {}));
    const data = result.authorizationData?.[0];
    const token = data?.authorizationToken;
    if (!token)
        throw new errors/* ActionError */.lZ('ECR returned no authorization token (GetAuthorizationToken).');
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new errors/* ActionError */.lZ('The ECR authorization token is not in the user:password form.');
    return {
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
        token,
        host: (data.proxyEndpoint ?? '').replace(/^https?:\/\//, '').replace(/\/+$/, ''),
    };
}
/**
 * The pushed digest must be what ECR stored for every tag. ECR may take a moment to list a fresh
 * push, so a missing image is waited for (briefly); a different digest fails at once.
 */
async function verifyDigest(ecr, repository, tags, digest, signal, timing = {}) {
    const outcome = await (0,poll/* pollUntil */.g3)({
        timeoutMs: timing.timeoutMs ?? 30_000,
        initialDelayMs: 500,
        maxDelayMs: 3000,
        ...(signal ? { signal } : {}),
        ...(timing.clock ? { clock: timing.clock } : {}),
        ...(timing.sleep ? { sleep: timing.sleep } : {}),
        check: async () => {
            let details;
            try {
                details = (await ecr.send(new dist_cjs/* DescribeImagesCommand */.ji5({ repositoryName: repository, imageIds: tags.map((imageTag) => ({ imageTag })) }))).imageDetails ?? [];
            }
            catch (error) {
                if ((0,aws_errors/* isNotFound */.c4)(error) || (0,aws_errors/* errorCode */.CA)(error) === 'ImageNotFoundException')
                    return { status: 'pending', state: 'ECR does not list the image yet' };
                throw error;
            }
            for (const tag of tags) {
                const detail = details.find((d) => d.imageTags?.includes(tag));
                if (!detail)
                    return { status: 'pending', state: `ECR does not list tag ${tag} yet` };
                if (detail.imageDigest !== digest)
                    return { status: 'failed', reason: `ECR reports ${detail.imageDigest ?? 'no digest'} for tag ${tag}, but the push returned ${digest}` };
            }
            return { status: 'done', value: { sizeBytes: details[0]?.imageSizeInBytes } };
        },
    });
    if (outcome.outcome === 'done')
        return outcome.value;
    if (outcome.outcome === 'failed')
        throw new errors/* ActionError */.lZ(`The pushed image does not match ECR: ${outcome.reason}.`);
    if (outcome.outcome === 'cancelled')
        throw new errors/* ActionError */.lZ(`Cancelled while checking the pushed image with ECR (${outcome.reason}).`);
    throw new errors/* ActionError */.lZ(`ECR did not list the pushed image ${digest} for tags ${tags.join(', ')} within 30 s (${outcome.state}).`);
}


/***/ })

};
