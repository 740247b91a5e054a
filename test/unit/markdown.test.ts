/** The markdown renderer shows values as inert text, and cuts what GitHub would refuse. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown, text, truncateMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { DeployReport } from '../../src/stages/report.js';

test('values cannot open HTML, comments, code spans, links or table cells', () => {
  const evil = '<!-- prefect-ecr-deploy:prod --> `x` | [a](b) **b** <img src=x> a\nb & $x$ ~~s~~ \\ #';
  const out = text(evil).replace(/&#?\w+;/g, '');
  for (const c of ['<', '>', '`', '|', '[', ']', '*', '\n', '~', '\\', '#', '$'])
    assert.ok(!out.includes(c), `${JSON.stringify(c)} in ${out}`);
  assert.equal(text('plain words, 1-2 (ok)'), 'plain words, 1-2 (ok)');
});

test('a report over the limit is cut at a line with a note; one under it is unchanged', () => {
  const body = Array.from({ length: 1000 }, (_, i) => `| row ${i} |`).join('\n');
  assert.equal(truncateMarkdown(body, body.length, 'see the summary'), body);
  const cut = truncateMarkdown(body, 5000, 'see the summary');
  assert.ok(cut.length <= 5000);
  assert.match(cut, /\| row \d+ \|\n\n> ✂️ This report was cut to fit GitHub's size limit: see the summary\.\n$/);
});

test('the automations and build steps sections: actions in the report tense, names as inert text', () => {
  const automation = (name: string) => ({
    name,
    description: '',
    enabled: true,
    tags: [],
    trigger: {},
    parameters: null,
    job_variables: null,
    schedule_after: 0,
  });
  const report = {
    mode: 'deploy',
    sha: 'a'.repeat(40),
    file: 'prefect.yaml',
    serverVersion: '3.9.1',
    apiUrl: 'http://x/api',
    validation: {
      file: 'prefect.yaml',
      valid: true,
      errors: [],
      warnings: [],
      deployments: [],
      validated: undefined as never,
    },
    blocks: [],
    blockScripts: { scripts: [], ran: false },
    entries: [],
    results: new Map(),
    verify: [],
    steps: { ran: ['run_shell_script get-commit-hash (prefect.yaml:2)'], outputs: new Map() },
    automations: [
      {
        deployment: 'etl',
        flowName: 'f',
        action: 'replace',
        desired: [automation('etl__automation_1'), automation('<b>|pinged')],
        live: ['old'],
      },
      { deployment: 'gone', flowName: 'f', action: 'delete', desired: [], live: ['gone__automation_1'] },
      {
        deployment: 'broken',
        flowName: 'f',
        action: 'create',
        desired: [automation('x')],
        live: [],
        error: 'POST /automations/: 422 bad',
      },
    ],
  } as never;
  const md = renderMarkdown({ environment: 'dev', mode: 'deploy', sha: 'a'.repeat(40), report });
  assert.match(md, /#### Build steps\n\nBuild steps ran: run&#95;shell&#95;script get-commit-hash \(prefect\.yaml:2\)/);
  assert.match(md, /\| <code>etl<\/code> \| ✏️ replaced \| etl&#95;&#95;automation&#95;1, &lt;b&gt;&#124;pinged \|/);
  assert.match(md, /\| <code>gone<\/code> \| 🗑️ deleted \| gone&#95;&#95;automation&#95;1 \|/);
  assert.match(md, /\| <code>broken<\/code> \| ❌ failed \| POST \/automations\/: 422 bad \|/);
});

test('code storage and worker service sections: in pipeline order, every value inert', () => {
  const report = {
    mode: 'deploy',
    environment: 'dev',
    sha: 'a'.repeat(40),
    file: 'f.yaml',
    serverVersion: '3.9.1',
    apiUrl: 'http://x/api',
    validation: { errors: [], warnings: [] },
    blocks: [],
    blockScripts: { scripts: [], ran: false },
    entries: [],
    results: new Map(),
    verify: [],
    steps: { ran: [], outputs: new Map() },
    automations: [],
    timings: {},
    codeStorage: {
      url: 's3://b/<img src=x>/aaa/',
      rules: '.gitignore',
      files: 3,
      bytes: 1234,
      missing: 3,
      missingBytes: 1234,
      uploaded: 3,
      via: 'pull_from_s3',
      seconds: 0.4,
    },
    worker: {
      cluster: 'c',
      service: 's|x',
      region: 'us-east-1',
      container: 'w',
      action: 'update',
      from: 'old`',
      to: 'new@sha256:1',
      taskDefinition: 'arn:td:2',
      stable: true,
    },
  } as unknown as DeployReport;
  const md = renderMarkdown({ environment: 'dev', mode: 'deploy', sha: report.sha, report });
  const code = md.indexOf('#### Code storage');
  const deployments = md.indexOf('#### Deployments');
  const worker = md.indexOf('#### Worker service');
  assert.ok(code > 0 && code < deployments && deployments < worker, md);
  assert.ok(
    md.includes(
      's3://b/&lt;img src=x&gt;/aaa/ (3 files, 1.2 kB, chosen by .gitignore): 3 uploaded in 0.4 s; read with pull&#95;from&#95;s3',
    ),
    md,
  );
  assert.ok(
    md.includes('c/s&#124;x (us-east-1, container w): image old&#96; -&gt; new@&#8203;sha256:1 &#91;stable&#93;'),
    md,
  );
  assert.equal(
    renderText(report)
      .split('\n')
      .filter((l) => l.startsWith('Code: ') || l.startsWith('Worker service ')).length,
    2,
  );
});

test('values cannot mention people or teams, nor become links: @mentions, bare URLs and www. are broken by a zero-width space', () => {
  const value =
    'ping @acme/platform-team and @octocat, see https://evil.example/x, HTTP://evil.example, ftp://evil.example, www.evil.example, mail a.b@evil.example, #12 and GH-3';
  const out = text(value);
  // What GitHub renders: entities decoded; a zero-width space (U+200B) breaks each pattern.
  const shown = out
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(lt|gt|amp|quot);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[e]!);
  assert.doesNotMatch(shown, /@[\w-]/, 'a mention or an e-mail autolink');
  assert.doesNotMatch(shown, /(?:https?|ftp):\/\//i, 'a URL autolink');
  assert.doesNotMatch(shown, /www\./i, 'a www. autolink');
  assert.doesNotMatch(shown, /#\d/, 'an issue reference');
  // Read by a person, the value is unchanged.
  assert.equal(shown.replace(/\u200b/g, ''), value);
  // In a whole report: a deployment named after a team.
  const report = {
    mode: 'plan',
    sha: 'a'.repeat(40),
    file: 'f.yaml',
    serverVersion: '3.9.1',
    apiUrl: 'http://x/api',
    validation: { errors: [], warnings: [] },
    blocks: [],
    blockScripts: { scripts: [], ran: false },
    results: new Map(),
    verify: [],
    steps: { ran: [], outputs: new Map() },
    automations: [],
    timings: {},
    entries: [
      {
        name: '@acme/platform-team',
        flowName: 'www.evil.example',
        action: 'create',
        changes: [],
        desired: { state: { schedules: [] } },
      },
    ],
  } as unknown as DeployReport;
  const md = renderMarkdown({ environment: 'dev', mode: 'plan', sha: report.sha, report });
  assert.ok(md.includes('<code>@&#8203;acme/platform-team</code>'), md);
  assert.ok(md.includes('www&#8203;.evil.example'), md);
});

test('the blocks section: a conflict says who owns it and nothing of its fields; secret fields a plan does not compare are named', () => {
  const block = (name: string, rest: Record<string, unknown>) => ({
    key: `secret/${name}`,
    spec: { type: 'secret', name },
    changed: [],
    notCompared: [],
    writeOwner: false,
    ...rest,
  });
  const report = {
    mode: 'plan',
    environment: 'dev',
    sha: 'a'.repeat(40),
    file: 'f.yaml',
    serverVersion: '3.9.1',
    apiUrl: 'http://x/api',
    validation: { errors: [], warnings: [] },
    blockScripts: { scripts: [], ran: false },
    entries: [],
    results: new Map(),
    verify: [],
    steps: { ran: [], outputs: new Map() },
    automations: [],
    timings: {},
    blocks: [
      block('theirs', { action: 'conflict', owner: 'acme/other_repo/dev' }),
      block('ours', { action: 'unchanged', notCompared: ['value'] }),
      block('taken', {
        action: 'update',
        changed: ['value'],
        adoptedFrom: 'nobody (it was not created by prefect-ecr-deploy)',
      }),
    ],
  } as unknown as DeployReport;
  const md = renderMarkdown({ environment: 'dev', mode: 'plan', sha: report.sha, report });
  assert.ok(
    md.includes(
      '| <code>secret/theirs</code> | ⚠️ conflict | exists, owned by acme/other&#95;repo/dev: not compared; deploy refuses it unless --adopt |',
    ),
    md,
  );
  assert.ok(
    md.includes(
      '| <code>secret/ours</code> | unchanged | secret fields set by the file, not compared in a plan: value |',
    ),
    md,
  );
  assert.ok(
    md.includes(
      '| <code>secret/taken</code> | ✏️ update | value; adopted: it was owned by nobody (it was not created by prefect-ecr-deploy) |',
    ),
    md,
  );
  assert.match(
    renderText(report),
    /Block secret\/theirs: conflict \(exists, owned by acme\/other_repo\/dev: not compared; deploy refuses it unless --adopt\)\n/,
  );
});
