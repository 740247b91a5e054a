/**
 * One internal model for both file shapes (the wrapper-script file and prefect.yaml).
 * Built from the located YAML tree; every field keeps its node for error positions.
 * Values whose templates are filled at deploy time stay raw here (tags, a schedule's
 * active flag) and are typed once filled, as prefect deploy types them.
 */
import { laxDuration } from './coerce.js';
import { readSteps, type Step } from './steps.js';
import { child, entry, holdsSecret, plain, scalarStr, type YMap, type YNode } from './yaml.js';

export interface ScheduleSpec {
  cron?: string;
  /** Seconds, from a number or a duration (`PT1H`, `01:00:00`). */
  interval?: number;
  rrule?: string;
  timezone?: string;
  anchorDate?: string;
  /** Raw: true/false, or text pydantic reads as a boolean once templates are filled. */
  dayOr?: unknown;
  /** Raw: true/false, or text pydantic reads as a boolean once templates are filled; absent is true. */
  active?: unknown;
  parameters: Record<string, unknown>;
  slug?: string;
  /** The slug this schedule had before. */
  replaces?: string;
  node: YNode;
}

export interface ConcurrencyOptions {
  collision_strategy: 'ENQUEUE' | 'CANCEL_NEW';
  grace_period_seconds?: number;
}

export interface DeploymentSpec {
  name: string;
  /** The name as every plan, report and message shows it: a name filled from the environment as its template text. */
  shownName: string;
  entrypoint: string;
  description?: string;
  /** Set in the file; otherwise the commit SHA is the version. */
  version?: string;
  /** The kind of version information (`version_type`). */
  versionType?: string;
  /** `flow_name` as written: prefect deploy ignores it (the flow's own name is registered). */
  flowName?: string;
  /** Raw: a list, or text (prefect deploy makes text a list of its characters), typed once templates are filled. */
  tags: unknown;
  parameters: Record<string, unknown>;
  schedules: ScheduleSpec[];
  workPool?: {
    name?: string;
    workQueueName?: string;
    jobVariables: Record<string, unknown>;
    /** job_variables has an image as written (also one left out once templated): prefect deploy picks the default pull step by it. */
    imageAsWritten: boolean;
  };
  /** Prefect 2 agents: `<block-type>/<name>` of the infrastructure block. */
  infrastructureBlock?: string;
  /** Where that `ib-block` is written (the deployment's own, else the file's). */
  infrastructureBlockNode?: YNode;
  concurrencyLimit?: number;
  concurrencyOptions?: ConcurrencyOptions;
  enforceParameterSchema?: boolean;
  paused?: boolean;
  /** The pull steps (the deployment's own, else the file's); undefined when neither has any, `[]` for an explicit `pull: []`. */
  pull?: unknown[];
  /** The build and push steps that apply (the deployment's own, else the file's). */
  build: Step[];
  push: Step[];
  /** `triggers:`, each as written (templates filled at validate time), with its node. */
  triggers: { spec: Record<string, unknown>; node: YNode }[];
  /** `sla:` as written; undefined when absent or null. */
  sla?: { specs: unknown[]; node: YNode };
  /** The registered fields whose values hold a secret-bearing value: shown as changed, never with values. */
  secretFields: Set<string>;
  /** `preview:` of the deployment (over the file's, key by key). */
  preview?: PreviewSection;
  node: YMap;
}

/** `preview:` (prefect-ecr-deploy's): what the preview of a pull request keeps; absent keys are off. */
export interface PreviewSection {
  schedules?: boolean;
  automations?: boolean;
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
  /** The file's `preview:`, for every deployment. */
  preview?: PreviewSection;
}

const scalar = (n: YNode | undefined) => (n?.kind === 'scalar' ? n.value : undefined);
const str = (n: YNode | undefined) => (typeof scalar(n) === 'string' ? (scalar(n) as string) : undefined);
const num = (n: YNode | undefined) => (typeof scalar(n) === 'number' ? (scalar(n) as number) : undefined);
const bool = (n: YNode | undefined) => (typeof scalar(n) === 'boolean' ? (scalar(n) as boolean) : undefined);
const obj = (n: YNode | undefined) => (n?.kind === 'map' ? (plain(n) as Record<string, unknown>) : {});
const list = (n: YNode | undefined) => (n?.kind === 'seq' ? n.items : []);

/** The deployment's own section when it has the key (even empty), else the file's: prefect deploy's precedence. */
function section(node: YMap, root: YNode, key: string): YNode | undefined {
  return entry(node, key) ? child(node, key) : child(root, key);
}

/** A deployment's schedules: `schedules`, else one `schedule` (an empty mapping or null is none). */
export function scheduleNodes(node: YNode): YNode[] {
  if (entry(node, 'schedules')) return list(child(node, 'schedules'));
  const one = child(node, 'schedule');
  return one?.kind === 'map' && one.entries.length ? [one] : [];
}

