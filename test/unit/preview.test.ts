/** Previews of a pull request, the pure parts: names, tags, labels, the preview: switches, events, the comment. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSchema } from '../../src/config/schema-check.js';
import { parseYaml } from '../../src/config/yaml.js';
import type { DeploymentSpec } from '../../src/config/model.js';
import type { Desired } from '../../src/plan/desired.js';
import type { PlanEntry } from '../../src/plan/diff.js';
import { foreignOwner } from '../../src/plan/ownership.js';
import {
  PREVIEW_LABEL,
  previewDesired,
  previewImageTag,
  previewName,
  previewSwitches,
  previewTags,
  runCommand,
} from '../../src/plan/preview.js';
import type { DeploymentState } from '../../src/plan/state.js';
import { previewEvent } from '../../src/preview-event.js';
import { previewsSection } from '../../src/report/markdown.js';

const SHA = 'ab'.repeat(20);
const OURS = {
  'prefect-ecr-deploy.managed': 'true',
  'prefect-ecr-deploy.environment': 'dev',
  'prefect-ecr-deploy.repository': 'acme/flows',
};

function desired(spec: Partial<DeploymentSpec> = {}, state: Partial<DeploymentState> = {}): Desired {
  return {
    key: 'etl/nightly',
    versionInfo: { type: 'vcs:github', version: '1.0', commit_sha: SHA },
    spec: { name: 'nightly', shownName: 'nightly', triggers: [{ spec: {}, node: {} }], ...spec } as DeploymentSpec,
    state: {
      name: 'nightly',
      flowName: 'etl',
      version: '1.0',
      tags: ['etl', 'preview'],
      labels: { ...OURS },
      schedules: [
        { schedule: { cron: '0 3 * * *', timezone: null, day_or: true }, active: true, parameters: {}, slug: null },
      ],
      work_pool_name: 'pool',
      ...state,
    } as DeploymentState,
  };
}

test('names, tags and the image tag of a preview', () => {
  assert.equal(previewName('nightly', 12), 'nightly-pr-12');
  assert.deepEqual(previewTags(12), ['preview', 'pr-12']);
  assert.equal(previewImageTag(12, SHA), `pr-12-${SHA.slice(0, 12)}`);
  assert.equal(runCommand('etl', 'nightly-pr-12'), "prefect deployment run 'etl/nightly-pr-12'");
  assert.equal(runCommand("it's", 'x-pr-1'), `prefect deployment run 'it'\\''s/x-pr-1'`);
});

test("preview: switches: off unless said; a deployment's own over the file's, key by key", () => {
  assert.deepEqual(previewSwitches({}, {}), { schedules: false, automations: false });
  assert.deepEqual(previewSwitches({ preview: { schedules: true } }, {}), { schedules: true, automations: false });
  assert.deepEqual(previewSwitches({ preview: { schedules: true } }, { preview: { automations: true } }), {
    schedules: true,
    automations: true,
  });
  assert.deepEqual(previewSwitches({ preview: { schedules: true } }, { preview: { schedules: false } }), {
    schedules: false,
    automations: false,
  });
});

test('a preview: its name and key, the commit as version, tags, the preview label, no schedules or triggers', () => {
  const p = previewDesired(desired(), {}, { number: 7, sha: SHA });
  assert.equal(p.key, 'etl/nightly-pr-7');
  assert.equal(p.state.name, 'nightly-pr-7');
  assert.equal(p.spec.name, 'nightly-pr-7');
  assert.equal(p.spec.shownName, 'nightly-pr-7');
  // The file's version gives way to the commit.
  assert.equal(p.state.version, SHA);
  assert.equal(p.versionInfo.version, SHA);
  assert.equal(p.versionInfo.commit_sha, SHA);
  assert.deepEqual(p.state.tags, ['etl', 'preview', 'pr-7']);
  assert.deepEqual(p.state.labels, { ...OURS, [PREVIEW_LABEL]: '7' });
  assert.deepEqual(p.state.schedules, []);
  assert.deepEqual(p.spec.triggers, []);
  assert.equal(p.state.work_pool_name, 'pool');

  const kept = previewDesired(
    desired({ preview: { schedules: true, automations: true } }),
    {},
    {
      number: 7,
      sha: SHA,
      workPool: 'preview-pool',
    },
  );
  assert.equal(kept.state.schedules.length, 1);
  assert.equal(kept.spec.triggers.length, 1);
  assert.equal(kept.state.work_pool_name, 'preview-pool');
});

test('ownership: a preview and a deployment of the same name are never one another, nor two pull requests', () => {
  const preview = { ...OURS, [PREVIEW_LABEL]: '7' };
  assert.equal(foreignOwner(preview, preview), undefined);
  assert.equal(foreignOwner(OURS, OURS), undefined);
  assert.match(foreignOwner(OURS, preview)!, /acme\/flows\/dev, not as a preview/);
  assert.match(foreignOwner(preview, OURS)!, /the preview of pull request 7/);
  assert.match(foreignOwner({ ...OURS, [PREVIEW_LABEL]: '8' }, preview)!, /pull request 8/);
  assert.match(foreignOwner({}, preview)!, /nobody/);
});

test('the preview: section is validated at its place: booleans only, known keys only', () => {
  const check = (yaml: string) =>
    checkSchema('f.yaml', parseYaml('f.yaml', yaml).root!).map((d) => `${d.line}:${d.column} ${d.message}`);
  const file = (top: string, own: string) =>
    `${top}deployments:\n  - name: a\n    entrypoint: f.py:f\n    work_pool: {name: p}\n${own}`;
  assert.deepEqual(
    check(file('preview: {schedules: true, automations: false}\n', '    preview: {schedules: false}\n')),
    [],
  );
  assert.deepEqual(check(file('preview:\n', '')), []);
  assert.deepEqual(check(file('preview: {schedules: "yes"}\n', '    preview: {automation: true}\n')), [
    "1:22 'schedules' must be true or false, not a string",
    "6:15 unknown key 'automation' (did you mean 'automations'?); expected one of: schedules, automations",
  ]);
  assert.deepEqual(check(file('preview: true\n', '')), [
    "1:10 'preview' must be a mapping (or empty), not true or false",
  ]);
});

const payload = (action: string, head: string | null, extra: Record<string, unknown> = {}) => ({
  action,
  pull_request: {
    number: 7,
    head: { sha: SHA, repo: head === null ? null : { full_name: head } },
    base: { repo: { full_name: 'acme/flows' } },
    ...extra,
  },
});

test('events: a same-repository pull request opens, updates and closes previews; everything else is refused', () => {
  for (const action of ['opened', 'synchronize', 'reopened']) {
    assert.deepEqual(
      { ...previewEvent('pull_request', payload(action, 'acme/flows')), reason: '' },
      { kind: 'open', number: 7, sha: SHA, reason: '' },
    );
  }
  const merged = previewEvent('pull_request', payload('closed', 'acme/flows', { merged: true }));
  assert.equal(merged.kind, 'close');
  assert.match(merged.reason, /#7 merged/);
  assert.equal(previewEvent('pull_request', payload('closed', 'acme/flows', { merged: false })).kind, 'close');

  const refusals: [string, unknown, RegExp][] = [
    ['pull_request', payload('opened', 'someone/flows'), /from a fork \(someone\/flows\)/],
    ['pull_request', payload('closed', 'someone/flows'), /from a fork/],
    ['pull_request', payload('synchronize', null), /from a fork \(deleted\)/],
    ['pull_request_target', payload('opened', 'acme/flows'), /pull_request_target runs with the base/],
    ['push', {}, /not push/],
    ['workflow_dispatch', {}, /not workflow_dispatch/],
    ['pull_request', payload('labeled', 'acme/flows'), /'labeled' neither opens/],
    ['pull_request', {}, /names no pull request/],
  ];
  for (const [event, body, why] of refusals) {
    const r = previewEvent(event, body);
    assert.equal(r.kind, 'refused', `${event} ${JSON.stringify(body)}`);
    assert.match(r.reason, why);
    assert.match(r.reason, /this run only plans/);
  }
});

test('the comment lists each preview with its page and the command that runs it; a close says they were removed', () => {
  const entry = (name: string, action: PlanEntry['action'], id?: string) =>
    ({ name, flowName: 'etl', action, changes: [], anchors: [], notes: [], id }) as PlanEntry;
  const created = entry('nightly-pr-7', 'create');
  const report = {
    mode: 'deploy' as const,
    sha: SHA,
    apiUrl: 'http://127.0.0.1:4200/api',
    preview: { number: 7, close: false },
    entries: [created],
    results: new Map([[created, { entry: created, id: 'd-1' }]]),
  } as unknown as Parameters<typeof previewsSection>[0];
  const lines = previewsSection(report).join('\n');
  assert.match(lines, /#### Previews/);
  assert.match(lines, /run commit <code>ababababab/);
  assert.match(
    lines,
    /\| <code>nightly-pr-7<\/code> \| \[open\]\(http:\/\/127\.0\.0\.1:4200\/deployments\/deployment\/d-1\) \|/,
  );
  assert.match(lines, /<code>prefect deployment run 'etl\/nightly-pr-7'<\/code>/);

  const gone = entry('nightly-pr-7', 'delete', 'd-1');
  const closed = {
    ...report,
    preview: { number: 7, close: true },
    entries: [gone],
    results: new Map([[gone, { entry: gone, id: 'd-1' }]]),
  } as typeof report;
  assert.match(
    previewsSection(closed).join('\n'),
    /The previews of pull request #.*7 were removed, with their automations: <code>nightly-pr-7<\/code>\./,
  );
  assert.match(previewsSection({ ...closed, entries: [] }).join('\n'), /has no previews left: nothing to remove/);
  assert.deepEqual(previewsSection({ ...report, preview: undefined }), []);
});
