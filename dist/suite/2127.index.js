export const id = 2127;
export const ids = [2127,8658];
export const modules = {

/***/ 9703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ selectorToString),
/* harmony export */   DT: () => (/* binding */ revisionOf),
/* harmony export */   j$: () => (/* binding */ TEMPLATE_HASH_LABEL),
/* harmony export */   vG: () => (/* binding */ CHANGE_CAUSE_ANNOTATION),
/* harmony export */   wB: () => (/* binding */ REVISION_ANNOTATION)
/* harmony export */ });
// The few Kubernetes API shapes this suite reads and writes, written out by hand (the official
// models cost megabytes in a bundle). Field names and meanings are those of apps/v1 and core/v1.
const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';
const TEMPLATE_HASH_LABEL = 'pod-template-hash';
/** `matchLabels` (and simple `matchExpressions`) as a `labelSelector` query value. */
function selectorToString(selector) {
    const parts = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
    for (const expression of selector.matchExpressions ?? []) {
        const values = (expression.values ?? []).join(',');
        if (expression.operator === 'In')
            parts.push(`${expression.key} in (${values})`);
        else if (expression.operator === 'NotIn')
            parts.push(`${expression.key} notin (${values})`);
        else if (expression.operator === 'Exists')
            parts.push(expression.key);
        else
            parts.push(`!${expression.key}`);
    }
    return parts.join(',');
}
function revisionOf(object) {
    const text = object.metadata.annotations?.[REVISION_ANNOTATION];
    const value = text === undefined ? Number.NaN : Number(text);
    return Number.isInteger(value) ? value : undefined;
}


/***/ }),

/***/ 8658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lq: () => (/* binding */ templateOfRevision),
/* harmony export */   N_: () => (/* binding */ sameTemplate),
/* harmony export */   _Z: () => (/* binding */ containerImages),
/* harmony export */   restoreTemplate: () => (/* binding */ restoreTemplate)
/* harmony export */ });
/* unused harmony export deploymentTemplate */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9703);
// Undo as `kubectl rollout undo --to-revision` does it: the Deployment's pod template is replaced
// (JSON patch) by the template of a recorded revision, without its pod-template-hash label.


/** The template as a Deployment holds it: the ReplicaSet's pod-template-hash label removed. */
function deploymentTemplate(template) {
    const copy = structuredClone(template);
    if (copy.metadata?.labels) {
        delete copy.metadata.labels[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE_HASH_LABEL */ .j$];
    }
    return copy;
}
/** Compares templates as the Deployment controller does (key order and the hash label ignored). */
function sameTemplate(a, b) {
    return stableJson(deploymentTemplate(a)) === stableJson(deploymentTemplate(b));
}
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (typeof value === 'object' && value !== null)
        return `{${Object.entries(value)
            .filter(([, item]) => item !== undefined && item !== null)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
function containerImages(template) {
    return Object.fromEntries(template.spec.containers.map((container) => [container.name, container.image ?? '']));
}
/** The template of one revision, from the ReplicaSet the Deployment owns for it. */
async function templateOfRevision(client, deployment, revision) {
    const namespace = deployment.metadata.namespace ?? 'default';
    const sets = await client.listReplicaSets(namespace, (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorToString */ .CI)(deployment.spec.selector));
    const owned = sets.filter((rs) => rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === deployment.metadata.uid));
    const match = owned.find((rs) => rs.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .REVISION_ANNOTATION */ .wB] === String(revision));
    if (!match) {
        const known = owned
            .map((rs) => rs.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .REVISION_ANNOTATION */ .wB])
            .filter(Boolean)
            .sort((a, b) => Number(a) - Number(b));
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Deployment ${namespace}/${deployment.metadata.name} has no ReplicaSet for revision ${revision} (revisions kept: ${known.join(', ') || 'none'}); it may have been pruned by revisionHistoryLimit.`);
    }
    return deploymentTemplate(match.spec.template);
}
/** Replaces the Deployment's template by `template` exactly; notes why in change-cause. */
async function restoreTemplate(client, deployment, template, changeCause) {
    const namespace = deployment.metadata.namespace ?? 'default';
    const annotationsPath = '/metadata/annotations';
    const operations = [
        { op: 'test', path: '/metadata/uid', value: deployment.metadata.uid },
        { op: 'replace', path: '/spec/template', value: deploymentTemplate(template) },
        deployment.metadata.annotations
            ? {
                op: 'add',
                path: `${annotationsPath}/${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_CAUSE_ANNOTATION */ .vG.replace(/~/g, '~0').replace(/\//g, '~1')}`,
                value: changeCause,
            }
            : { op: 'add', path: annotationsPath, value: { [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_CAUSE_ANNOTATION */ .vG]: changeCause } },
    ];
    return client.patchDeployment(namespace, deployment.metadata.name, operations, 'json');
}


/***/ }),

/***/ 2127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   manualEksRecord: () => (/* binding */ manualEksRecord)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _record_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1349);
/* harmony import */ var _kube_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8000);
/* harmony import */ var _kube_undo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8658);
/* harmony import */ var _kube_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9703);
// A rollback without a record (auto-rollback with target: eks): the live Deployment is `current`,
// and `previous` is the revision asked for (`to`) or the newest revision kept below the live one.





async function manualEksRecord(region, target, connect = () => (0,_kube_connect_js__WEBPACK_IMPORTED_MODULE_1__.connectToCluster)({ cluster: target.cluster, region })) {
    const connection = await connect();
    try {
        const { client } = connection;
        const live = await client
            .getDeployment(target.namespace, target.deployment)
            .catch(async (error) => {
            throw await connection.explain(error, target.namespace);
        });
        const liveRevision = (0,_kube_types_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionOf */ .DT)(live) ?? 0;
        let revision = target.to;
        if (revision === undefined) {
            const sets = await client.listReplicaSets(target.namespace, (0,_kube_types_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorToString */ .CI)(live.spec.selector));
            const kept = sets
                .filter((rs) => rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === live.metadata.uid))
                .map((rs) => Number(rs.metadata.annotations?.[_kube_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REVISION_ANNOTATION */ .wB]))
                .filter((value) => Number.isInteger(value) && value < liveRevision);
            if (kept.length === 0)
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Deployment ${target.namespace}/${target.deployment} keeps no revision before ${liveRevision}: there is nothing to roll back to.`);
            revision = Math.max(...kept);
        }
        const template = await (0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_2__/* .templateOfRevision */ .Lq)(client, live, revision);
        return {
            schema: _record_record_js__WEBPACK_IMPORTED_MODULE_4__/* .RECORD_SCHEMA */ .ep,
            target: 'eks',
            region,
            resource: { cluster: target.cluster, namespace: target.namespace, deployment: target.deployment },
            previous: {
                revision,
                images: (0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_2__/* .containerImages */ ._Z)(template),
                template: template,
            },
            current: { revision: liveRevision, images: (0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_2__/* .containerImages */ ._Z)(live.spec.template) },
            status: 'succeeded',
            startedAt: new Date().toISOString(),
        };
    }
    finally {
        connection.close();
    }
}


/***/ })

};
