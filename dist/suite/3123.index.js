export const id = 3123;
export const ids = [3123];
export const modules = {

/***/ 3123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restoreAll: () => (/* binding */ restoreAll)
/* harmony export */ });
/* harmony import */ var _shared_record_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6497);

/** How to restore one record: the registry, reaching an EKS cluster as the deploy did. */
async function restorer(deploy) {
    const { restoreRecord } = await __webpack_require__.e(/* import() */ 6756).then(__webpack_require__.bind(__webpack_require__, 6756));
    const connections = deploy.target === 'eks'
        ? {
            eks: {
                ...(deploy.apiServer ? { apiServer: deploy.apiServer } : {}),
                ...(deploy.caData ? { caData: deploy.caData } : {}),
                ...(deploy.kubeconfig ? { kubeconfig: deploy.kubeconfig } : {}),
            },
        }
        : deploy.target === 'ec2'
            ? {
                ec2: {
                    ...(deploy.plan.healthCommand ? { healthCommand: deploy.plan.healthCommand } : {}),
                    healthTimeoutMs: deploy.plan.healthTimeoutMs,
                },
            }
            : {};
    return (record, options) => restoreRecord(record, options, connections);
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
