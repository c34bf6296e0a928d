export const id = 8658;
export const ids = [8658];
export const modules = {

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


/***/ })

};
