/**
 * Compares this tool's flow reading with the pinned Prefect's on a corpus of real
 * repositories (fetched outside the project; nothing here is committed data).
 *
 *   node --import tsx scripts/flow-corpus.ts CORPUS_DIR [OUT.json]
 *
 * Prefect's answers are kept in OUT.json.truth.json; REUSE_TRUTH=1 reads them from
 * there instead of importing every flow again (after a change to this tool only).
 *
 * Prefect's side: scripts/flow_corpus_truth.py in .venv, one process for every flow.
 * Ours: `prefect-ecr-deploy inspect --json` for the flows Prefect could load, one
 * process per repository. Prints how many flows were compared, how many match
 * exactly (name, description, schema), and the differences by kind, each either
 * warned (a warning names the parameter, or the flow) or silent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Truth = Record<
  string,
  Record<string, { name: string; description: string | null; schema: Schema } | { error: string }>
>;
type Schema = {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
  definitions?: Record<string, unknown>;
};
type Ours = {
  entrypoint: string;
  flow?: string;
  description?: string | null;
  parameter_openapi_schema?: Schema;
  warnings?: string[];
  error?: string;
};

const root = path.resolve(import.meta.dirname, '..');
const [corpus, outFile] = process.argv.slice(2);
if (!corpus) throw new Error('usage: flow-corpus.ts CORPUS_DIR [OUT.json]');

const truthFile = outFile ? `${outFile}.truth.json` : undefined;
const truth: Truth =
  process.env.REUSE_TRUTH && truthFile && existsSync(truthFile)
    ? JSON.parse(readFileSync(truthFile, 'utf8'))
    : JSON.parse(
        execFileSync(path.join(root, '.venv/bin/python'), [path.join(root, 'scripts/flow_corpus_truth.py'), corpus], {
          // A module that runs a flow when imported fails fast on a closed loopback port instead of starting a server.
          env: {
            PATH: process.env.PATH,
            HOME: tmpdir(),
            PREFECT_HOME: mkdtempSync(path.join(tmpdir(), 'ped-corpus-')),
            PREFECT_API_URL: 'http://127.0.0.1:9/api',
            DO_NOT_TRACK: '1',
          },
          maxBuffer: 1 << 30,
          stdio: ['ignore', 'pipe', 'inherit'],
        }).toString(),
      );
if (truthFile) writeFileSync(truthFile, JSON.stringify(truth));

const kinds = new Map<string, { warned: number; silent: number; examples: string[] }>();
const count = (kind: string, warned: boolean, example: string) => {
  const k = kinds.get(kind) ?? { warned: 0, silent: 0, examples: [] };
  k[warned ? 'warned' : 'silent']++;
  if (!warned && k.examples.length < 5) k.examples.push(example);
  kinds.set(kind, k);
};

let candidates = 0;
let compared = 0;
let exact = 0;
let warnedOnly = 0;
let repos = 0;
let refused = 0;
const exactButWarned: string[] = [];
const details: unknown[] = [];
for (const [repo, flows] of Object.entries(truth)) {
  const loadable = Object.entries(flows).filter(([, t]) => !('error' in t));
  candidates += Object.keys(flows).length;
  if (!loadable.length) continue;
  repos++;
  // Exit code 2 when some entrypoint cannot be read; the JSON still lists every one.
  const cli = spawnSync(
    process.execPath,
    [
      path.join(root, 'dist/cli/index.js'),
      'inspect',
      '--json',
      '--root',
      path.join(corpus, repo),
      ...loadable.map(([ep]) => ep),
    ],
    {
      maxBuffer: 1 << 28,
      encoding: 'utf8',
    },
  ).stdout;
  const ours = new Map((JSON.parse(cli) as Ours[]).map((o) => [o.entrypoint, o]));
  for (const [ep, t] of loadable) {
    if ('error' in t) continue;
    compared++;
    const o = ours.get(ep)!;
    const where = `${repo}/${ep}`;
    if (o.error) {
      // A refusal says why (a name computed at import time); anything else is a reading failure.
      const refusal = /computed at import time and cannot be read/.test(o.error);
      if (refusal) refused++;
      count(
        `${refusal ? 'refused' : 'not read'}: ${o.error
          .replace(/'[^']*'/g, "'…'")
          .replace(/[\w./-]+\.py(:\d+)*/g, 'FILE')
          .slice(0, 90)}`,
        refusal,
        `${where}: ${o.error}`,
      );
      details.push({ where, error: o.error });
      continue;
    }
    const diffs = differences(t, o);
    if (!diffs.length) {
      exact++;
      if (o.warnings?.length) exactButWarned.push(`${where}: ${o.warnings.join(' | ')}`);
      continue;
    }
    const warnings = o.warnings ?? [];
    let allWarned = true;
    for (const d of diffs) {
      const warned = warnings.some((w) => (d.param ? w.includes(`'${d.param}'`) : true));
      allWarned &&= warned;
      count(d.kind, warned, `${where}: ${d.text}`);
    }
    if (allWarned) warnedOnly++;
    details.push({ where, diffs, warnings });
  }
}

const pct = (n: number) => `${((100 * n) / Math.max(compared, 1)).toFixed(1)}%`;
console.log(
  `repositories with loadable flows: ${repos}; candidate flows: ${candidates}; Prefect loaded (compared): ${compared}`,
);
console.log(
  `exact match (name, description, schema): ${exact} (${pct(exact)}); different but every difference warned: ${warnedOnly} (${pct(warnedOnly)}); refused with a message: ${refused}; silent: ${compared - exact - warnedOnly - refused}`,
);
console.log(
  `exact matches that still carry a warning (where Prefect's result depends on the environment): ${exactButWarned.length}`,
);
if (process.env.SHOW_WARNED) for (const w of exactButWarned) console.log(`          e.g. ${w.slice(0, 220)}`);
console.log('differences by kind (warned / silent):');
for (const [kind, k] of [...kinds].sort((a, b) => b[1].silent + b[1].warned - (a[1].silent + a[1].warned))) {
  console.log(`  ${String(k.warned).padStart(5)} / ${String(k.silent).padEnd(5)} ${kind}`);
  for (const e of k.examples) console.log(`          e.g. ${e.slice(0, 220)}`);
}
if (outFile) writeFileSync(outFile, JSON.stringify({ truth, details }, null, 1));

