/**
 * The project's own CI workflow, its `action` job (`uses: ./` on examples/, plan mode,
 * no Prefect credentials), under a real Actions runner (nektos/act, host mode), on a
 * push to main and on a pull request. Every workflow of the project and of examples/ passes
 * actionlint (scripts/act-infra.sh builds it).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { actBin, dockerLogins, gitRepo, runWorkflow } from '../support/act.js';
import { actionlint } from '../support/actionlint.js';
import { repoRoot } from '../support/python.js';

const OUTPUTS = Object.keys(
  (parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { outputs: object }).outputs,
);

/** The files of this repository the job reads: the action as committed (dist/ freshly built) and examples/. */
function project(): { dir: string; sha: string } {
  actBin();
  const dir = gitRepo({
    'action.yml': { copy: path.join(repoRoot, 'action.yml') },
    dist: { copy: path.join(repoRoot, 'dist') },
    examples: { copy: path.join(repoRoot, 'examples') },
    '.github/workflows/ci.yml': { copy: path.join(repoRoot, '.github/workflows/ci.yml') },
  });
  const sha = readFileSync(path.join(dir, '.git/refs/heads/main'), 'utf8').trim();
  return { dir, sha };
}

for (const event of ['push', 'pull_request'] as const) {
  test(`ci.yml's action job on ${event === 'push' ? 'a push to main' : 'a pull request'}: every environment validated, nothing compared`, async () => {
    const { dir, sha } = project();
    const payload =
      event === 'push'
        ? { ref: 'refs/heads/main', after: sha }
        : {
            number: 3,
            pull_request: {
              number: 3,
              head: { sha, ref: 'topic', repo: { full_name: 'acme/flows' } },
              base: { ref: 'main', repo: { full_name: 'acme/flows' } },
            },
          };
    const run = await runWorkflow({ repo: dir, workflow: '.github/workflows/ci.yml', event, payload, job: 'action' });
    assert.equal(run.jobResult, 'success', run.text.slice(-4000));
    assert.equal(run.status, 0);
    const main = run.step('./');
    assert.equal(main.result, 'success');
    assert.deepEqual(
      OUTPUTS.filter((o) => !(o in main.outputs)),
      [],
      `outputs not set:\n${run.text.slice(-3000)}`,
    );
    assert.equal(main.outputs.mode, 'plan');
    assert.equal(main.outputs.environment, event === 'push' ? 'prod' : 'dev,prod');
    assert.equal(main.outputs.image, '');
    assert.equal(main.outputs['image-digest'], '');
    assert.equal(main.outputs.deployments, '[]');
    assert.equal(main.outputs['has-changes'], 'false');
    assert.equal(main.outputs.plan, '[]');
    assert.match(main.summary, /Live comparison skipped/);
    assert.match(main.summary, /hello-(dev|prod)/);
    assert.equal(run.step('./', 'Post').result, 'success');
    assert.deepEqual(dockerLogins(run.dockerConfig), []);
  });
}

test("the project's and the examples' workflows pass actionlint", () => {
  const files = ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
    readdirSync(path.join(repoRoot, dir))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => path.join(repoRoot, dir, f)),
  );
  assert.ok(files.length >= 8, files.join(', '));
  const r = actionlint(files);
  assert.equal(r.status, 0, r.out);
  assert.equal(r.out, '');
});
