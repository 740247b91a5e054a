/**
 * Build steps given as Python functions, against the pinned `prefect deploy --all`: a
 * team's own step (a package in the repository) and Prefect's test step, their returned
 * dicts filling later steps and the deployment's fields, register what prefect deploy
 * registers. A module python3 cannot import is refused at its line before any write; in
 * an event that runs a pull request's code with the repository's secrets the steps never run.
 * The deployment, its flow and its work pool are named for this file: a shared server will do.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { venvBin } from '../support/python.js';
import { makeRepo } from '../support/repo.js';
import { prefectClientEnv, serverWithPool, type RunningServer } from '../support/server.js';

const SHA = 'e7'.repeat(20);
let server: RunningServer;
before(async () => {
  server = await serverWithPool('sqlite', 'python-steps-pool', { shared: true });
  // A shared server may hold what an earlier run of this file left: each test starts without it.
  await registered('python-steps');
});
after(() => server?.stop());

/** The flow, of a name of this file's own (the examples' hello is other files' too). */
const FLOW = `from prefect import flow


@flow
def python_steps_hello(number: int = 42, name: str = "world"):
    print(f"{name} x{number}")
`;

/** A team's own steps: a package in the repository, importable where prefect deploy runs; `ran` says a step ran. */
const steps = (ran: string) => `import asyncio

def tag_release(prefix, number=1):
    open(${JSON.stringify(ran)}, 'a').write(prefix + '\\n')
    print("tagging", prefix)
    return {"tag": f"{prefix}-{number}", "count": number, "labels": ["rc", f"n{number}"]}

async def summarize(tag, count):
    await asyncio.sleep(0)
    return {"summary": f"{tag} x{count}"}
`;

const FILE = `build:
  - mypkg.steps.tag_release:
      id: release
      prefix: rel
      number: 3
  - mypkg.steps:summarize:
      id: sum
      tag: "{{ release.tag }}"
      count: "{{ release.count }}"
  - prefect.testing.utilities.a_test_step:
      id: probe
      given: "{{ sum.summary }}"
deployments:
  - name: python-steps
    entrypoint: flows/python_steps.py:python_steps_hello
    version: "{{ release.tag }}"
    description: "{{ probe.given }}; {{ probe.output3 }}"
    tags: "{{ release.labels }}"
    parameters: {number: "{{ release.count }}", name: "{{ release.tag }}"}
    work_pool: {name: python-steps-pool, job_variables: {env: {RELEASE: "{{ release.tag }}"}}}
`;

/** A repository with the team's steps and this file; `ran` exists once tag_release ran. */
function repo(file: string): { root: string; ran: string } {
  const ran = path.join(mkdtempSync(path.join(tmpdir(), 'ped-pysteps-')), 'ran');
  const files = {
    'flows/python_steps.py': FLOW,
    'mypkg/__init__.py': '',
    'mypkg/steps.py': steps(ran),
    'prefect.yaml': file,
  };
  return { root: makeRepo(files), ran };
}

type Deployment = Record<string, unknown> & { id: string };

/** The deployment as registered, deleted then: each test starts without it. */
async function registered(name: string): Promise<Record<string, unknown> | undefined> {
  const [d] = await server.api<Deployment[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: [name] } },
  });
  if (!d) return undefined;
  const view = Object.fromEntries(
    ['version', 'description', 'tags', 'parameters', 'job_variables', 'pull_steps', 'entrypoint'].map((k) => [k, d[k]]),
  );
  await server.api('DELETE', `/deployments/${d.id}`);
  return view;
}

/** python3 on PATH: the test venv's (Prefect's test steps need Prefect), else the system's. */
const withPrefect = () => `${path.dirname(venvBin('python'))}${path.delimiter}${process.env.PATH}`;

function cli(root: string, args: string[], env: Record<string, string> = {}) {
  return runCli(args, root, { PREFECT_API_URL: server.apiUrl, PATH: withPrefect(), ...env });
}

