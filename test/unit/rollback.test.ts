/**
 * Rollback: the pure classification of a live version against the commit deployed,
 * the clone's history as git tells it (a real repository, a shallow clone of it), and
 * what the renderers show of a rollback.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseArgs } from '../../src/args/settings.js';
import { commitAncestry } from '../../src/git.js';
import type { PlanEntry } from '../../src/plan/diff.js';
import { classifyMove, liveCommit, notableMoves } from '../../src/plan/rollback.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { deploymentsJson, renderText } from '../../src/report/text.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

test('liveCommit: a live version that is another commit SHA, never the same commit abbreviated or a non-SHA', () => {
  assert.equal(liveCommit(B, A), B);
  assert.equal(liveCommit(A.slice(0, 7), A), undefined, 'an abbreviation of the deployed commit');
  assert.equal(liveCommit(A, A.slice(0, 12)), undefined);
  assert.equal(liveCommit(A.toUpperCase(), A), undefined);
  assert.equal(liveCommit('0.0.1', A), undefined);
  assert.equal(liveCommit('--output=x', A), undefined);
  assert.equal(liveCommit(null, A), undefined);
  assert.equal(liveCommit(B, undefined), undefined);
});

test('classifyMove: newer live commit is a rollback with the commits it undoes, bounded; older is forward', () => {
  const commits = Array.from({ length: 25 }, (_, i) => `c${String(i).padStart(6, '0')} change ${i}`);
  const rollback = classifyMove(B, A, {
    known: true,
    liveIsNewer: true,
    liveIsOlder: false,
    undone: { commits, total: 31 },
  });
  assert.deepEqual(rollback, { kind: 'rollback', from: B, to: A, undone: commits.slice(0, 20), more: 11 });
  const one = classifyMove(B, A, {
    known: true,
    liveIsNewer: true,
    liveIsOlder: false,
    undone: { commits: ['bbbbbbb B'], total: 1 },
  });
  assert.deepEqual(one, { kind: 'rollback', from: B, to: A, undone: ['bbbbbbb B'], more: 0 });
  assert.deepEqual(classifyMove(B, A, { known: true, liveIsNewer: false, liveIsOlder: true }), {
    kind: 'forward',
    from: B,
    to: A,
  });
  assert.deepEqual(classifyMove(B, A, { known: true, liveIsNewer: false, liveIsOlder: false }), {
    kind: 'diverged',
    from: B,
    to: A,
  });
  assert.deepEqual(classifyMove(B, A, { known: false, why: 'commit bbb is not in this clone' }), {
    kind: 'unknown',
    from: B,
    to: A,
    why: 'commit bbb is not in this clone',
  });
});

test('notableMoves: one per live commit and kind, with its deployments; forward moves are not shown', () => {
  const move = classifyMove(B, A, {
    known: true,
    liveIsNewer: true,
    liveIsOlder: false,
    undone: { commits: ['b'], total: 1 },
  });
  const forward = classifyMove(A, B, { known: true, liveIsNewer: false, liveIsOlder: true });
  assert.deepEqual(
    notableMoves([{ name: 'x', move }, { name: 'y', move }, { name: 'z', move: forward }, { name: 'w' }]),
    [{ move, deployments: ['x', 'y'] }],
  );
});

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A repository with a line of commits; returns it and the commits, oldest first. */
function history(count: number): { dir: string; commits: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ped-rollback-'));
  git(dir, 'init', '-q', '-b', 'main');
  const commits: string[] = [];
  for (let i = 0; i < count; i++) {
    writeFileSync(path.join(dir, 'n.txt'), String(i));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', `change ${i} | *bold* @team`);
    commits.push(git(dir, 'rev-parse', 'HEAD'));
  }
  return { dir, commits };
}

test('commitAncestry reads the clone: newer, older, diverged, unknown, and the undone commits bounded', async () => {
  const { dir, commits } = history(25);
  const [first, second] = commits;
  const last = commits[24];
  const rollback = (await commitAncestry(dir, second, last, 20))!;
  assert.ok(rollback.known && rollback.liveIsNewer && !rollback.liveIsOlder, JSON.stringify(rollback));
  assert.equal(rollback.undone?.total, 23);
  assert.equal(rollback.undone?.commits.length, 20);
  assert.match(
    rollback.undone!.commits[0],
    new RegExp(`^${last.slice(0, 7)}[0-9a-f]* change 24 \\| \\*bold\\* @team$`),
  );
  assert.deepEqual(classifyMove(last, second, rollback).kind, 'rollback');
  assert.equal((classifyMove(last, second, rollback) as { more: number }).more, 3);

  const forward = (await commitAncestry(dir, last, first, 20))!;
  assert.deepEqual(forward, { known: true, liveIsNewer: false, liveIsOlder: true });

  git(dir, 'checkout', '-q', '-b', 'side', first);
  writeFileSync(path.join(dir, 'side.txt'), 'side');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'side');
  const side = git(dir, 'rev-parse', 'HEAD');
  assert.deepEqual(await commitAncestry(dir, side, last, 20), { known: true, liveIsNewer: false, liveIsOlder: false });

  const unknown = await commitAncestry(dir, last, 'c'.repeat(40), 20);
  assert.deepEqual(unknown, { known: false, why: 'commit cccccccccccc is not in this clone' });
  // No history to place anything in: nothing is said (a --sha the clone lacks, a folder outside any checkout).
  assert.equal(await commitAncestry(dir, 'c'.repeat(40), last, 20), undefined);
  assert.equal(await commitAncestry(mkdtempSync(path.join(tmpdir(), 'ped-nogit-')), last, first, 20), undefined);
});

