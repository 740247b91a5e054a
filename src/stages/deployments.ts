/**
 * Deployments stage: what `prefect deploy` would register for each deployment of the
 * file (with the commit SHA as its version), planned against the live deployments
 * as create / update (the changed fields) / unchanged / delete (prune), and applied
 * with bounded concurrency. An update whose live version is a newer commit in the
 * clone's history is a rollback: the history is read with the live deployments, and
 * the pure classification (plan/rollback.ts) marks the entries.
 */
import type { DeploymentsFile } from '../config/model.js';
import { commitAncestry, missingShaHint, type CommitAncestry } from '../git.js';
import type { Diagnostic } from '../diagnostics.js';
import { applyPlan, mapBounded, type ApplyResult } from '../plan/apply.js';
import { buildDesired, withPoolImage, type Desired } from '../plan/desired.js';
import { planDeployments, type PlanEntry } from '../plan/diff.js';
import { classifyMove, liveCommit, notableMoves, UNDONE_LISTED } from '../plan/rollback.js';
import { onlyMatcher, unmatchedPatterns } from '../plan/only.js';
import { previewDesired } from '../plan/preview.js';
import { closest, plural } from '../text.js';
import { readBlockDocumentIds, type BlockSchemaInfo } from '../prefect/blocks.js';
import type { Capabilities } from '../prefect/capabilities.js';
import type { PrefectClient } from '../prefect/client.js';
import { readLiveState, readManaged, type LiveDeployment, type LiveState } from '../prefect/live.js';
import { deploymentsSection, previewsSection } from '../report/markdown.js';
import { rollbackHeadline } from '../report/rollback.js';
import {
  deploymentErrors,
  deploymentLines,
  deploymentsJson,
  deploymentsStopped,
  hasDeploymentFailures,
} from '../report/text.js';
import { scriptsOf } from './block-scripts.js';
import type { BlocksSection } from './blocks.js';
import { deployContext, type ContextNeeds } from './context.js';
import type { Problem, Stage } from './stage.js';

/** The deployments stage's section: the plan, and what applying each entry did (deploy only). */
export interface DeploymentsSection {
  entries: PlanEntry[];
  results: Map<PlanEntry, ApplyResult>;
}

/** The entries, and the live state they were planned against (and are applied to). */
interface DeploymentsPlan {
  entries: PlanEntry[];
  live: LiveState;
  results?: Map<PlanEntry, ApplyResult>;
}

export function deploymentsStage(): Stage<
  ContextNeeds & BlocksSection,
  undefined,
  DeploymentsPlan,
  DeploymentsSection
