/**
 * Worker service stage: the ECS service that runs the long-lived worker (Prefect 3)
 * or agent (Prefect 2) is rolled to the image this run deployed. A new revision of
 * its task definition (everything kept, that container's image set to the image's
 * digest reference), the service pointed at it, and a bounded wait until it is
 * stable. Already on that image: nothing is written. One-click start: a missing
 * service is created on Fargate from a task definition file.
 */
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { readRepositoryFile } from '../repository-file.js';
import type { Ecs, RegisterTaskDefinitionCommandInput } from '../aws/ecs.js';
import { waitStable } from '../worker/rollout.js';
import {
  newRevision,
  parseTaskDefinitionFile,
  workerContainer,
  type TaskDefinitionDoc,
} from '../worker/task-definition.js';
import { workerSection } from '../report/markdown.js';
import { workerJson, workerText } from '../report/text.js';
import type { Settings } from '../settings.js';
import type { WorkerReport } from '../worker/report.js';
import { usesImageStage, type ImageSection } from './image.js';
import type { Problem, Run, Stage } from './stage.js';

/** The worker service stage's section, when it runs. */
export interface WorkerSection {
  worker?: WorkerReport;
}

/** The section, and what the rollout writes from. */
interface WorkerPlan {
  report: WorkerReport;
  live: Live;
}

interface Live {
  /** The task definition file (--worker-task-definition), read again in the run. */
  fromFile?: TaskDefinitionDoc;
  ecs: Ecs;
  /** The service's task definition and its tags; undefined when the service is created from the file. */
  current?: { doc: TaskDefinitionDoc; tags: { key?: string; value?: string }[] };
  container: { name: string; image?: string };
}