test('Python function steps register what the pinned prefect deploy --all registers', async () => {
  const { root } = repo(FILE);
  const prefect = spawnSync(venvBin('prefect'), ['--no-prompt', 'deploy', '--all'], {
    cwd: root,
    env: { ...prefectClientEnv(server), PREFECT_LOGGING_LEVEL: 'WARNING' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  assert.equal(prefect.status, 0, `prefect deploy failed:\n${prefect.stdout}\n${prefect.stderr}`);
  const theirs = await registered('python-steps');
  assert.ok(theirs, 'prefect deploy registered nothing');

  const r = cli(root, ['deploy', '--file', 'prefect.yaml', '--sha', SHA, '--json']);
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  assert.deepEqual(await registered('python-steps'), theirs);
  assert.equal(theirs.version, 'rel-3');
  assert.deepEqual(theirs.parameters, { number: 3, name: 'rel-3' }, 'a whole template keeps the returned type');
  assert.deepEqual(theirs.tags, ['rc', 'n3']);
  assert.equal(theirs.description, 'rel-3 x3; This one is actually a string');
  assert.deepEqual(JSON.parse(r.stdout).steps, [
    'mypkg.steps.tag_release release (prefect.yaml:2)',
    'mypkg.steps:summarize sum (prefect.yaml:6)',
    'prefect.testing.utilities.a_test_step probe (prefect.yaml:10)',
  ]);
  // Progress shows what the step printed.
  assert.match(r.stderr, /mypkg\.steps\.tag_release release \(prefect\.yaml:2\)[\s\S]*tagging rel/);

  // A plan runs the steps too, and shows fields that read their outputs as changed without their values.
  assert.equal(cli(root, ['deploy', '--file', 'prefect.yaml', '--sha', SHA]).status, 0);
  writeFileSync(path.join(root, 'prefect.yaml'), FILE.replace('number: 3', 'number: 4'));
  const plan = cli(root, ['plan', '--file', 'prefect.yaml', '--sha', SHA]);
  assert.equal(plan.status, 0, plan.stderr);
  assert.match(plan.stdout, /version: changed \(holds a secret-bearing value: not shown\)/);
  assert.doesNotMatch(plan.stdout, /rel-[34]/);
  await registered('python-steps');
});

test('a step whose module python3 cannot import is refused at its line, before any write', async () => {
  const file = FILE.replace('mypkg.steps:summarize', 'teampkg.steps:summarize').replace(
    '      id: sum\n',
    '      id: sum\n      requires: teampkg>=2\n',
  );
  const { root, ran } = repo(file);
  for (const command of ['validate', 'plan', 'deploy']) {
    const r = cli(root, [command, '--file', 'prefect.yaml', '--sha', SHA], { PATH: process.env.PATH! });
    assert.equal(r.status, 2, `${command}: ${r.stderr}`);
    assert.match(
      r.stderr,
      /prefect\.yaml:6:5: build step teampkg\.steps:summarize cannot run: python3 \(\/usr\/bin\/python3, Python 3\.\d+\.\d+\) cannot import teampkg\.steps: No module named 'teampkg' \(prefect deploy would pip install "teampkg>=2" first; this tool installs nothing\)/,
    );
    // The system python3 has no Prefect: its test step is refused too, at its own line.
    assert.match(
      r.stderr,
      /prefect\.yaml:11:5: build step prefect\.testing\.utilities\.a_test_step cannot run: .*cannot import prefect\.testing\.utilities: No module named 'prefect'/,
    );
  }
  assert.ok(!existsSync(ran), 'a step ran');
  assert.equal(await registered('python-steps'), undefined, 'a deployment was registered');
});

test("Python function steps never run in an event that runs a pull request's code with the repository's secrets", async () => {
  const { root, ran } = repo(FILE);
  const target = { GITHUB_EVENT_NAME: 'pull_request_target' };
  const plan = cli(root, ['plan', '--file', 'prefect.yaml', '--sha', SHA], target);
  assert.equal(plan.status, 0, plan.stderr);
  assert.match(
    plan.stdout,
    /Build steps not run \(pull_request_target: it runs a pull request's code with the repository's secrets\): mypkg\.steps\.tag_release release \(prefect\.yaml:2\), whose output fills version, tags, parameters, work_pool of python-steps, .*prefect\.testing\.utilities\.a_test_step probe \(prefect\.yaml:10\), whose output fills description of python-steps/,
  );
  const deploy = cli(root, ['deploy', '--file', 'prefect.yaml', '--sha', SHA], target);
  assert.equal(deploy.status, 2, deploy.stderr);
  assert.match(
    deploy.stderr,
    /Python function steps \(prefect\.yaml:2, prefect\.yaml:6, prefect\.yaml:10\) do not run on pull_request_target: it runs a pull request's code with the repository's secrets; nothing was deployed/,
  );
  assert.ok(!existsSync(ran), 'a step ran');
  assert.equal(await registered('python-steps'), undefined, 'a deployment was registered');
  // A pull request's own event may run them (a fork's gets no secrets), as run_shell_script steps.
  const pr = cli(root, ['plan', '--file', 'prefect.yaml', '--sha', SHA], { GITHUB_EVENT_NAME: 'pull_request' });
  assert.equal(pr.status, 0, pr.stderr);
  assert.ok(existsSync(ran), 'the steps did not run in a pull_request plan');
});

test('a step that raises stops the run before any write, with what it raised and where', async () => {
  const file = FILE.replace('      number: 3\n', '      number: 3\n      unexpected: yes\n');
  const { root } = repo(file);
  const r = cli(root, ['deploy', '--file', 'prefect.yaml', '--sha', SHA]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(
    r.stderr,
    /mypkg\.steps\.tag_release release \(prefect\.yaml:2\): mypkg\.steps\.tag_release raised TypeError: tag_release\(\) got an unexpected keyword argument 'unexpected'; nothing was registered/,
  );
  assert.equal(await registered('python-steps'), undefined, 'a deployment was registered');
});
