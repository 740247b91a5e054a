/** Every renderer shows the stages' sections in the order the pipeline runs them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJson, renderText } from '../../src/report/text.js';
import { hasChanges, hasFailures, type DeployReport } from '../../src/stages/report.js';

const report = {
  mode: 'deploy',
  environment: 'dev',
  sha: 'a'.repeat(40),
  file: 'f.yaml',
  serverVersion: '3.8.8',
  apiUrl: 'http://x/api',
  validation: { errors: [], warnings: [] },
  timings: {},
  steps: { ran: ['run_shell_script tag (f.yaml:2)'], outputs: new Map() },
  image: { uri: 'r/img:aaa', revision: 'a'.repeat(40), built: true, tagsWritten: ['dev'] },
  blocks: [{ key: 'secret/s', spec: { type: 'secret', name: 's' }, action: 'unchanged', changed: [], notCompared: [] }],
  blockScripts: { scripts: ['blocks.py'], ran: true },
  codeStorage: {
    url: 's3://b/p/aaa/',
    rules: '.gitignore',
    files: 1,
    bytes: 10,
    missing: 0,
    missingBytes: 0,
    uploaded: 0,
    via: 'pull_from_s3',
  },
  entries: [
    {
      name: 'etl',
      flowName: 'f',
      action: 'unchanged',
      changes: [],
      notes: [],
      id: 'id-1',
      desired: { state: { schedules: [] } },
    },
  ],
  results: new Map(),
  automations: [{ deployment: 'etl', flowName: 'f', action: 'unchanged', desired: [], live: [], slas: [{}] }],
  worker: {
    cluster: 'c',
    service: 's',
    region: 'us-east-1',
    container: 'w',
    action: 'unchanged',
    to: 'r/img@sha256:1',
  },
  verify: [
    {
      deployment: 'etl',
      flow: 'f',
      parameterNames: [],
      flowRun: { id: 'r1', name: 'n' },
      state: 'Completed',
      seconds: 1,
      outcome: 'completed',
    },
  ],
} as unknown as DeployReport;

const inOrder = (text: string, marks: string[]) => {
  const at = marks.map((m) => text.indexOf(m));
  assert.ok(
    at.every((i) => i >= 0),
    `${marks.filter((_, i) => at[i] < 0).join(', ')} missing in:\n${text}`,
  );
  assert.deepEqual(
    [...at].sort((a, b) => a - b),
    at,
    text,
  );
};

test('text, markdown and JSON: build steps, image, blocks, block scripts, code storage, deployments, automations, worker, verify', () => {
  inOrder(renderText(report), [
    'Build steps ran',
    'Image: ',
    'Block secret/s',
    'Block scripts ran',
    'Code: ',
    'deployment  flow',
    '1 unchanged',
    'Automations of etl',
    'Worker service c/s',
    'Verify: 1 of 1 run completed',
    'Prefect UI',
  ]);
  const md = renderMarkdown({ environment: 'dev', mode: 'deploy', sha: report.sha, report });
  inOrder(md, [
    '#### Build steps',
    '#### Image',
    '#### Blocks',
    '#### Block scripts',
    '#### Code storage',
    '#### Deployments',
    '#### Automations',
    '#### Worker service',
    '#### Verify',
  ]);
  const keys = Object.keys(JSON.parse(renderJson(report)) as object);
  assert.deepEqual(keys, [
    'environment',
    'sha',
    'mode',
    'stopped',
    'steps',
    'image',
    'blocks',
    'blockScripts',
    'codeStorage',
    'deployments',
    'automations',
    'worker',
    'verify',
    'errors',
    'timings',
  ]);
});

test('changes and failures come from the stages: nothing to write, then a block to update, then an automation that failed', () => {
  assert.equal(hasChanges(report), false);
  assert.equal(hasFailures(report), false);
  const changed = {
    ...report,
    blocks: [{ ...report.blocks[0], action: 'update', changed: ['value'] }],
  } as DeployReport;
  assert.equal(hasChanges(changed), true);
  const failed = {
    ...report,
    automations: [{ ...report.automations[0], error: 'POST /automations/: 422' }],
  } as DeployReport;
  assert.equal(hasFailures(failed), true);
  assert.deepEqual(JSON.parse(renderJson(failed)).errors, [
    { deployment: 'etl', flow: 'f', message: 'automations: POST /automations/: 422' },
  ]);
});