export function workerServiceStage(): Stage<ImageSection, Live | undefined, WorkerPlan | undefined, WorkerSection> {
  return {
    name: 'worker service',

    check(input) {
      const { settings } = input;
      const w = settings.worker;
      if (!w) return [];
      const problems: Problem[] = [];
      if (!w.region) problems.push('no AWS region for the worker service: pass --region or set AWS_REGION');
      if (w.arnRegion && w.region && w.arnRegion !== w.region) {
        problems.push(
          `worker service ${w.cluster}/${w.service} is in ${w.arnRegion}, not ${w.region}: pass --region ${w.arnRegion}, or name the service in ${w.region}`,
        );
      }
      if (!usesImageStage(input) && !settings.imageRef) {
        problems.push(
          'the worker service runs the flows image: configure the image stage (--repository) or pass --image',
        );
      }
      problems.push(...taskDefinitionFile(settings).errors);
      return problems;
    },

    async read(run) {
      const w = run.settings.worker;
      if (!w) return { problems: [], live: undefined };
      const fromFile = taskDefinitionFile(run.settings).doc;
      const { Ecs } = await import('../aws/ecs.js');
      const ecs = new Ecs(w.region!);
      const service = await ecs.describeService(w.cluster, w.service);
      if (!service) {
        const missing = [
          !fromFile && '--worker-task-definition FILE',
          !w.subnets.length && '--worker-subnet',
          !w.securityGroups.length && '--worker-security-group',
        ].filter(Boolean);
        if (missing.length) {
          const problem = `ECS service '${w.service}' does not exist in cluster '${w.cluster}' (region ${w.region}): create it, or pass ${missing.join(', ')} to create it on Fargate`;
          return { problems: [problem], live: undefined };
        }
        const container = workerContainer(fromFile!, w.container);
        if (typeof container === 'string') return { problems: [container], live: undefined };
        return { problems: [], live: { fromFile, ecs, container } };
      }
      const { taskDefinition, tags } = await ecs.describeTaskDefinition(service.taskDefinition!);
      const doc = taskDefinition as TaskDefinitionDoc;
      const container = workerContainer(doc, w.container);
      if (typeof container === 'string')
        return { problems: [`worker service ${w.cluster}/${w.service}: ${container}`], live: undefined };
      return { problems: [], live: { fromFile, ecs, current: { doc, tags }, container } };
    },

    async plan(run, live) {
      const w = run.settings.worker;
      if (!w || !live) return undefined;
      const image = imageOf(run);
      const action = !live.current ? 'create' : live.container.image === image ? 'unchanged' : 'update';
      const report: WorkerReport = {
        cluster: w.cluster,
        service: w.service,
        region: w.region!,
        container: live.container.name,
        action,
        from: live.current ? live.container.image : undefined,
        to: image,
      };
      const change =
        action === 'create'
          ? `would be created on Fargate with ${image}`
          : action === 'unchanged'
            ? `already runs ${image}`
            : `image ${live.container.image} -> ${image}`;
      run.ui.info(`worker service ${w.cluster}/${w.service} (container ${live.container.name}): ${change}`);
      return { report, live };
    },

    async apply(run, plan) {
      const w = run.settings.worker;
      if (!w || !plan || plan.report.action === 'unchanged') return plan;
      const { report, live } = plan;
      const { ecs, current, container, fromFile } = live;
      const where = `worker service ${w.cluster}/${w.service} (region ${w.region})`;
      const doc = current?.doc ?? fromFile!;
      try {
        report.taskDefinition = await ecs.registerTaskDefinition(
          newRevision(doc, container.name, report.to, current?.tags) as unknown as RegisterTaskDefinitionCommandInput,
        );
      } catch (e) {
        report.error = `${where}: registering a revision of task definition ${doc.family} failed, the service was not changed: ${errorMessage(e)}`;
        return plan;
      }
      run.ui.info(`registered ${report.taskDefinition}`);
      try {
        if (current) await ecs.updateService(w.cluster, w.service, report.taskDefinition);
        else await ecs.createFargateService(w.cluster, w.service, report.taskDefinition, w);
      } catch (e) {
        report.error = `${where}: ${report.taskDefinition} was registered, but ${current ? 'updating' : 'creating'} the service failed: ${errorMessage(e)}`;
        return plan;
      }
      run.ui.info(`${where}: ${current ? 'updated' : 'created'} with ${report.taskDefinition}`);
      if (!w.waitSeconds) return plan;
      const state = await waitStable(ecs, w.cluster, w.service, report.taskDefinition, w.waitSeconds, run.ui.info);
      report.stable = state.stable;
      if (!state.stable) {
        const why = state.failed ? 'its rollout failed' : `it was not stable within ${w.waitSeconds} s`;
        report.error = `${where}: ${why} (${state.text}); ${report.taskDefinition} was registered and the service ${current ? 'updated' : 'created'} with it, and every earlier stage was applied`;
      }
      return plan;
    },

    section: ({ plan }) => ({ worker: plan?.report }),

    text: (report) => (workerText(report) ? [workerText(report)!] : []),
    markdown: (report) => workerSection(report),
    json: (report) => ({ worker: workerJson(report) }),
    hasFailures: ({ worker }) => worker?.error !== undefined,
  };
}

/** What the worker runs: the image's digest reference from the image stage, else --image. */
function imageOf(run: Run<ImageSection>): string {
  const image = run.from.image;
  return image?.digestRef ?? image?.uri ?? run.settings.imageRef!;
}

/** The task definition file a missing service is created from (--worker-task-definition), and what is wrong with it. */
function taskDefinitionFile(settings: Settings): { doc?: TaskDefinitionDoc; errors: Problem[] } {
  const w = settings.worker;
  if (!w?.taskDefinitionFile) return { errors: [] };
  const file = path.resolve(settings.root, w.taskDefinitionFile);
  let text: string;
  try {
    text = readRepositoryFile(settings.root, file, `--worker-task-definition ${w.taskDefinitionFile}`);
  } catch (e) {
    return { errors: [errorMessage(e)] };
  }
  return parseTaskDefinitionFile(text, w.taskDefinitionFile, w.container);
}
