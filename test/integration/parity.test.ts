/**
 * Parity with Prefect's own tooling: the pinned `prefect deploy --all` and this CLI
 * register the same definitions on one server; every field must match except the
 * version (ours: the SHA) and the pull steps. One deliberate deviation: for a flow
 * without a docstring, `prefect deploy` 3.8 registers the string "None" as the
 * description (None stringified by its templating); this CLI registers null.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { repoRoot, venvBin } from '../support/python.js';
import { makeRepo } from '../support/repo.js';
import { forEachDatabase, serverWithPool, type RunningServer } from '../support/server.js';

let server: RunningServer;

/** The same deployments for both tools; `NAME` becomes each tool's prefix. */
const DEFINITIONS = `
  - name: NAME-hello
    entrypoint: flows/hello_world.py:hello
    parameters: {number: 3, name: "dev"}
    schedules:
      - {cron: "0 6 * * *", timezone: "America/Chicago"}
    tags: ["dev", "examples"]
    work_pool: {name: pool, work_queue_name: dev}
  - name: NAME-etl
    entrypoint: flows/etl.py:run_etl
    description: "Loads the warehouse"
    parameters: {source: "crm", batch_size: 500, mode: full}
    schedules:
      - {interval: 3600, anchor_date: "2024-01-01T00:00:00", timezone: "UTC"}
      - {rrule: "FREQ=WEEKLY;BYDAY=SU;BYHOUR=4", timezone: "UTC", active: false, slug: weekly, parameters: {mode: incremental}}
      - {cron: "15 2 1 * *", day_or: false, slug: monthly}
    concurrency_limit: {limit: 2, collision_strategy: CANCEL_NEW}
    paused: true
    enforce_parameter_schema: false
    tags: ["warehouse"]
    work_pool: {name: pool, job_variables: {env: {LOG_LEVEL: "INFO"}}}
  - {name: NAME-models, entrypoint: parity/models.py:with_models, concurrency_limit: 1, work_pool: {name: pool}}
  - {name: NAME-generics, entrypoint: parity/typing_generics.py:typing_flow, work_pool: {name: pool}}
  - {name: NAME-builtins, entrypoint: parity/typing_generics.py:builtin_generics, parameters: {a: [1, 2]}, work_pool: {name: pool}}
  - {name: NAME-enums, entrypoint: parity/literals_enums.py:with_enums, parameters: {color: green}, work_pool: {name: pool}}
  - {name: NAME-literals, entrypoint: parity/literals_enums.py:with_literals, work_pool: {name: pool}}
  - {name: NAME-stdlib, entrypoint: parity/stdlib_types.py:with_stdlib, work_pool: {name: pool}}
  - {name: NAME-docs, entrypoint: parity/docstrings.py:google_doc, parameters: {a: 1}, work_pool: {name: pool}}
  - {name: NAME-described, entrypoint: parity/docstrings.py:described, work_pool: {name: pool}}
  - {name: NAME-kinds, entrypoint: parity/kinds.py:keyword_only, work_pool: {name: pool}}
  - {name: NAME-defaults, entrypoint: parity/defaults.py:computed_defaults, work_pool: {name: pool}}
  - {name: NAME-annotated, entrypoint: parity/annotated.py:annotated_params, work_pool: {name: pool}}
  - {name: NAME-future, entrypoint: parity/future_annotations.py:future_flow, work_pool: {name: pool}}
  - {name: NAME-missing-imports, entrypoint: parity/unresolvable.py:uses_missing, work_pool: {name: pool}}
  - {name: NAME-aliases, entrypoint: parity/aliases.py:via_alias_call, work_pool: {name: pool}}
`;

const COMPARED = [
  'description',
  'parameters',
  'parameter_openapi_schema',
  'enforce_parameter_schema',
  'schedules',
  'tags',
  'work_pool_name',
  'work_queue_name',
  'entrypoint',
  'paused',
  'job_variables',
  'concurrency_limit',
  'flow',
] as const;

type Api = Record<string, unknown> & { name: string; flow_id: string; schedules: Record<string, unknown>[] };

forEachDatabase(
  async (database) => (server = await serverWithPool(database, 'pool')),
  () => {
    test('this CLI registers every field as `prefect deploy --all` does (except version and pull steps)', async () => {
      const root = makeRepo({
        'prefect.yaml': `name: parity\npull:\n  - prefect.deployments.steps.set_working_directory: {directory: /opt/prefect}\ndeployments:${DEFINITIONS.replaceAll('NAME', 'pd')}`,
        'ours.yaml': `deployments:${DEFINITIONS.replaceAll('NAME', 'ours')}`,
      });
      cpSync(path.join(repoRoot, 'test/fixtures/parity/flows'), path.join(root, 'parity'), { recursive: true });

      const env = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PREFECT_API_URL: server.apiUrl,
        PREFECT_HOME: server.home,
        DO_NOT_TRACK: '1',
        PREFECT_LOGGING_LEVEL: 'WARNING',
      };
      const theirs = spawnSync(venvBin('prefect'), ['--no-prompt', 'deploy', '--all'], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 300_000,
      });
      assert.equal(theirs.status, 0, `prefect deploy --all failed:\n${theirs.stdout}\n${theirs.stderr}`);
      const ours = runCli(['deploy', '--file', 'ours.yaml', '--sha', '4'.repeat(40)], root, {
        PREFECT_API_URL: server.apiUrl,
      });
      assert.equal(ours.status, 0, ours.stdout + ours.stderr);

      const all = await server.api<Api[]>('POST', '/deployments/filter', { limit: 200 });
      const flows = await server.api<{ id: string; name: string }[]>('POST', '/flows/filter', { limit: 200 });
      const flowName = new Map(flows.map((f) => [f.id, f.name]));
      const view = (d: Api): Record<string, unknown> => ({
        ...Object.fromEntries(COMPARED.map((k) => [k, d[k]])),
        flow: flowName.get(d.flow_id),
        concurrency_limit: [
          (d.global_concurrency_limit as { limit?: number } | null)?.limit ?? null,
          d.concurrency_options ?? null,
        ],
        schedules: d.schedules
          .map((s) => ({
            schedule: s.schedule,
            active: s.active,
            parameters: s.parameters,
            slug: s.slug,
            max_scheduled_runs: s.max_scheduled_runs,
          }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      });
      const byName = new Map(all.map((d) => [d.name, d]));
      const names = [...DEFINITIONS.matchAll(/name: NAME-([\w-]+)/g)].map((m) => m[1]);
      assert.ok(names.length >= 15);
      for (const name of names) {
        const p = byName.get(`pd-${name}`);
        const o = byName.get(`ours-${name}`);
        assert.ok(p && o, `missing pd-${name} or ours-${name}`);
        const theirs = view(p);
        if (o.description === null) {
          assert.equal(p.description, 'None', `${name}: the only accepted description difference is Prefect's "None"`);
          theirs.description = null;
        }
        assert.deepEqual(view(o), theirs, `fields of ${name} differ`);
      }
    });
  },
);