/** Reads the model leniently: wrong types were reported by the schema check and are skipped here. */
export function buildModel(path: string, root: YNode): DeploymentsFile {
  const fileBlockNode = child(root, 'ib-block');
  const fileBlock = str(fileBlockNode);
  const deployments: DeploymentSpec[] = [];
  for (const node of list(child(root, 'deployments'))) {
    if (node.kind !== 'map') continue;
    const wp = child(node, 'work_pool');
    const limit = child(node, 'concurrency_limit');
    const pull = section(node, root, 'pull');
    const strategy = str(child(limit, 'collision_strategy')) as ConcurrencyOptions['collision_strategy'] | undefined;
    const grace = num(child(limit, 'grace_period_seconds'));
    const tagsNode = child(node, 'tags');
    const slaNode = child(node, 'sla');
    const nameNode = child(node, 'name');
    const name = str(nameNode) ?? '';
    deployments.push({
      name,
      // A name from the environment is secret-bearing: shown as written, its templates unfilled.
      shownName:
        nameNode?.kind === 'scalar' && nameNode.secret && nameNode.written !== undefined ? nameNode.written : name,
      entrypoint: str(child(node, 'entrypoint')) ?? '',
      description: str(child(node, 'description')),
      version: str(child(node, 'version')),
      versionType: str(child(node, 'version_type')),
      flowName: str(child(node, 'flow_name')),
      tags: rawTags(tagsNode),
      parameters: obj(child(node, 'parameters')),
      schedules: scheduleNodes(node)
        .filter((s) => s.kind === 'map')
        .map(buildSchedule),
      workPool:
        wp?.kind === 'map'
          ? {
              name: str(child(wp, 'name')),
              workQueueName: str(child(wp, 'work_queue_name')),
              jobVariables: obj(child(wp, 'job_variables')),
              imageAsWritten:
                entry(child(wp, 'job_variables'), 'image') !== undefined ||
                leftOut(child(wp, 'job_variables'), 'image'),
            }
          : undefined,
      infrastructureBlock: str(child(node, 'ib-block')) ?? fileBlock,
      infrastructureBlockNode:
        str(child(node, 'ib-block')) !== undefined
          ? child(node, 'ib-block')
          : fileBlock !== undefined
            ? fileBlockNode
            : undefined,
      concurrencyLimit: limit?.kind === 'map' ? num(child(limit, 'limit')) : num(limit),
      // prefect deploy takes the options whenever concurrency_limit is a mapping, limit or not.
      concurrencyOptions:
        limit?.kind === 'map'
          ? {
              collision_strategy: strategy ?? 'ENQUEUE',
              ...(grace !== undefined ? { grace_period_seconds: grace } : {}),
            }
          : undefined,
      enforceParameterSchema: bool(child(node, 'enforce_parameter_schema')),
      paused: bool(child(node, 'paused')),
      pull:
        pull?.kind === 'seq'
          ? (plain(pull) as unknown[])
          : pull?.kind === 'map' && pull.entries.length
            ? [plain(pull)]
            : undefined,
      build: readSteps(section(node, root, 'build')),
      push: readSteps(section(node, root, 'push')),
      triggers: list(child(node, 'triggers')).flatMap((t) =>
        t.kind === 'map' ? [{ spec: plain(t) as Record<string, unknown>, node: t }] : [],
      ),
      sla: slaNode?.kind === 'seq' ? { specs: plain(slaNode) as unknown[], node: slaNode } : undefined,
      secretFields: secretFields(node, pull),
      preview: previewSection(child(node, 'preview')),
      node,
    });
  }
  const blocks = list(child(root, 'blocks')).flatMap((node): BlockSpec[] => {
    const [type, name] = [str(child(node, 'type')), str(child(node, 'name'))];
    return node.kind === 'map' && type && name ? [{ type, name, data: obj(child(node, 'data')), node }] : [];
  });
  const blockScripts = list(child(root, 'block-scripts')).flatMap((node) =>
    str(node) ? [{ path: str(node)!, node }] : [],
  );
  return { path, deployments, blocks, blockScripts, preview: previewSection(child(root, 'preview')) };
}

/** A `preview:` mapping's switches (wrong types were reported by the schema check). */
function previewSection(n: YNode | undefined): PreviewSection | undefined {
  if (n?.kind !== 'map') return undefined;
  return { schedules: bool(child(n, 'schedules')), automations: bool(child(n, 'automations')) };
}

/** Tags as written; of a list, Python's str() of each item (a float keeps its .0), as prefect deploy makes tags text. */
function rawTags(node: YNode | undefined): unknown {
  if (node === undefined || scalar(node) === null) return [];
  if (node.kind !== 'seq') return plain(node);
  return node.items.map((i) => (i.kind === 'scalar' && typeof i.value !== 'string' ? scalarStr(i) : plain(i)));
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
  const interval = child(node, 'interval');
  const raw = (key: string) =>
    entry(node, key) && scalar(child(node, key)) !== null ? scalar(child(node, key)) : undefined;
  const anchor = child(node, 'anchor_date') ?? child(node, 'anchor-date');
  return {
    cron: str(child(node, 'cron')),
    interval: interval && scalar(interval) !== null ? laxDuration(scalar(interval)) : undefined,
    rrule: str(child(node, 'rrule')),
    timezone: str(child(node, 'timezone')),
    anchorDate: str(anchor),
    dayOr: raw('day_or'),
    active: raw('active'),
    parameters: obj(child(node, 'parameters')),
    slug: str(child(node, 'slug')),
    replaces: str(child(node, 'replaces')),
    node,
  };
}

/** True when the mapping had `key`, left out because its whole value was a template nothing fills. */
function leftOut(node: YNode | undefined, key: string): boolean {
  return node?.kind === 'map' && (node.leftOut ?? []).includes(key);
}