> {
  return {
    name: 'deployments',

    check({ settings, mode, file }) {
      const problems: Problem[] = [];
      const closing = settings.preview?.close === true;
      if (!settings.sha && mode !== 'promote' && !closing)
        problems.push(`no commit SHA: ${missingShaHint(settings.root)}`);
      if (settings.preview && (!settings.environment || !settings.vcs.repository)) {
        problems.push(
          `${closing ? '--preview-close' : '--preview'} needs the environment (--env) and the repository (GITHUB_REPOSITORY, or a git origin): they mark what this tool registered`,
        );
      }
      if (settings.prune && (!settings.environment || !settings.vcs.repository)) {
        problems.push(
          '--prune needs the environment (--env) and the repository (GITHUB_REPOSITORY, or a git origin): they mark what this tool registered',
        );
      }
      const named = file.file.deployments.map((d) => ({ name: d.name, flowName: file.flows.get(d)?.name ?? '' }));
      for (const pattern of unmatchedPatterns(settings.only, named)) {
        const hint = closest(
          pattern,
          named.map((d) => d.name),
        );
        problems.push(
          `--only '${pattern}' matches no deployment of ${file.file.path}${hint ? ` (did you mean '${hint}'?)` : ''}`,
        );
      }
      return problems;
    },

    // What the server's version cannot take.
    async read({ settings, caps, file }) {
      const problems: Problem[] = agentErrors(file.file, caps);
      if (settings.prune && !caps.labels)
        problems.push(`--prune needs deployment labels (Prefect 3.1.5 or newer); this server is ${caps.version}`);
      if (settings.preview && !caps.labels)
        problems.push(`previews need deployment labels (Prefect 3.1.5 or newer); this server is ${caps.version}`);
      return { problems, live: undefined };
    },

    async plan(run) {
      const { settings, client } = run;
      const ctx = deployContext(run);
      const selected = onlyMatcher(settings.only);
      const preview = settings.preview;
      // Closing a pull request's previews registers nothing: its previews are deleted as prune deletes.
      const deployments = preview?.close
        ? []
        : run.file.file.deployments.filter((d) =>
            selected({ name: d.name, flowName: run.file.flows.get(d)?.name ?? '' }),
          );
      const built = buildDesired({ ...run.file, file: { ...run.file.file, deployments } }, ctx);
      if (preview && !preview.close) {
        const target = { number: preview.number, sha: ctx.sha, workPool: preview.workPool };
        built.desired = built.desired.map((d) => previewDesired(d, run.file.file, target));
      }
      const live = await readLiveState(
        client,
        [...new Set(built.desired.map((d) => d.state.flowName))],
        [...new Set(built.desired.map((d) => d.state.name))],
        [...new Set(built.desired.flatMap((d) => (d.state.work_pool_name ? [d.state.work_pool_name] : [])))],
      );
      const managed: LiveDeployment[] =
        settings.prune || preview?.close
          ? await readManaged(client, settings.environment!, settings.vcs.repository!, preview?.number)
          : [];
      const errors = [...built.errors];
      // In a plan, the blocks this run would write (any block, when scripts would run) may not exist yet.
      const pending =
        run.mode === 'plan'
          ? {
              blocks: new Map(run.from.blocks.filter((b) => b.action === 'create').map((b) => [b.key, b.schema])),
              scripts: scriptsOf(run).length > 0,
            }
          : undefined;
      const withBlocks = await resolveInfrastructureBlocks(client, built.desired, errors, ctx.image, pending);
      const codePulls = ctx.codePullSteps !== undefined || ctx.codeStorageBlock !== undefined;
      const desired = withPoolImage(withBlocks, live.workPools, ctx.image, codePulls ? undefined : ctx.workdir);
      const entries = planDeployments(desired, live, run.caps, errors, managed, {
        adopt: settings.adopt,
        keepPaused: settings.keepPaused,
        image: ctx.image,
      });
      for (const e of entries) if (startsInImage(e, ctx.workdir)) e.notes.push(IMAGE_WORKDIR_NOTE(ctx.workdir));
      if (ctx.image) for (const warning of imagelessPools(desired, live, ctx.image)) run.ui.warning(warning);
      await readMoves(settings.root, ctx.sha, entries);
      for (const { move, deployments } of notableMoves(entries)) {
        if (move.kind === 'rollback') run.ui.info(rollbackHeadline(move, deployments, run.mode === 'plan'));
      }
      return { entries, live };
    },

    async apply(run, plan) {
      const { settings, ui } = run;
      const writes = plan.entries.filter(
        (e) => e.action === 'create' || e.action === 'update' || e.action === 'delete',
      ).length;
      if (writes)
        ui.info(`applying ${plural(writes, 'change')} with up to ${plural(settings.concurrency, 'request')} in flight`);
      let done = 0;
      const results = await applyPlan(run.client, plan.entries, plan.live, run.caps, {
        concurrency: settings.concurrency,
        adopt: settings.adopt,
        control: run.control,
        onResult: () => {
          done++;
          if (writes >= 50 && done % 50 === 0) ui.info(`${done}/${writes} applied`);
        },
      });
      return { ...plan, results: new Map(results.map((r) => [r.entry, r])) };
    },

    section: ({ plan }) => ({ entries: plan?.entries ?? [], results: plan?.results ?? new Map() }),

    text: (report) => deploymentLines(report),
    markdown: (report) => [...deploymentsSection(report), ...previewsSection(report)],
    json: (report) => ({ deployments: deploymentsJson(report) }),
    errors: (report) => deploymentErrors(report),
    hasChanges: ({ entries }) => entries.some((e) => e.action !== 'unchanged'),
    hasFailures: (report) => hasDeploymentFailures(report),
    stopped: (report) => deploymentsStopped(report),
  };
}

/** Live commits asked about at most: one git history read each. */
const MAX_LIVE_COMMITS = 50;

/**
 * What deploying `sha` does to each updated deployment's live version: the clone's
 * history is read once per live commit (the edge of the pure classification).
 */
async function readMoves(root: string, sha: string, entries: PlanEntry[]): Promise<void> {
  const updated = entries.flatMap((e) => {
    const from = e.action === 'update' ? liveCommit(e.live?.state.version, sha) : undefined;
    return from ? [{ e, from }] : [];
  });
  const commits = [...new Set(updated.map((u) => u.from))];
  const answers = new Map<string, CommitAncestry | undefined>();
  await mapBounded(commits, 4, async (from) => {
    const read = commits.indexOf(from) < MAX_LIVE_COMMITS;
    const why = `more than ${MAX_LIVE_COMMITS} live commits: the history was not read`;
    answers.set(from, read ? await commitAncestry(root, sha, from, UNDONE_LISTED) : { known: false, why });
  });
  for (const { e, from } of updated) {
    const answer = answers.get(from);
    if (answer) e.move = classifyMove(from, sha, answer);
  }
}

