/**
 * prefect.yaml conformance: for each fixture, the pinned `prefect deploy --all` (on one
 * server) and this tool's deploy (on another) register the same deployments, field by
 * field, and the same automations; files prefect deploy refuses are refused with a
 * clear message, and nothing is written. Expected differences, and only these: the
 * version where the file sets none (ours: the commit SHA; Prefect's: the flow file's
 * hash), version_info, and this tool's ownership labels.
 */
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { cases, type ConformanceCase } from '../fixtures/conformance/cases.js';
import { runCli } from '../support/bundles.js';
import { COMPARED_FIELDS } from '../support/deploy-compare.js';
import { prefectCli, type PrefectCli } from '../support/prefect-cli.js';
import { repoRoot } from '../support/python.js';
import { makeRepo } from '../support/repo.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const SHA = 'c0'.repeat(20);
let theirs: RunningServer;
let ours: RunningServer;

let prefect: PrefectCli;

before(async () => {
  [theirs, ours] = await Promise.all([startPrefectServer(), startPrefectServer()]);
  prefect = prefectCli('.venv', {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PREFECT_API_URL: theirs.apiUrl,
    PREFECT_HOME: theirs.home,
    DO_NOT_TRACK: '1',
    PREFECT_LOGGING_LEVEL: 'WARNING',
  });
  for (const server of [theirs, ours]) {
    await server.api('POST', '/work_pools/', { name: 'pool', type: 'process' });
    for (const [name, value] of Object.entries({
      branch: 'main',
      count: 3,
      flag: true,
      tag_list: ['from', 'variable'],
    })) {
      await server.api('POST', '/variables/', { name, value });
    }
    server.prefect([
      'python',
      '-c',
      'from prefect.blocks.system import Secret; Secret(value="conformance-block-secret").save("token")',
    ]);
  }
});
after(async () => {
  prefect?.stop();
  await Promise.all([theirs?.stop(), ours?.stop()]);
});

type Api = Record<string, unknown> & { id: string; name: string; flow_id: string };
type Automation = Record<string, unknown> & { actions: { deployment_id: string }[] };

/** Every deployment and automation on a server, as comparable views, then removes them all. */
async function registered(server: RunningServer, c: ConformanceCase): Promise<Record<string, unknown>> {
  const deployments = await server.api<Api[]>('POST', '/deployments/filter', {});
  const flows = await server.api<{ id: string; name: string }[]>('POST', '/flows/filter', {});
  const automations = await server.api<Automation[]>('POST', '/automations/filter', {});
  const flowName = new Map(flows.map((f) => [f.id, f.name]));
  const out: Record<string, unknown> = {};
  const anchored = c.yaml.includes('anchor');
  for (const d of deployments) {
    const view: Record<string, unknown> = {};
    for (const k of COMPARED_FIELDS) view[k] = d[k];
    if (c.compareVersion) view.version = d.version;
    view.concurrency_limit = (d.global_concurrency_limit as { limit?: number } | null)?.limit ?? null;
    view.schedules = (d.schedules as Record<string, unknown>[])
      .map((s) => {
        const schedule = { ...(s.schedule as Record<string, unknown>) };
        if (!anchored) delete schedule.anchor_date;
        return { schedule, active: s.active, parameters: s.parameters, slug: s.slug };
      })
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    view.automations = automations
      .filter((a) => a.actions.some((x) => x.deployment_id === d.id))
      .map((a) => JSON.stringify(automationView(a)))
      .sort();
    out[`${flowName.get(d.flow_id)}/${d.name}`] = view;
  }
  for (const d of deployments) await server.api('DELETE', `/deployments/${d.id}`);
  for (const a of automations) await server.api('DELETE', `/automations/${a.id as string}`);
  return out;
}

/** An automation without server-made ids, its sets in order. */
function automationView(a: Record<string, unknown>): unknown {
  const strip = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) return ['after', 'expect', 'for_each'].includes(key) ? [...v].sort() : v.map((x) => strip(x));
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !['id', 'created', 'updated', 'deployment_id'].includes(k))
        .map(([k, x]) => [k, strip(x, k)]),
    );
  };
  return strip(a);
}

function repoFor(c: ConformanceCase): string {
  const root = makeRepo({ 'prefect.yaml': c.yaml, ...c.files });
  copyFileSync(path.join(repoRoot, 'test/fixtures/conformance/flows.py'), path.join(root, 'flows/conformance.py'));
  return root;
}

for (const c of cases) {
  test(`conformance: ${c.name}`, async () => {
    const root = repoFor(c);
    const theirRun = await prefect.run(['--no-prompt', 'deploy', '--all'], root, c.env);
    const mine = runCli(['deploy', '--file', 'prefect.yaml', '--sha', SHA], root, {
      PREFECT_API_URL: ours.apiUrl,
      ...c.env,
    });
    const [theirsNow, oursNow] = [await registered(theirs, c), await registered(ours, c)];
    if (c.expect === 'same') {
      assert.equal(theirRun.status, 0, `prefect deploy failed:\n${theirRun.output.slice(-3000)}`);
      assert.equal(mine.status, 0, `prefect-ecr-deploy failed:\n${mine.stdout}\n${mine.stderr}`);
      assert.ok(Object.keys(theirsNow).length > 0, 'prefect deploy registered nothing');
      assert.deepEqual(oursNow, theirsNow);
      return;
    }
    const { outcome, message } = c.expect;
    assert.match(mine.stderr + mine.stdout, message, `${outcome}: our message`);
    assert.notEqual(mine.status, 0);
    assert.deepEqual(Object.keys(oursNow), [], 'prefect-ecr-deploy wrote something');
    if (outcome === 'both-refuse') {
      const wrote = Object.keys(theirsNow).length;
      assert.ok(
        theirRun.status !== 0 || wrote === 0,
        `prefect deploy accepted the file:\n${theirRun.output.slice(-2000)}`,
      );
    } else if (outcome === 'ours-refuses') {
      assert.equal(theirRun.status, 0, `prefect deploy refused the file too:\n${theirRun.output.slice(-2000)}`);
    } else {
      assert.notEqual(theirRun.status, 0, `prefect deploy did not fail:\n${theirRun.output.slice(-2000)}`);
      assert.ok(
        Object.keys(theirsNow).length > 0,
        'prefect deploy failed before it wrote anything: not a late failure',
      );
    }
  });
}