/** JSON with sorted keys: key order is not a difference. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );
}

interface Difference {
  kind: string;
  param?: string;
  text: string;
}

function differences(t: { name: string; description: string | null; schema: Schema }, o: Ours): Difference[] {
  const out: Difference[] = [];
  if (t.name !== o.flow)
    out.push({ kind: 'flow name', text: `${JSON.stringify(o.flow)} instead of ${JSON.stringify(t.name)}` });
  if (t.description !== o.description)
    out.push({
      kind: 'description',
      text: `${JSON.stringify(o.description)?.slice(0, 80)} instead of ${JSON.stringify(t.description)?.slice(0, 80)}`,
    });
  const ts = t.schema;
  const os = o.parameter_openapi_schema ?? {};
  const tp = ts.properties ?? {};
  const op = os.properties ?? {};
  for (const name of new Set([...Object.keys(tp), ...Object.keys(op)])) {
    const a = tp[name];
    const b = op[name];
    if (!a || !b) {
      out.push({ kind: a ? 'parameter missing' : 'extra parameter', param: name, text: name });
      continue;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (canonical(a[key]) === canonical(b[key])) continue;
      const kind = key in a && key in b ? `'${key}' differs` : key in a ? `'${key}' missing` : `'${key}' extra`;
      out.push({
        kind: `property ${kind}`,
        param: name,
        text: `${name}.${key}: ours ${JSON.stringify(b[key])?.slice(0, 100)}, Prefect ${JSON.stringify(a[key])?.slice(0, 100)}`,
      });
    }
  }
  if (JSON.stringify([...(ts.required ?? [])].sort()) !== JSON.stringify([...(os.required ?? [])].sort())) {
    out.push({
      kind: 'required differs',
      text: `ours ${JSON.stringify(os.required)}, Prefect ${JSON.stringify(ts.required)}`,
    });
  }
  const td = ts.definitions ?? {};
  const od = os.definitions ?? {};
  for (const name of new Set([...Object.keys(td), ...Object.keys(od)])) {
    if (canonical(td[name]) === canonical(od[name])) continue;
    const params = Object.entries(tp)
      .filter(([, p]) => JSON.stringify(p).includes(`#/definitions/${name}"`))
      .map(([p]) => p);
    const kind = !td[name] ? 'definition extra' : !od[name] ? 'definition missing' : 'definition differs';
    out.push({
      kind,
      param: params[0],
      text: `${name}: ours ${JSON.stringify(od[name])?.slice(0, 160)}, Prefect ${JSON.stringify(td[name])?.slice(0, 160)}`,
    });
  }
  return out;
}
