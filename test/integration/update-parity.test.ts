/**
 * An update sent as a PATCH of the changed fields ends in exactly the state the full
 * upsert (`POST /deployments/`) of the same definition produces, field by field, on
 * each server release that runs here (the pinned 3.9.1 and 2.20). For every field
 * the plan compares, two twin deployments start from the same state; the CLI updates
 * one (and must send a PATCH wherever the release takes that field in one), the full
 * upsert body updates the other, and the server's answers are compared whole.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runValidate } from '../../src/commands/validate.js';
import { capabilitiesFor } from '../../src/prefect/capabilities.js';
import { deploymentBody } from '../../src/prefect/payloads.js';
import { buildDesired } from '../../src/plan/desired.js';
import { runCli, runCliAsync } from '../support/bundles.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { makeRepo } from '../support/repo.js';
import { settingsFor } from '../support/settings.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const SHA = '9a'.repeat(20);

/** A field's change: the deployment's YAML (after name and entrypoint) before and after, and whether the release PATCHes it. */
interface Variant {
  name: string;
  before: string;
  after: string;
  /** Fields the change touches; undefined when it is not sent as a PATCH on this release (it is an upsert). */
  patched?: string[];
}

const POOL = 'work_pool: {name: pool}';
const variants = (prefect3: boolean): Variant[] => [
  { name: 'version', before: `version: "v1", ${POOL}`, after: `version: "v2", ${POOL}`, patched: ['version'] },
  {
    name: 'description',
    before: `description: "one", ${POOL}`,
    after: `description: "two", ${POOL}`,
    patched: ['description'],
  },
  {
    name: 'parameters',
    before: `parameters: {number: 1}, ${POOL}`,
    after: `parameters: {number: 2, name: "x"}, ${POOL}`,
    patched: ['parameters'],
  },
  { name: 'parameters-gone', before: `parameters: {number: 1}, ${POOL}`, after: POOL, patched: ['parameters'] },
  { name: 'tags', before: `tags: [a], ${POOL}`, after: `tags: [b, c], ${POOL}`, patched: ['tags'] },
  {
    name: 'queue',
    before: 'work_pool: {name: pool, work_queue_name: qa}',
    after: 'work_pool: {name: pool, work_queue_name: q-created-by-the-update}',
    patched: ['work_pool_name', 'work_queue_name'],
  },
  {
    name: 'pool',
    before: 'work_pool: {name: pool, work_queue_name: qa}',
    after: 'work_pool: {name: pool-two}',
    patched: ['work_pool_name', 'work_queue_name'],
  },
  {
    name: 'job-variables',
    before: 'work_pool: {name: pool, job_variables: {env: {A: "1"}}}',
    after: 'work_pool: {name: pool, job_variables: {env: {B: "2"}, x: 1}}',
    patched: ['job_variables'],
  },
  {
    name: 'job-variables-gone',
    before: 'work_pool: {name: pool, job_variables: {env: {A: "1"}}}',
    after: POOL,
    patched: ['job_variables'],
  },
  {
    name: 'enforce',
    before: `enforce_parameter_schema: true, ${POOL}`,
    after: `enforce_parameter_schema: false, ${POOL}`,
    patched: ['enforce_parameter_schema'],
  },
  { name: 'paused', before: POOL, after: `paused: true, ${POOL}`, patched: ['paused'] },
  // Another file, the same flow and signature: only the entrypoint changes.
  { name: 'entrypoint', before: POOL, after: POOL, patched: ['entrypoint'] },
  // Another signature: the parameter schema changes with the entrypoint (2.x cannot PATCH the schema).
  {
    name: 'schema',
    before: POOL,
    after: POOL,
    patched: prefect3 ? ['entrypoint', 'parameter_openapi_schema'] : undefined,
  },
  {
    name: 'pull',
    before: POOL,
    after: `pull: [{prefect.deployments.steps.set_working_directory: {directory: /srv/flows}}], ${POOL}`,
    patched: prefect3 ? ['pull_steps'] : undefined,
  },
  {
    name: 'several',
    before: `version: "v1", tags: [a], parameters: {number: 1}, ${POOL}`,
    after: `version: "v2", tags: [b], parameters: {number: 3}, ${POOL}`,
    patched: ['version', 'tags', 'parameters'],
  },
  // Schedules always go as the full upsert (a PATCH merges slugged schedules where an upsert replaces them).
  {
    name: 'schedule',
    before: `schedule: {cron: "0 1 * * *"}, ${POOL}`,
    after: `schedule: {cron: "0 2 * * *", timezone: "UTC"}, ${POOL}`,
  },
  ...(prefect3
    ? [
        { name: 'limit', before: POOL, after: `concurrency_limit: 3, ${POOL}`, patched: ['concurrency_limit'] },
        {
          name: 'limit-changed',
          before: `concurrency_limit: 3, ${POOL}`,
          after: `concurrency_limit: 5, ${POOL}`,
          patched: ['concurrency_limit'],
        },
        { name: 'limit-gone', before: `concurrency_limit: 3, ${POOL}`, after: POOL, patched: ['concurrency_limit'] },
        {
          name: 'collision',
          before: `concurrency_limit: {limit: 2, collision_strategy: ENQUEUE}, ${POOL}`,
          after: `concurrency_limit: {limit: 2, collision_strategy: CANCEL_NEW}, ${POOL}`,
          patched: ['concurrency_options'],
        },
      ]
    : []),
];

const entrypoint = (v: Variant, side: 'before' | 'after') =>
  side === 'after' && v.name === 'entrypoint'
    ? 'flows/hello_again.py:hello_again'
    : side === 'after' && v.name === 'schema'
      ? 'flows/hello_wider.py:hello_wider'
      : 'flows/hello_world.py:hello';