const PREFECT2_IMAGE_PATH = '/opt/prefect/flows';

const IMAGE_WORKDIR_NOTE = (workdir: string) =>
  `no pull section: runs start in ${workdir} in the image (prefect deploy would register the directory it ran in, which is not in the image); set pull: to choose`;

/** Pools the deployments name that have no `image` variable: their workers do not run the image (a process pool runs on the worker's host). */
function imagelessPools(desired: Desired[], live: LiveState, image: string): string[] {
  const pools = new Set(desired.flatMap((d) => (d.state.work_pool_name ? [d.state.work_pool_name] : [])));
  return [...pools].flatMap((name) => {
    const pool = live.workPools.get(name);
    if (!pool || pool.variables.includes('image')) return [];
    return [
      `work pool '${name}' (type ${pool.type ?? 'unknown'}) has no image variable: its worker will not run ${image}; ` +
        "its runs start on the worker's host (use a pool whose type runs images: docker, ecs, kubernetes)",
    ];
  });
}

/** A deployment written now without a pull section whose runs start in the image's working directory. */
function startsInImage(e: PlanEntry, workdir: string): boolean {
  if ((e.action !== 'create' && e.action !== 'update') || !e.desired || e.desired.spec.pull) return false;
  const [first] = (e.desired.state.pull_steps ?? []) as Record<string, { directory?: string } | undefined>[];
  return first?.['prefect.deployments.steps.set_working_directory']?.directory === workdir;
}

/** `ib-block` on Prefect 3, where workers and work pools replaced agents: a validation error at each place it is written. */
function agentErrors(file: DeploymentsFile, caps: Capabilities): Diagnostic[] {
  if (caps.infrastructureBlocks) return [];
  const nodes = new Map(
    file.deployments.flatMap((d) =>
      d.infrastructureBlockNode ? [[d.infrastructureBlockNode, d.infrastructureBlock] as const] : [],
    ),
  );
  return [...nodes].map(([node, ref]) => ({
    file: file.path,
    ...node.pos,
    severity: 'error' as const,
    message: `ib-block '${ref}' is for Prefect 2 agents; Prefect ${caps.version} runs deployments from work pools: set work_pool.name (an ECS work pool replaces ecs-task blocks) and run a worker`,
  }));
}

/**
 * `ib-block` -> `infrastructure_document_id` on Prefect 2, with the image as a
 * per-deployment override when the block has an `image` field. In a plan
 * (`pending`), a block this run would create, or any block when block scripts
 * would run, may still be missing: it gets a placeholder.
 */
async function resolveInfrastructureBlocks(
  client: PrefectClient,
  desired: Desired[],
  errors: { deployment: string; message: string }[],
  image: string | undefined,
  pending?: { blocks: Map<string, BlockSchemaInfo>; scripts: boolean },
): Promise<Desired[]> {
  const refs = [...new Set(desired.flatMap((d) => (d.spec.infrastructureBlock ? [d.spec.infrastructureBlock] : [])))];
  if (!refs.length) return desired;
  const found = await readBlockDocumentIds(client, refs);
  const kept: Desired[] = [];
  for (const d of desired) {
    const ref = d.spec.infrastructureBlock;
    if (!ref) {
      kept.push(d);
      continue;
    }
    let block = found.get(ref)!;
    if (!block.id && pending && (pending.blocks.has(ref) || (pending.scripts && ref.indexOf('/') > 0))) {
      block = { id: `(${ref}, written by this run)`, schema: pending.blocks.get(ref) };
    }
    if (!block.id) {
      errors.push({ deployment: d.spec.shownName, message: block.error! });
      continue;
    }
    // Prefect 2's convention for image-based infrastructure: the code is at /opt/prefect/flows; agents use no pull steps.
    const pull = d.spec.pull ?? null;
    const takesImage =
      image !== undefined &&
      block.schema?.fields.properties?.image !== undefined &&
      !('image' in d.state.job_variables);
    const jobVariables = takesImage ? { ...d.state.job_variables, image } : d.state.job_variables;
    // Code from a storage block is at its path there (code storage).
    const path = d.state.storage_document_id ? d.state.path : pull ? null : PREFECT2_IMAGE_PATH;
    kept.push({
      ...d,
      state: { ...d.state, infrastructure_document_id: block.id, path, pull_steps: pull, job_variables: jobVariables },
    });
  }
  return kept;
}