test('a shallow clone: a live commit beyond its depth is unknown, and it says to fetch the whole history', async () => {
  const { dir, commits } = history(3);
  const shallow = mkdtempSync(path.join(tmpdir(), 'ped-shallow-'));
  git(shallow, 'clone', '-q', '--depth', '1', '--no-single-branch', `file://${dir}`, '.');
  git(dir, 'checkout', '-q', '-b', 'newer');
  writeFileSync(path.join(dir, 'n.txt'), 'newer');
  git(dir, 'commit', '-qam', 'newer');
  const newer = git(dir, 'rev-parse', 'HEAD');
  const answer = await commitAncestry(shallow, commits[2], newer, 20);
  assert.equal(answer?.known, false);
  assert.match(
    answer?.known === false ? answer.why : '',
    /is not in this clone \(a shallow clone: fetch the whole history, fetch-depth: 0\)/,
  );
});

/** A deploy report with one rolled-back deployment and one whose live commit the clone does not hold. */
function report(mode: 'plan' | 'deploy') {
  const rollback = classifyMove(
    B,
    A,
    {
      known: true,
      liveIsNewer: true,
      liveIsOlder: false,
      undone: { commits: ['bbbbbbb fix | *the* <b>thing</b> @team', 'ccccccc another'], total: 23 },
    },
    2,
  );
  const unknown = classifyMove('d'.repeat(40), A, { known: false, why: 'commit dddddddddddd is not in this clone' });
  const entry = (name: string, move: PlanEntry['move']): PlanEntry => ({
    name,
    flowName: 'hello',
    action: 'update',
    changes: [{ field: 'version', from: move!.from, to: A, secret: false }],
    id: `id-${name}`,
    anchors: [],
    notes: [],
    move,
  });
  const entries = [entry('hello-dev', rollback), entry('etl-dev', rollback), entry('other-dev', unknown)];
  return {
    mode,
    environment: 'dev',
    sha: A,
    file: 'prefect-deployments-dev.yaml',
    serverVersion: '3.9.1',
    apiUrl: 'http://x/api',
    validation: { errors: [], warnings: [] },
    blocks: [],
    blockScripts: { scripts: [], ran: false },
    steps: { ran: [], outputs: new Map() },
    automations: [],
    verify: [],
    entries,
    results: new Map(mode === 'deploy' ? entries.map((e) => [e, { entry: e, id: e.id }]) : []),
    timings: {},
  } as never;
}

test('the summary: the rows say rollback, the commits it undoes are listed (inert), and how many more', () => {
  const plan = renderMarkdown({ environment: 'dev', mode: 'plan', sha: A, report: report('plan') });
  assert.match(plan, /\| <code>hello-dev<\/code> \| hello \| ⏪ rollback \|/);
  assert.match(plan, /\| <code>etl-dev<\/code> \| hello \| ⏪ rollback \|/);
  assert.match(plan, /\*\*2 rollback, 1 update\*\*/);
  assert.match(
    plan,
    /⏪ Rollback: hello-dev, etl-dev run bbbbbbbbbbbb, newer than aaaaaaaaaaaa in this repository's history; this deploy would undo 23 commits:\n\n- <code>bbbbbbb<\/code> fix &#124; &#42;the&#42; &lt;b&gt;thing&lt;\/b&gt; @&#8203;team\n- <code>ccccccc<\/code> another\n- and 21 more/,
  );
  // A plan (a pull request's, often from a shallow clone) does not guess: it says nothing of what it cannot tell.
  assert.doesNotMatch(plan, /cannot be told/);

  const deploy = renderMarkdown({ environment: 'dev', mode: 'deploy', sha: A, report: report('deploy') });
  assert.match(deploy, /\| <code>hello-dev<\/code> \| hello \| ⏪ rolled back \|/);
  assert.match(deploy, /this deploy undoes 23 commits/);
  assert.match(
    deploy,
    /⚠️ other-dev: whether this deploy rolls back from dddddddddddd cannot be told \(commit dddddddddddd is not in this clone\)/,
  );
});

test('the terminal report and the JSON: rolled back, the commits, and a rollback field beside the update', () => {
  const text = renderText(report('deploy'));
  assert.match(text, /hello-dev +hello +rolled back/);
  assert.match(text, /Rollback: hello-dev, etl-dev run bbbbbbbbbbbb[^\n]*undoes 23 commits:\n {2}bbbbbbb fix/);
  assert.match(text, /\n {2}and 21 more\n/);
  const json = deploymentsJson(report('deploy'));
  assert.equal(json[0].action, 'updated');
  assert.deepEqual(json[0].rollback, {
    from: B,
    to: A,
    undone: ['bbbbbbb fix | *the* <b>thing</b> @team', 'ccccccc another'],
    more: 21,
  });
  assert.deepEqual(json[2].versionMove, {
    kind: 'unknown',
    from: 'd'.repeat(40),
    to: A,
    why: 'commit dddddddddddd is not in this clone',
  });
});

test('--sha abbreviating the checked-out commit is that commit in full: its image tag and code folder are found', () => {
  const { dir, commits } = history(2);
  writeFileSync(path.join(dir, 'prefect-deployments-dev.yaml'), 'deployments: []\n');
  const head = commits[1];
  const sha = (given: string) => parseArgs(['plan', '--env', 'dev', '--sha', given], {}, dir).sha;
  assert.equal(sha(head.slice(0, 7)), head);
  assert.equal(sha(head.slice(0, 12).toUpperCase()), head);
  assert.equal(sha(head), head);
  // Another commit's abbreviation stays as given: the checkout cannot vouch for it.
  assert.equal(sha(commits[0].slice(0, 7)), commits[0].slice(0, 7));
});
