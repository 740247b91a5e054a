/**
 * examples/workflows/preview.yml, unchanged, under a real Actions runner (nektos/act,
 * host mode) against a local Prefect server, moto's ECR and the TLS registry: a pull
 * request from a branch of the repository opened (previews registered with the commit's
 * image), synchronized (updated to the new commit) and closed (deleted), with the
 * sticky comment at each step; a fork's pull request writes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { prefectWithMoto } from '../support/aws.js';
import {
  actBin,
  commit,
  runWorkflow,
  THIS_ACTION,
  writeFiles,
  type ActRun,
  createExamplesEcrRepository,
  examplesRepo,
  EXAMPLES_ECR_REPOSITORY,
} from '../support/act.js';
import { startGithubApi, type GithubStandIn } from '../support/github-api.js';
import { imageInfra, REGISTRY_PASSWORD } from '../support/image.js';
import type { RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const ECR_REPOSITORY = EXAMPLES_ECR_REPOSITORY;
const API_KEY = `pnu_act-preview-key-${RUN}`;
const TOKEN = `ghs_act-preview-token-${RUN}`;
const FORK_TOKEN = `ghs_act-preview-fork-token-${RUN}`;
// A number of this run's own: the server and the registry outlive a run.
const PR = 1000 + (Date.now() % 100000);
const PREVIEWS = [`etl-dev-pr-${PR}`, `hello-dev-pr-${PR}`];

let prefect: RunningServer;
let github: GithubStandIn;
let repo: string;

before(async () => {
  actBin();
  imageInfra();
  // A server of its own: the act files deploy the same examples repository, with the same names.
  prefect = await prefectWithMoto('examples-pool', 'flows-code-reader', { shared: false });
  createExamplesEcrRepository();
  github = await startGithubApi('acme/flows', {
    [TOKEN]: ['pull-requests', 'deployments'],
    [FORK_TOKEN]: 'read',
  });
  repo = examplesRepo('feature', RUN, { prod: false });
});
after(async () => {
  await prefect?.stop();
  await github?.close();
});

const event = (action: string, sha: string, headRepo = 'acme/flows', extra: Record<string, unknown> = {}) => ({
  action,
  number: PR,
  pull_request: {
    number: PR,
    head: { sha, ref: 'feature', repo: { full_name: headRepo } },
    base: { ref: 'main', repo: { full_name: 'acme/flows' } },
    ...extra,
  },
  repository: { full_name: 'acme/flows' },
});

const preview = (payload: object, token = TOKEN) =>
  runWorkflow({
    repo,
    workflow: '.github/workflows/preview.yml',
    event: 'pull_request',
    payload,
    vars: { AWS_DEPLOY_ROLE_ARN: 'arn:aws:iam::123456789012:role/prefect-deploy', PREFECT_API_URL: prefect.apiUrl },
    secrets: { PREFECT_API_KEY: API_KEY, GITHUB_TOKEN: token },
    env: { GITHUB_API_URL: github.url },
  });

interface Live {
  id: string;
  name: string;
  version: string;
  tags: string[];
  schedules: unknown[];
  labels: Record<string, string>;
}
const live = (names: string[]) =>
  prefect
    .api<Live[]>('POST', '/deployments/filter', { deployments: { name: { any_: names } } })
    .then((l) => l.sort((a, b) => a.name.localeCompare(b.name)));

async function registryTags(): Promise<string[]> {
  const r = await fetch(`https://${imageInfra().host}/v2/${ECR_REPOSITORY}/tags/list`, {
    headers: { authorization: `Basic ${Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64')}` },
  });
  return (((await r.json()) as { tags: string[] | null }).tags ?? []).sort();
}

/** The digest a tag points at, or its absence. */
async function manifest(tag: string): Promise<string | null> {
  const r = await fetch(`https://${imageInfra().host}/v2/${ECR_REPOSITORY}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      authorization: `Basic ${Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64')}`,
      accept:
        'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  return r.ok ? r.headers.get('docker-content-digest') : null;
}

const actions = (json: string) =>
  (JSON.parse(json) as { name: string; action: string }[]).map((d) => `${d.name}: ${d.action}`).sort();

/** The previews' sticky comment: one, headed by its own marker (never the plan comment's). */
function previewComment(): string {
  const mine = [...github.comments.values()].filter((c) =>
    c.body.startsWith('<!-- prefect-ecr-deploy:preview:dev -->'),
  );
  assert.equal(mine.length, 1, JSON.stringify([...github.comments.values()].map((c) => c.body.split('\n')[0])));
  return mine[0].body;
}

function mainStep(run: ActRun) {
  assert.equal(run.jobResult, 'success', run.text.slice(-4000));
  return run.step(THIS_ACTION);
}

test('opened: every dev deployment gets a preview running the image of the commit; the comment lists them', async () => {
  const sha = commit(repo, 'a change to preview');
  const devBefore = await manifest('dev');
  const run = await preview(event('opened', sha));
  const main = mainStep(run);
  assert.equal(main.outputs.environment, 'dev');
  assert.equal(main.outputs.image, `${imageInfra().host}/${ECR_REPOSITORY}:${sha}`);
  assert.deepEqual(
    actions(main.outputs.deployments),
    PREVIEWS.map((n) => `${n}: created`),
  );
  const previews = await live(PREVIEWS);
  assert.deepEqual(
    previews.map((d) => [d.name, d.version, d.schedules.length, d.labels['prefect-ecr-deploy.preview']]),
    PREVIEWS.map((n) => [n, sha, 0, String(PR)]),
  );
  assert.deepEqual(previews[1].tags, ['dev', 'examples', 'preview', `pr-${PR}`]);
  assert.equal(await manifest('dev'), devBefore, "a preview moved the environment's image tag");
  const tags = await registryTags();
  assert.ok(tags.includes(`pr-${PR}-${sha.slice(0, 12)}`) && tags.includes(sha), tags.join(', '));
  const body = previewComment();
  assert.match(body, /#### Previews/);
  assert.match(body, new RegExp(`<code>prefect deployment run 'hello/hello-dev-pr-${PR}'</code>`));
  assert.match(
    body,
    new RegExp(`\\[open\\]\\(${prefect.apiUrl.replace(/\/api$/, '')}/deployments/deployment/${previews[1].id}\\)`),
  );
  assert.doesNotMatch(run.text, new RegExp(API_KEY), 'the Prefect key reached the log');
  assert.deepEqual(github.problems, []);
});

test('synchronize: a second commit updates the previews (version the new commit) and the same comment', async () => {
  writeFiles(repo, { 'RUN.txt': `${RUN} again` });
  const sha = commit(repo, 'a second commit');
  const ids = (await live(PREVIEWS)).map((d) => d.id);
  const run = await preview(event('synchronize', sha));
  const main = mainStep(run);
  assert.deepEqual(
    actions(main.outputs.deployments),
    PREVIEWS.map((n) => `${n}: updated`),
  );
  const previews = await live(PREVIEWS);
  assert.deepEqual(
    previews.map((d) => [d.id, d.version]),
    ids.map((id) => [id, sha]),
  );
  assert.match(previewComment(), new RegExp(`run commit <code>${sha.slice(0, 12)}</code>`));
});

test("a fork's pull request writes nothing, whatever secrets it is given", async () => {
  const sha = commit(repo, 'a change from a fork');
  const before = await live(PREVIEWS);
  const tags = await registryTags();
  const comments = JSON.stringify([...github.comments.values()]);
  const run = await preview(event('synchronize', sha, 'someone/flows'), FORK_TOKEN);
  const main = mainStep(run);
  assert.equal(main.outputs.mode, 'plan');
  assert.match(main.log, /preview: pull request #\d+ comes from a fork \(someone\/flows\)/);
  assert.deepEqual(await live(PREVIEWS), before);
  assert.deepEqual(await registryTags(), tags, 'the pull request of a fork pushed an image');
  assert.equal(JSON.stringify([...github.comments.values()]), comments);
});

test('closed: the previews and only they are deleted, and the comment says so', async () => {
  const run = await preview(event('closed', commit(repo, 'last'), 'acme/flows', { merged: true }));
  const main = mainStep(run);
  assert.deepEqual(
    actions(main.outputs.deployments),
    PREVIEWS.map((n) => `${n}: deleted`),
  );
  assert.deepEqual(await live(PREVIEWS), []);
  assert.match(
    previewComment(),
    new RegExp(`The previews of pull request #.*${PR} were removed, with their automations`),
  );
  // Each preview run was a deployment of the transient environment dev-pr-N; the close marks it gone.
  const recorded = [...github.deployments.values()];
  assert.ok(recorded.length >= 3, JSON.stringify(recorded));
  for (const d of recorded) {
    assert.equal(d.environment, `dev-pr-${PR}`);
    assert.equal(d.transient_environment, true);
    assert.equal(d.production_environment, false);
  }
  assert.deepEqual(
    recorded.map((d) => d.statuses.map((st) => st.state).join(',')),
    [...recorded.slice(0, -1).map(() => 'in_progress,success'), 'in_progress,inactive'],
  );
  assert.match(recorded[0].statuses[1].environment_url ?? '', new RegExp(`deployments\\.tags\\.name=pr-${PR}`));
  assert.deepEqual(github.problems, []);
});
