export const id = 127;
export const ids = [127];
export const modules = {

/***/ 2127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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





async function manualEksRecord(region, target, connect = () => (0,_kube_connect_js__WEBPACK_IMPORTED_MODULE_1__/* .connectToCluster */ .S)({ cluster: target.cluster, region })) {
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
