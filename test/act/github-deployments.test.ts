/**
 * GitHub deployments under a real Actions runner (nektos/act, host mode): the example
 * deploy.yml, unchanged, with the job token act gives it (`deployments: write`, as the
 * example asks), against the local GitHub API stand-in, a Prefect server, moto's ECR and
 * the TLS registry. The stand-in checks each request and records the deployments.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { prefectWithMoto } from '../support/aws.js';
import { actBin, commit, runWorkflow, THIS_ACTION, createExamplesEcrRepository, examplesRepo } from '../support/act.js';
import { startGithubApi, type GithubStandIn } from '../support/github-api.js';
import { imageInfra } from '../support/image.js';
import type { RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const TOKEN = `ghs_act-deployments-token-${RUN}`;
const API_KEY = `pnu_act-gd-key-${RUN}`;

let prefect: RunningServer;
let github: GithubStandIn;
let repo: string;
let sha: string;

before(async () => {
  actBin();
  imageInfra();
  // A server of its own: the act files deploy the same examples repository, with the same names.
  prefect = await prefectWithMoto('examples-pool', 'flows-code-reader', { shared: false });
  createExamplesEcrRepository();
  github = await startGithubApi('acme/flows', { [TOKEN]: ['deployments'] });
  repo = examplesRepo('dev', RUN, { prod: false });
  sha = commit(repo, 'a commit of its own');
});
after(async () => {
  await prefect?.stop();
  await github?.close();
});

test('deploy.yml on a push to dev: a GitHub deployment of the commit to dev, in progress, then success', async () => {
  const run = await runWorkflow({
    repo,
    workflow: '.github/workflows/deploy.yml',
    event: 'push',
    payload: { ref: 'refs/heads/dev', after: sha, repository: { full_name: 'acme/flows', default_branch: 'main' } },
    vars: { AWS_DEPLOY_ROLE_ARN: 'arn:aws:iam::123456789012:role/prefect-deploy', PREFECT_API_URL: prefect.apiUrl },
    secrets: { PREFECT_API_KEY: API_KEY, GITHUB_TOKEN: TOKEN },
    env: { GITHUB_API_URL: github.url },
  });
  assert.equal(run.jobResult, 'success', run.text.slice(-4000));
  const main = run.step(THIS_ACTION);
  assert.equal(main.outputs.mode, 'deploy');
  const deployments = [...github.deployments.values()];
  assert.equal(deployments.length, 1, github.calls.join('\n'));
  const [d] = deployments;
  assert.equal(d.ref, sha);
  assert.equal(d.environment, 'dev');
  assert.equal(d.production_environment, false);
  assert.equal(d.auto_merge, false);
  assert.deepEqual(d.payload, { tool: 'prefect-ecr-deploy', mode: 'deploy' });
  assert.deepEqual(
    d.statuses.map((s) => s.state),
    ['in_progress', 'success'],
  );
  const ui = prefect.apiUrl.replace(/\/api$/, '');
  // The example's dev deployments share the tag dev: the Prefect UI's list filtered by it.
  assert.equal(d.statuses[1].environment_url, `${ui}/deployments?deployments.tags.name=dev`);
  for (const s of d.statuses) assert.match(s.log_url ?? '', /^https:\/\/github\.com\/acme\/flows\/actions\/runs\/\d+$/);
  assert.deepEqual(github.problems, []);
  assert.doesNotMatch(JSON.stringify(d), new RegExp(`${API_KEY}|${TOKEN}`));
  assert.doesNotMatch(run.text, new RegExp(API_KEY), 'the Prefect key reached the log');
});
