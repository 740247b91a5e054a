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
import { newRevision, parseTaskDefinitionFile, workerContainer, type TaskDefinitionDoc } from '../worker/task-definition.js';
import { usesImageStage } from './image.js';
import type { Problem, Run, Stage } from './stage.js';

interface Live {
  ecs: Ecs;
  /** The service's task definition and its tags; undefined when the service is created from the file. */
  current?: { doc: TaskDefinitionDoc; tags: { key?: string; value?: string }[] };
  container: { name: string; image?: string };
}

export function workerServiceStage(): Stage {
  let fromFile: TaskDefinitionDoc | undefined;
  let live: Live | undefined;
  return {
    name: 'worker service',

    check(input) {
      const { settings } = input;
      const w = settings.worker;
      if (!w) return [];
      const problems: Problem[] = [];
      if (!w.region) problems.push('no AWS region for the worker service: pass --region or set AWS_REGION');
      if (w.arnRegion && w.region && w.arnRegion !== w.region) {
        problems.push(`worker service ${w.cluster}/${w.service} is in ${w.arnRegion}, not ${w.region}: pass --region ${w.arnRegion}, or name the service in ${w.region}`);
      }
      if (!usesImageStage(input) && !settings.imageRef) {
        problems.push('the worker service runs the flows image: configure the image stage (--repository) or pass --image');
      }
      if (w.taskDefinitionFile) {
        const file = path.resolve(settings.root, w.taskDefinitionFile);
        let text: string;
        try {
          text = readRepositoryFile(settings.root, file, `--worker-task-definition ${w.taskDefinitionFile}`);
        } catch (e) {
          return [...problems, errorMessage(e)];
        }
        const parsed = parseTaskDefinitionFile(text, w.taskDefinitionFile, w.container);
        problems.push(...parsed.errors);
        fromFile = parsed.doc;
      }
      return problems;
    },

    async read(run) {
      const w = run.settings.worker;
      if (!w) return [];
      const { Ecs } = await import('../aws/ecs.js');
      const ecs = new Ecs(w.region!);
      const service = await ecs.describeService(w.cluster, w.service);
      if (!service) {
        const missing = [!fromFile && '--worker-task-definition FILE', !w.subnets.length && '--worker-subnet', !w.securityGroups.length && '--worker-security-group'].filter(Boolean);
        if (missing.length) {
          return [`ECS service '${w.service}' does not exist in cluster '${w.cluster}' (region ${w.region}): create it, or pass ${missing.join(', ')} to create it on Fargate`];
        }
        const container = workerContainer(fromFile!, w.container);
        if (typeof container === 'string') return [container];
        live = { ecs, container };
        return [];
      }
      const { taskDefinition, tags } = await ecs.describeTaskDefinition(service.taskDefinition!);
      const doc = taskDefinition as TaskDefinitionDoc;
      const container = workerContainer(doc, w.container);
      if (typeof container === 'string') return [`worker service ${w.cluster}/${w.service}: ${container}`];
      live = { ecs, current: { doc, tags }, container };
      return [];
    },

    async plan(run) {
      const w = run.settings.worker;
      if (!w || !live) return;
      const image = imageOf(run);
      const action = !live.current ? 'create' : live.container.image === image ? 'unchanged' : 'update';
      run.report.worker = { cluster: w.cluster, service: w.service, region: w.region!, container: live.container.name, action, from: live.current ? live.container.image : undefined, to: image };
      const change = action === 'create' ? `would be created on Fargate with ${image}` : action === 'unchanged' ? `already runs ${image}` : `image ${live.container.image} -> ${image}`;
      run.ui.info(`worker service ${w.cluster}/${w.service} (container ${live.container.name}): ${change}`);
    },

    async apply(run) {
      const w = run.settings.worker;
      const report = run.report.worker;
      if (!w || !live || !report || report.action === 'unchanged') return;
      const { ecs, current, container } = live;
      const where = `worker service ${w.cluster}/${w.service} (region ${w.region})`;
      const doc = current?.doc ?? fromFile!;
      try {
        report.taskDefinition = await ecs.registerTaskDefinition(newRevision(doc, container.name, report.to, current?.tags) as unknown as RegisterTaskDefinitionCommandInput);
      } catch (e) {
        report.error = `${where}: registering a revision of task definition ${doc.family} failed, the service was not changed: ${errorMessage(e)}`;
        return;
      }
      run.ui.info(`registered ${report.taskDefinition}`);
      try {
        if (current) await ecs.updateService(w.cluster, w.service, report.taskDefinition);
        else await ecs.createFargateService(w.cluster, w.service, report.taskDefinition, w);
      } catch (e) {
        report.error = `${where}: ${report.taskDefinition} was registered, but ${current ? 'updating' : 'creating'} the service failed: ${errorMessage(e)}`;
        return;
      }
      run.ui.info(`${where}: ${current ? 'updated' : 'created'} with ${report.taskDefinition}`);
      if (!w.waitSeconds) return;
      const state = await waitStable(ecs, w.cluster, w.service, report.taskDefinition, w.waitSeconds, run.ui.info);
      report.stable = state.stable;
      if (!state.stable) {
        const why = state.failed ? 'its rollout failed' : `it was not stable within ${w.waitSeconds} s`;
        report.error = `${where}: ${why} (${state.text}); ${report.taskDefinition} was registered and the service ${current ? 'updated' : 'created'} with it, and every earlier stage was applied`;
      }
    },
  };
}

/** What the worker runs: the image's digest reference from the image stage, else --image. */
function imageOf(run: Run): string {
  const image = run.report.image;
  return image?.digestRef ?? image?.uri ?? run.settings.imageRef!;
}