function file(list: Variant[], side: 'before' | 'after', prefixes: string[]): string {
  const lines = list.flatMap((v) =>
    prefixes.map((p) => `  - {name: ${p}-${v.name}, entrypoint: ${entrypoint(v, side)}, ${v[side]}}`),
  );
  return `deployments:\n${lines.join('\n')}\n`;
}

/** A deployment as the server answers, without what differs between any two deployments (ids, names, times). */
function comparable(d: Record<string, unknown>): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !['id', 'created', 'updated', 'deployment_id'].includes(k))
          .map(([k, x]) => [k, strip(x)]),
      );
    }
    return v;
  };
  const { name: _name, global_concurrency_limit: limit, ...rest } = d;
  const { name: _limitName, ...limitRest } = (limit ?? {}) as Record<string, unknown>;
  return strip({ ...rest, global_concurrency_limit: limit ? limitRest : null });
}

for (const venv of ['.venv', '.venv-prefect2']) {
  describe(venv === '.venv' ? 'Prefect 3.9.1' : 'Prefect 2.20', () => {
    let server: RunningServer;
    before(async () => {
      server = await startPrefectServer({ venv });
      for (const name of ['pool', 'pool-two']) await server.api('POST', '/work_pools/', { name, type: 'process' });
    });
    after(() => server?.stop());

    test('a PATCH of the changed fields ends where the full upsert ends, for every field', async () => {
      const version = await server.api<string>('GET', '/admin/version');
      const caps = capabilitiesFor(version);
      const list = variants(!caps.infrastructureBlocks);
      const root = makeRepo({
        'flows/hello_again.py':
          'from prefect import flow\n\n\n@flow(name="hello")\ndef hello_again(number: int = 42, name: str = "world"):\n    """Say hello a number of times.\n\n    Args:\n        number: How many times to say it.\n        name: Who to greet.\n    """\n',
        'flows/hello_wider.py':
          'from prefect import flow\n\n\n@flow(name="hello")\ndef hello_wider(number: int = 42, name: str = "world", loud: bool = False):\n    """Say hello a number of times.\n\n    Args:\n        number: How many times to say it.\n        name: Who to greet.\n    """\n',
        'before.yaml': file(list, 'before', ['patch', 'upsert']),
        'after-patch.yaml': file(list, 'after', ['patch']),
        'after-upsert.yaml': file(list, 'after', ['upsert']),
      });
      const first = runCli(['deploy', '--file', 'before.yaml', '--sha', SHA], root, { PREFECT_API_URL: server.apiUrl });
      assert.equal(first.status, 0, first.stdout + first.stderr);

      // The CLI updates the patch-* twins, through a proxy that records what it sends.
      const proxy = await startFaultProxy(server.apiUrl, { rate: 0, seed: 1, record: true });
      const r = await runCliAsync(['deploy', '--file', 'after-patch.yaml', '--sha', SHA, '--json'], root, {
        PREFECT_API_URL: proxy.url,
      });
      await proxy.close();
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const all = await server.api<Record<string, unknown>[]>('POST', '/deployments/filter', { limit: 200 });
      const byName = new Map(all.map((d) => [d.name as string, d]));
      const ok = proxy.requests.filter((q) => q.status < 300);
      for (const v of list) {
        const id = byName.get(`patch-${v.name}`)!.id;
        const patch = ok.find((q) => q.method === 'PATCH' && q.path === `/deployments/${id}`);
        if (v.patched) {
          assert.ok(patch, `${v.name}: not sent as a PATCH`);
          const fields = Object.keys(patch.body as object).filter((k) => k !== 'version_info');
          assert.deepEqual(
            fields.sort(),
            v.patched.map((f) => (f === 'job_variables' && !caps.jobVariables ? 'infra_overrides' : f)).sort(),
            `${v.name}: the PATCH carries other fields`,
          );
        } else {
          assert.equal(patch, undefined, `${v.name}: sent as a PATCH, which this release cannot take for it`);
        }
      }

      // The upsert-* twins get the full upsert body this tool sends for the same file.
      const settings = settingsFor(root, ['deploy', '--file', path.join(root, 'after-upsert.yaml'), '--sha', SHA]);
      const { desired } = buildDesired(runValidate(settings).validated, {
        sha: SHA,
        versionType: settings.vcs.versionType,
        repository: settings.vcs.repository,
        workdir: settings.workdir,
        root: settings.root,
        imageConfigured: false,
        variables: {},
        blocks: {},
        shellOutputs: new Map(),
        enforceParameterSchemaDefault: !caps.infrastructureBlocks,
      });
      for (const d of desired) {
        const flowId = byName.get(d.state.name)!.flow_id as string;
        await server.api('POST', '/deployments/', deploymentBody(d, flowId, caps, []));
      }

      const now = new Map(
        (await server.api<Record<string, unknown>[]>('POST', '/deployments/filter', { limit: 200 })).map((d) => [
          d.name as string,
          d,
        ]),
      );
      for (const v of list) {
        const [patched, upserted] = [now.get(`patch-${v.name}`)!, now.get(`upsert-${v.name}`)!];
        assert.notDeepEqual(
          comparable(patched),
          comparable(byName.get(`upsert-${v.name}`)!),
          `${v.name}: the update changed nothing`,
        );
        assert.deepEqual(
          comparable(patched),
          comparable(upserted),
          `${v.name}: the PATCH ends elsewhere than the upsert`,
        );
      }
    });
  });
}
