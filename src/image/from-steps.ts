/**
 * A prefect_docker build step's fields as the image stage's settings, where no option
 * gave them: the image name (an Amazon ECR repository: registry, region, repository),
 * the tag (pushed besides the commit SHA), the Dockerfile, the build context (`path`),
 * build arguments, platform and target. Pure.
 */
import type { DeploymentsFile } from '../config/model.js';
import { DOCKER_BUILD, type Step } from '../config/steps.js';
import type { ImageSettings } from '../settings.js';

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/(.+)$/;

/** The file's docker build steps, once each. */
export function dockerBuildSteps(file: DeploymentsFile): Step[] {
  const seen = new Set<unknown>();
  return file.deployments
    .flatMap((d) => d.build)
    .filter((s) => s.fn === DOCKER_BUILD && !seen.has(s.node) && seen.add(s.node));
}

/** When several deployments build different images: the image stage builds one per run. */
export function conflictingSteps(steps: Step[]): string | undefined {
  const key = (s: Step) =>
    JSON.stringify([
      s.inputs.image_name,
      s.inputs.dockerfile,
      s.inputs.path,
      s.inputs.buildargs,
      s.inputs.platform,
      s.inputs.target,
    ]);
  const distinct = [...new Map(steps.map((s) => [key(s), s])).values()];
  if (distinct.length < 2) return undefined;
  return `the image stage builds one image per run, and this file's build_docker_image steps differ (lines ${distinct.map((s) => s.node.pos.line).join(', ')}): give one build step to all deployments`;
}

const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/**
 * The settings the image stage uses: `given` (the options; undefined when no repository
 * was given) with what the build step says for each field the options left at its
 * default (`given.defaulted`); from an ECR image name alone when no repository was given.
 */
export function imageSettingsFrom(
  given: ImageSettings | undefined,
  step: Step | undefined,
  environment: string | undefined,
): ImageSettings | undefined {
  if (!step) return given;
  const inputs = step.inputs;
  const ecr = ECR_IMAGE.exec(String(inputs.image_name ?? ''));
  const base: ImageSettings | undefined =
    given ??
    (ecr
      ? {
          region: ecr[2],
          registryId: ecr[1],
          repository: ecr[3],
          createRepository: false,
          tagMutability: 'MUTABLE',
          context: '.',
          dockerfile: 'Dockerfile',
          buildArgs: [],
          tags: environment ? [environment] : [],
          buildOnly: false,
          defaulted: ['context', 'dockerfile', 'buildArgs', 'platform', 'target', 'tags'],
        }
      : undefined);
  if (!base) return undefined;
  const open = new Set(base.defaulted ?? []);
  const out: ImageSettings = { ...base };
  if (open.has('dockerfile') && text(inputs.dockerfile)) out.dockerfile = text(inputs.dockerfile)!;
  if (open.has('context') && text(inputs.path)) out.context = text(inputs.path)!;
  if (open.has('platform') && text(inputs.platform)) out.platform = text(inputs.platform);
  if (open.has('target') && text(inputs.target)) out.target = text(inputs.target);
  if (open.has('buildArgs') && inputs.buildargs && typeof inputs.buildargs === 'object') {
    out.buildArgs = Object.entries(inputs.buildargs as Record<string, unknown>).map(([k, v]) => `${k}=${v}`);
  }
  const extra = [
    text(inputs.tag),
    ...(Array.isArray(inputs.additional_tags) ? inputs.additional_tags.map(text) : []),
  ].filter((t): t is string => !!t);
  if (open.has('tags') && extra.length) out.tags = [...new Set([...base.tags, ...extra])];
  return out;
}
