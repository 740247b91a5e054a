/**
 * Measures conformance on real prefect.yaml files (kept outside the project): each file
 * is deployed by the pinned `prefect deploy --all` (on one server, from `.venv-corpus`,
 * a copy of the test venv that steps' `requires:` may install into) and by this tool (on
 * another), from the file's folder, and what they registered is compared as the
 * conformance suite compares it. Work pools the file names are created first, and the
 * Prefect variables and secret blocks it references.
 *
 *   scripts/corpus-fetch.sh /tmp/corpus   # the repositories of bench/corpus.txt
 *   node --import tsx bench/conformance-corpus.ts /tmp/corpus > corpus.json
 *
 * Each folder of the corpus is a git checkout (corpus-fetch.sh makes one), which keeps
 * `git rev-parse` steps working.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { canonical } from '../src/plan/diff.js';
import { distCopy } from '../test/support/bundles.js';
import { startPrefectServer, type RunningServer } from '../test/support/server.js';
import { venvBin } from '../test/support/python.js';

const SHA = 'c0'.repeat(20);
const corpus = path.resolve(process.argv[2] ?? '/tmp/corpus');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (name === '.git' || name === 'node_modules') continue;
    const s = statSync(p, { throwIfNoEntry: false });
    if (s?.isDirectory()) out.push(...files(p));
    else if (/^prefect[^/]*\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** Only files that look like prefect.yaml (deployments, or steps), not Helm values that share the name. */
function isPrefectFile(text: string): boolean {
  try {
    const doc = parse(text, { version: '1.1', logLevel: 'silent' }) as Record<string, unknown> | null;
    return !!doc && typeof doc === 'object' && ('deployments' in doc || 'pull' in doc || 'build' in doc);
  } catch {
    return /^deployments:/m.test(text);
  }
}

type Api = Record<string, unknown> & { id: string; name: string; flow_id: string };

/** A server answers 503 under load (SQLite): the measurement waits and asks again. */
async function api<T>(server: RunningServer, method: string, route: string, body?: unknown): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await server.api<T>(method, route, body);
    } catch (e) {
      if (attempt >= 8 || !/: 50[23] |fetch failed/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 1000 * attempt));
    }
  }
}

async function registered(server: RunningServer): Promise<Record<string, Record<string, unknown>>> {
  const deployments = await api<Api[]>(server, 'POST', '/deployments/filter', {});
  const flows = await api<{ id: string; name: string }[]>(server, 'POST', '/flows/filter', {});
  const automations = await api<{ id: string; actions: { deployment_id: string }[] }[]>(
    server,
    'POST',
    '/automations/filter',
    {},
  ).catch(() => []);
  const flowName = new Map(flows.map((f) => [f.id, f.name]));
  const out: Record<string, Record<string, unknown>> = {};
  for (const d of deployments) {
    const view: Record<string, unknown> = {};
    for (const k of [
      'description',
      'parameters',
      'parameter_openapi_schema',
      'enforce_parameter_schema',
      'tags',
      'work_pool_name',
      'work_queue_name',
      'entrypoint',
      'paused',
      'job_variables',
      'concurrency_options',
      'pull_steps',
    ])
      view[k] = d[k];
    view.concurrency_limit = (d.global_concurrency_limit as { limit?: number } | null)?.limit ?? null;
    view.schedules = (d.schedules as Record<string, unknown>[])
      .map((s) => {
        const schedule = { ...(s.schedule as Record<string, unknown>) };
        // An anchor the file does not give is the time of the write.
        if (
          typeof schedule.anchor_date === 'string' &&
          Math.abs(Date.parse(schedule.anchor_date) - Date.now()) < 3_600_000
        )
          delete schedule.anchor_date;
        return JSON.stringify({ schedule, active: s.active, parameters: s.parameters, slug: s.slug });
      })
      .sort();
    view.automations = automations.filter((a) => a.actions.some((x) => x.deployment_id === d.id)).length;
    out[`${flowName.get(d.flow_id)}/${d.name}`] = view;
  }
  for (const d of deployments) await api(server, 'DELETE', `/deployments/${d.id}`);
  for (const a of automations) await api(server, 'DELETE', `/automations/${a.id}`);
  return out;
}

