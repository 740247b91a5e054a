export const id = 947;
export const ids = [947];
export const modules = {

/***/ 2947:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInit: () => (/* binding */ runInit)
/* harmony export */ });
/* unused harmony exports pythonFiles, findFlows */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _flows_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5661);
/* harmony import */ var _flows_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9134);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8992);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8091);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_flows_read_js__WEBPACK_IMPORTED_MODULE_2__, _flows_parse_js__WEBPACK_IMPORTED_MODULE_3__]);
([_flows_read_js__WEBPACK_IMPORTED_MODULE_2__, _flows_parse_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/** `init`: finds the repository's flows, then writes the planned files that do not exist yet (all of them with --force). */






/** The walk stops after this many folders and files: a repository of flows is far smaller. */
const MAX_ENTRIES = 20000;
const SKIPPED = new Set(['node_modules', 'venv', 'env', '__pycache__', 'site-packages', 'build', 'dist']);
/** The .py files under root, sorted, outside hidden folders, virtual environments and node_modules. */
function pythonFiles(root) {
    const found = [];
    let seen = 0;
    const walk = (dir) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (++seen > MAX_ENTRIES)
                return;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name);
            if (e.isDirectory()) {
                // A venv is known by its pyvenv.cfg whatever its name.
                if (e.name.startsWith('.') || SKIPPED.has(e.name) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(full, 'pyvenv.cfg')))
                    continue;
                walk(full);
            }
            else if (e.isFile() && e.name.endsWith('.py'))
                found.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, full).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'));
        }
    };
    walk(root);
    return found;
}
/** Every top-level function the flow reader reads as a flow, as an entrypoint. */
function findFlows(root) {
    const reader = new _flows_read_js__WEBPACK_IMPORTED_MODULE_2__/* .FlowReader */ .q(root);
    const flows = [];
    for (const file of pythonFiles(root)) {
        let source;
        try {
            const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file));
            if (bytes.length > _flows_read_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SOURCE_BYTES */ .T)
                continue;
            source = bytes.toString('utf8');
        }
        catch {
            continue;
        }
        // Cheap first: a module that never says `flow` has none.
        if (!source.includes('flow'))
            continue;
        let names;
        try {
            names = (0,_flows_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseModule */ .F)(source).body.flatMap((s) => (s.kind === 'def' ? [s.name] : []));
        }
        catch {
            continue;
        }
        for (const name of names) {
            const r = reader.read(`${file}:${name}`);
            if (r.ok)
                flows.push({ entrypoint: `${file}:${name}`, flow: r.flow.name });
        }
    }
    return flows;
}
function runInit(root, options, force) {
    const flows = findFlows(root);
    const planned = (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planInit */ .oV)({ ...options, flows });
    const written = [];
    const kept = [];
    for (const f of planned) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, f.path);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) && !force) {
            kept.push(f.path);
            continue;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, f.content);
        written.push(f.path);
    }
    const lines = [
        flows.length
            ? `Found ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(flows.length, 'flow')}:`
            : "Found no @flow in the repository's .py files: the deployments files list none.",
        ...flows.map((f) => `  ${f.flow}  (${f.entrypoint})`),
        ...written.map((p) => `wrote ${p}`),
        ...kept.map((p) => `kept ${p} (it exists; --force overwrites it)`),
        '',
        (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .checklist */ .D4)({ ...options, flows }),
    ];
    return { written, kept, flows, text: `${lines.join('\n')}` };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
