/**
 * One internal model for both file shapes (the wrapper-script file and prefect.yaml).
 * Built from the located YAML tree; every field keeps its node for error positions.
 */
import { child, entry, holdsSecret, plain, type YMap, type YNode } from './yaml.js';

export interface ScheduleSpec {
  cron?: string;
  interval?: number;
  rrule?: string;
  timezone?: string;
  anchorDate?: string;
  dayOr?: boolean;
  active: boolean;
  parameters: Record<string, unknown>;
  slug?: string;
  node: YNode;
}

export interface ConcurrencyOptions {
  collision_strategy: 'ENQUEUE' | 'CANCEL_NEW';
  grace_period_seconds?: number;
}

export interface DeploymentSpec {
  name: string;
  entrypoint: string;
  description?: string;
  /** Set in the file; otherwise the commit SHA is the version. */
  version?: string;
  tags: string[];
  parameters: Record<string, unknown>;
  schedules: ScheduleSpec[];
  workPool?: { name?: string; workQueueName?: string; jobVariables: Record<string, unknown> };
  /** Prefect 2 agents: `<block-type>/<name>` of the infrastructure block. */
  infrastructureBlock?: string;
  /** Where that `ib-block` is written (the deployment's own, else the file's). */
  infrastructureBlockNode?: YNode;
  concurrencyLimit?: number;
  concurrencyOptions?: ConcurrencyOptions;
  enforceParameterSchema?: boolean;
  paused?: boolean;
  /** The file's pull steps, when it has any (the deployment's own, else the file's). */
  pull?: unknown[];
  /** The registered fields whose values hold a secret-bearing value: shown as changed, never with values. */
  secretFields: Set<string>;
  node: YMap;
}

/** A `blocks:` entry: a block document the file declares. */
export interface BlockSpec {
  type: string;
  name: string;
  /** The fields as written, `{{ $ENV_VAR }}` already filled: may hold secrets, never printed. */
  data: Record<string, unknown>;
  node: YMap;
}

export interface DeploymentsFile {
  /** Path as given to the tool, used in messages. */
  path: string;
  deployments: DeploymentSpec[];
  blocks: BlockSpec[];
  /** `block-scripts:` paths relative to the repository root. */
  blockScripts: { path: string; node: YNode }[];
}

const str = (n: YNode | undefined) => (n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined);
const num = (n: YNode | undefined) => (n?.kind === 'scalar' && typeof n.value === 'number' ? n.value : undefined);
const bool = (n: YNode | undefined) => (n?.kind === 'scalar' && typeof n.value === 'boolean' ? n.value : undefined);
const obj = (n: YNode | undefined) => (n?.kind === 'map' ? (plain(n) as Record<string, unknown>) : {});
const list = (n: YNode | undefined) => (n?.kind === 'seq' ? n.items : []);

/** Reads the model leniently: wrong types were reported by the schema check and are skipped here. */
export function buildModel(path: string, root: YNode): DeploymentsFile {
  const fileBlockNode = child(root, 'ib-block');
  const fileBlock = str(fileBlockNode);
  const filePull = child(root, 'pull');
  const deployments: DeploymentSpec[] = [];
  for (const node of list(child(root, 'deployments'))) {
    if (node.kind !== 'map') continue;
    const wp = child(node, 'work_pool');
    const limit = child(node, 'concurrency_limit');
    const scheduleNodes = entry(node, 'schedules') ? list(child(node, 'schedules')) : child(node, 'schedule')?.kind === 'map' ? [child(node, 'schedule')!] : [];
    const pull = entry(node, 'pull') ? child(node, 'pull') : filePull;
    deployments.push({
      name: str(child(node, 'name')) ?? '',
      entrypoint: str(child(node, 'entrypoint')) ?? '',
      description: str(child(node, 'description')),
      version: str(child(node, 'version')),
      tags: list(child(node, 'tags')).flatMap((t) => (str(t) !== undefined ? [str(t)!] : [])),
      parameters: obj(child(node, 'parameters')),
      schedules: scheduleNodes.filter((s) => s.kind === 'map').map(buildSchedule),
      workPool:
        wp?.kind === 'map'
          ? { name: str(child(wp, 'name')), workQueueName: str(child(wp, 'work_queue_name')), jobVariables: obj(child(wp, 'job_variables')) }
          : undefined,
      infrastructureBlock: str(child(node, 'ib-block')) ?? fileBlock,
      infrastructureBlockNode: str(child(node, 'ib-block')) !== undefined ? child(node, 'ib-block') : fileBlock !== undefined ? fileBlockNode : undefined,
      concurrencyLimit: limit?.kind === 'map' ? num(child(limit, 'limit')) : num(limit),
      concurrencyOptions:
        limit?.kind === 'map'
          ? {
              collision_strategy: (str(child(limit, 'collision_strategy')) as ConcurrencyOptions['collision_strategy']) ?? 'ENQUEUE',
              ...(num(child(limit, 'grace_period_seconds')) !== undefined ? { grace_period_seconds: num(child(limit, 'grace_period_seconds')) } : {}),
            }
          : undefined,
      enforceParameterSchema: bool(child(node, 'enforce_parameter_schema')),
      paused: bool(child(node, 'paused')),
      pull: pull?.kind === 'seq' ? (plain(pull) as unknown[]) : undefined,
      secretFields: secretFields(node, pull),
      node,
    });
  }
  const blocks = list(child(root, 'blocks')).flatMap((node): BlockSpec[] => {
    const [type, name] = [str(child(node, 'type')), str(child(node, 'name'))];
    return node.kind === 'map' && type && name ? [{ type, name, data: obj(child(node, 'data')), node }] : [];
  });
  const blockScripts = list(child(root, 'block-scripts')).flatMap((node) => (str(node) ? [{ path: str(node)!, node }] : []));
  return { path, deployments, blocks, blockScripts };
}

/** The file's keys as the registered fields they become. */
const REGISTERED_AS: Record<string, string[]> = {
  description: ['description'],
  version: ['version'],
  tags: ['tags'],
  parameters: ['parameters'],
  schedule: ['schedules'],
  schedules: ['schedules'],
  work_pool: ['job_variables'],
  concurrency_limit: ['concurrency_limit', 'concurrency_options'],
  enforce_parameter_schema: ['enforce_parameter_schema'],
  paused: ['paused'],
};

function secretFields(node: YMap, pull: YNode | undefined): Set<string> {
  const fields = new Set<string>();
  for (const e of node.entries) if (holdsSecret(e.value)) for (const f of REGISTERED_AS[e.key] ?? []) fields.add(f);
  if (holdsSecret(pull)) fields.add('pull_steps');
  return fields;
}

function buildSchedule(node: YNode): ScheduleSpec {
  return {
    cron: str(child(node, 'cron')),
    interval: num(child(node, 'interval')),
    rrule: str(child(node, 'rrule')),
    timezone: str(child(node, 'timezone')),
    anchorDate: str(child(node, 'anchor_date')) ?? str(child(node, 'anchor-date')),
    dayOr: bool(child(node, 'day_or')),
    active: bool(child(node, 'active')) ?? true,
    parameters: obj(child(node, 'parameters')),
    slug: str(child(node, 'slug')),
    node,
  };
}
