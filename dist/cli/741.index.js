export const id = 741;
export const ids = [741];
export const modules = {

/***/ 9741:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectFlows: () => (/* binding */ inspectFlows),
/* harmony export */   renderInspect: () => (/* binding */ renderInspect)
/* harmony export */ });
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5661);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_read_js__WEBPACK_IMPORTED_MODULE_0__]);
_read_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

function inspectFlows(root, entrypoints) {
    const reader = new _read_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowReader */ .q(root);
    return entrypoints.map((entrypoint) => {
        const r = reader.read(entrypoint);
        if (!r.ok)
            return { entrypoint, error: r.message };
        return {
            entrypoint,
            flow: r.flow.name,
            description: r.flow.description,
            parameter_openapi_schema: r.flow.parameterSchema,
            warnings: r.flow.notes.map((n) => n.message),
        };
    });
}
/** The human form: each flow, its parameters one per line, then its warnings. */
function renderInspect(results) {
    const out = [];
    for (const r of results) {
        if ('error' in r) {
            out.push(`${r.entrypoint}: error: ${r.error}`, '');
            continue;
        }
        out.push(`${r.entrypoint}: flow '${r.flow}'`);
        if (r.description)
            out.push(`  description: ${r.description.split('\n').join('\n               ')}`);
        const schema = r.parameter_openapi_schema;
        const names = Object.keys(schema.properties);
        out.push(names.length ? '  parameters:' : '  parameters: none');
        for (const name of names) {
            const p = schema.properties[name];
            const parts = [`    ${name}: ${typeOf(p)}`];
            if ('default' in p)
                parts.push(`= ${JSON.stringify(p.default)}`);
            else if (schema.required?.includes(name))
                parts.push('(required)');
            if (typeof p.description === 'string')
                parts.push(`- ${p.description.split('\n')[0]}`);
            out.push(parts.join(' '));
        }
        for (const w of r.warnings)
            out.push(`  warning: ${w}`);
        out.push('');
    }
    return out.join('\n');
}
function typeOf(p) {
    if (typeof p.$ref === 'string')
        return p.$ref.replace('#/definitions/', '');
    if (Array.isArray(p.anyOf))
        return p.anyOf.map((s) => typeOf(s)).join(' | ');
    if (Array.isArray(p.enum))
        return p.enum.map((v) => JSON.stringify(v)).join(' | ');
    if ('const' in p)
        return JSON.stringify(p.const);
    if (p.type === 'array' && p.items && typeof p.items === 'object')
        return `list[${typeOf(p.items)}]`;
    if (typeof p.type === 'string')
        return typeof p.format === 'string' ? `${p.type} (${p.format})` : p.type;
    return 'any';
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
