export const id = 3123;
export const ids = [3123];
export const modules = {

/***/ 3123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restoreAll: () => (/* binding */ restoreAll)
/* harmony export */ });
/* harmony import */ var _shared_record_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6497);

/** How to restore one record: the registry, or for a kubeconfig the EKS adapter connected through it. */
async function restorer(deploy) {
    if (deploy.target === 'eks' && deploy.kubeconfig) {
        const kubeconfig = deploy.kubeconfig;
        const [{ createEksRollbackAdapter }, { connectToCluster }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(8000), __webpack_require__.e(5123)]).then(__webpack_require__.bind(__webpack_require__, 1306)),
            Promise.all(/* import() */[__webpack_require__.e(8000), __webpack_require__.e(6672)]).then(__webpack_require__.bind(__webpack_require__, 8000)),
        ]);
        const adapter = createEksRollbackAdapter({
            connect: (record) => connectToCluster({
                cluster: record.resource.cluster,
                region: record.region,
                kubeconfig,
                ...(deploy.apiServer ? { apiServer: deploy.apiServer } : {}),
                ...(deploy.caData ? { caData: deploy.caData } : {}),
            }),
        });
        return (record, options) => adapter.restore(record, options);
    }
    const { restoreRecord } = await __webpack_require__.e(/* import() */ 6756).then(__webpack_require__.bind(__webpack_require__, 6756));
    const eks = deploy.target === 'eks'
        ? {
            eks: {
                ...(deploy.apiServer ? { apiServer: deploy.apiServer } : {}),
                ...(deploy.caData ? { caData: deploy.caData } : {}),
            },
        }
        : {};
    return (record, options) => restoreRecord(record, options, eks);
}
async function restoreAll(records, options, deploy) {
    const restore = await restorer(deploy);
    const prefix = (record) => records.length > 1 ? `${(0,_shared_record_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeResource */ .w)(record)}: ` : '';
    return Promise.all(records.map(async (record) => {
        const name = prefix(record);
        try {
            const restored = await restore(record, options);
            const span = { from: restored.from, to: restored.to, changed: restored.changed };
            if (restored.refused)
                return {
                    record,
                    ...span,
                    problem: {
                        detail: `${name}refused: ${restored.refused}`,
                        reason: `the rollback was refused: ${name}${restored.refused}`,
                    },
                };
            const settled = restored.follow;
            if (settled && settled.status !== 'succeeded')
                return {
                    record,
                    ...span,
                    problem: {
                        detail: `${name}the restore did not settle (${settled.status}): ${settled.reason ?? settled.state}`,
                        reason: `the rollback did not settle: ${name}${settled.reason ?? settled.state}`,
                    },
                };
            return { record, ...span };
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return {
                record,
                changed: false,
                problem: { detail: `${name}${message}`, reason: `the rollback failed: ${name}${message}` },
            };
        }
    }));
}


/***/ })

};