/** Work pools, variables and secret blocks the file names, on a server. */
async function prepare(server: RunningServer, text: string): Promise<void> {
  // A name may be followed by a comment (`name: hourly  # the existing pool`).
  const pools = new Set(
    [...text.matchAll(/^\s*(?:-\s*)?name:\s*["']?([A-Za-z0-9_.-]+)["']?\s*(?:#.*)?$/gm)].map((m) => m[1]),
  );
  const existing = new Set(
    (await api<{ name: string }[]>(server, 'POST', '/work_pools/filter', {})).map((p) => p.name),
  );
  for (const name of pools)
    if (!existing.has(name))
      await api(server, 'POST', '/work_pools/', { name, type: 'process' }).catch(() => undefined);
  for (const [, name] of text.matchAll(/\{\{\s*prefect\.variables\.([A-Za-z0-9_-]+)\s*\}\}/g))
    await api(server, 'POST', '/variables/', { name, value: 'corpus' }).catch(() => undefined);
  const secrets = [
    ...new Set([...text.matchAll(/\{\{\s*prefect\.blocks\.secret\.([a-z0-9-]+)\s*\}\}/g)].map((m) => m[1])),
  ];
  if (secrets.length)
    server.prefect([
      'python',
      '-c',
      `from prefect.blocks.system import Secret\nfor n in ${JSON.stringify(secrets)}: Secret(value="corpus").save(n, overwrite=True)`,
    ]);
}

function run(bin: string, args: string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync(bin, args, {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DO_NOT_TRACK: '1',
      PREFECT_LOGGING_LEVEL: 'WARNING',
      // No Docker engine: a corpus file's build step does not build the repository's Dockerfile here.
      DOCKER_HOST: 'tcp://127.0.0.1:9',
      ...env,
    },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function diff(a: Record<string, Record<string, unknown>>, b: Record<string, Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!a[key] || !b[key]) {
      out.push(`${key}: only ${a[key] ? 'prefect deploy' : 'ours'}`);
      continue;
    }
    for (const f of Object.keys(a[key])) {
      // The one deliberate difference: a flow without a docstring (Prefect's client sends the text "None").
      if (f === 'description' && a[key][f] === 'None' && b[key][f] === null) continue;
      if (canonical(a[key][f]) !== canonical(b[key][f]))
        out.push(
          `${key}.${f}: prefect deploy ${canonical(a[key][f]).slice(0, 300)}, ours ${canonical(b[key][f]).slice(0, 300)}`,
        );
    }
  }
  return out;
}

type Result = { file: string; outcome: string; detail?: string[] };

/**
 * Where its users run prefect deploy from: the file's folder, or the nearest folder above
 * it (within its repository) where the first entrypoint's file is.
 */
function projectDir(file: string, text: string): string {
  const entrypoint = /^\s*-?\s*entrypoint:\s*["']?([^"':\s]+)/m.exec(text)?.[1];
  const top = path.join(corpus, path.relative(corpus, file).split(path.sep)[0]);
  for (let dir = path.dirname(file); entrypoint && dir.startsWith(top); dir = path.dirname(dir)) {
    if (statSync(path.join(dir, entrypoint), { throwIfNoEntry: false })) return dir;
  }
  return path.dirname(file);
}

/** One file through both tools, and what they registered compared. */
async function measure(file: string, theirs: RunningServer, ours: RunningServer): Promise<Result> {
  const text = readFileSync(file, 'utf8');
  const dir = projectDir(file, text);
  await Promise.all([prepare(theirs, text), prepare(ours, text)]);
  const prefect = run(
    venvBin('prefect', '.venv-corpus'),
    ['--no-prompt', 'deploy', '--all', '--prefect-file', file],
    dir,
    { PREFECT_API_URL: theirs.apiUrl, PREFECT_HOME: theirs.home },
  );
  const mine = run(
    process.execPath,
    [path.join(distCopy(), 'dist/cli/index.js'), 'deploy', '--file', file, '--root', dir, '--sha', SHA],
    dir,
    { PREFECT_API_URL: ours.apiUrl },
  );
  const [a, b] = [await registered(theirs), await registered(ours)];
  const prefectOk = prefect.status === 0 && Object.keys(a).length > 0;
  const oursOk = mine.status === 0;
  const rel = path.relative(corpus, file);
  const last = (o: string) => o.trim().split('\n').slice(-3);
  const firstError = (o: string) =>
    o
      .split('\n')
      .filter((l) => /: (?!warning)/.test(l) && !/^\s/.test(l))
      .slice(0, 3);
  if (prefectOk && oursOk) {
    const d = diff(a, b);
    return d.length ? { file: rel, outcome: 'differ', detail: d } : { file: rel, outcome: 'match' };
  }
  if (!prefectOk && !oursOk)
    return { file: rel, outcome: 'both refuse', detail: [...last(prefect.output), ...firstError(mine.output)] };
  if (prefectOk) return { file: rel, outcome: 'ours refuses', detail: firstError(mine.output) };
  return { file: rel, outcome: 'prefect refuses', detail: last(prefect.output) };
}

async function main(): Promise<void> {
  const list = files(corpus).filter((f) => isPrefectFile(readFileSync(f, 'utf8')));
  const [theirs, ours] = await Promise.all([startPrefectServer({ venv: '.venv-corpus' }), startPrefectServer()]);
  const results: Result[] = [];
  try {
    for (const file of list) {
      try {
        results.push(await measure(file, theirs, ours));
      } catch (e) {
        results.push({ file: path.relative(corpus, file), outcome: 'not measured', detail: [(e as Error).message] });
      }
      process.stderr.write(`${results.at(-1)!.outcome.padEnd(16)} ${results.at(-1)!.file}\n`);
    }
  } finally {
    await Promise.all([theirs.stop(), ours.stop()]);
  }
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  process.stdout.write(
    `${JSON.stringify({ files: results.length, repositories: new Set(results.map((r) => r.file.split('/')[0])).size, counts, results }, null, 2)}\n`,
  );
}

await main();
