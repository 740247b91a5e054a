/**
 * Previews of a pull request: each deployment of the file registered as
 * `<name>-pr-<N>` with the commit as its version, tagged `preview` and `pr-<N>`,
 * labelled with the pull request's number (what --preview-close deletes, and what a
 * normal prune never does), without schedules or automations unless `preview:` says
 * so. Pure.
 */
import type { DeploymentsFile, DeploymentSpec, PreviewSection } from '../config/model.js';
import type { Desired } from './desired.js';
import { deploymentKey, LABEL_PREFIX } from './state.js';

/** The label that makes a deployment a preview: its value is the pull request's number. */
export const PREVIEW_LABEL = `${LABEL_PREFIX}preview`;

export interface PreviewTarget {
  /** The pull request's number. */
  number: number;
  /** The commit previewed: the version of every preview. */
  sha: string;
  /** The work pool previews run on instead of the file's. */
  workPool?: string;
}

export const previewName = (name: string, pr: number) => `${name}-pr-${pr}`;

/** The tags a preview adds to the deployment's own. */
export const previewTags = (pr: number) => ['preview', `pr-${pr}`];

/** The image tag of a preview's commit (besides its SHA tag): never the environment's tag. */
export const previewImageTag = (pr: number, sha: string) => `pr-${pr}-${sha.slice(0, 12)}`;

/** What a deployment's preview keeps: its own `preview:` over the file's, key by key; off where neither says. */
export function previewSwitches(file: Pick<DeploymentsFile, 'preview'>, d: Pick<DeploymentSpec, 'preview'>) {
  const pick = (key: keyof PreviewSection) => d.preview?.[key] ?? file.preview?.[key] ?? false;
  return { schedules: pick('schedules'), automations: pick('automations') };
}

/** A deployment's desired state -> its preview's. */
export function previewDesired(d: Desired, file: Pick<DeploymentsFile, 'preview'>, target: PreviewTarget): Desired {
  const keep = previewSwitches(file, d.spec);
  const name = previewName(d.state.name, target.number);
  const tags = [...d.state.tags, ...previewTags(target.number).filter((t) => !d.state.tags.includes(t))];
  const spec: DeploymentSpec = {
    ...d.spec,
    name,
    shownName: previewName(d.spec.shownName, target.number),
    // The automations stage reads triggers and SLAs from the spec.
    ...(keep.automations ? {} : { triggers: [], sla: undefined }),
  };
  return {
    key: deploymentKey(d.state.flowName, name),
    spec,
    versionInfo: { ...d.versionInfo, version: target.sha },
    state: {
      ...d.state,
      name,
      version: target.sha,
      tags,
      labels: { ...d.state.labels, [PREVIEW_LABEL]: String(target.number) },
      schedules: keep.schedules ? d.state.schedules : [],
      ...(target.workPool !== undefined ? { work_pool_name: target.workPool } : {}),
    },
  };
}

/** The command that runs a preview, as the comment shows it (names are quoted for a POSIX shell). */
export function runCommand(flowName: string, name: string): string {
  return `prefect deployment run '${`${flowName}/${name}`.replaceAll("'", `'\\''`)}'`;
}
