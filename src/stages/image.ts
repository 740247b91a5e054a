/**
 * Image stage: the flows image for the commit. deploy builds it once per commit and
 * pushes it (an image that exists is never rebuilt), promote copies the source
 * environment's image to this environment's tags, plan looks it up (or only builds
 * it, with build-only). Its result is what `{{ image }}` becomes downstream.
 */
import { dockerBuildSteps, conflictingSteps, imageSettingsFrom } from '../image/from-steps.js';
import { imageSettingsErrors } from '../image/settings-check.js';
import type { ImageResult, Promotion } from '../image/stage.js';
import type { ImageSettings } from '../settings.js';
import { UsageError } from '../errors.js';
import { NoAwsCredentials } from '../aws/errors.js';
import { fillTemplates, stepOutputs } from '../plan/fill.js';
import { previewImageTag } from '../plan/preview.js';
import { imageJson, imageLines } from '../report/text.js';
import { imageSection } from '../report/markdown.js';
import { deployContext, type ContextNeeds } from './context.js';
import type { Run, Stage, StageInput } from './stage.js';

/** The image stage's section: the image, and the commit deployed (a promotion's is its source image's). */
export interface ImageSection {
  image?: ImageResult;
  sha?: string;
}

/**
 * The image stage's settings: the options, with the file's prefect_docker build step's
 * fields where they gave none (its templates filled once the steps before it ran).
 */
export function imageSettings(
  input: Pick<StageInput, 'settings' | 'file'>,
  run?: Run<ContextNeeds>,
): ImageSettings | undefined {
  const s = imageSettingsOfFile(input, run);
  const { preview, sha } = input.settings;
  // A preview's image is tagged for its pull request, never with the environment's tag (a promotion reads that one).
  if (!s || !preview || preview.close || !sha) return s;
  return { ...s, tags: [previewImageTag(preview.number, sha)], cacheTag: s.cacheTag ?? s.tags[0] };
}

function imageSettingsOfFile(
  input: Pick<StageInput, 'settings' | 'file'>,
  run?: Run<ContextNeeds>,
): ImageSettings | undefined {
  const [step] = dockerBuildSteps(input.file.file);
  if (!step || !run)
    return imageSettingsFrom(
      input.settings.ecr,
      step && { ...step, inputs: withoutTemplates(step.inputs) },
      input.settings.environment,
    );
  const owner = input.file.file.deployments.find((d) => d.build.some((s) => s.node === step.node))!;
  const ctx = deployContext(run);
  const problems: string[] = [];
  const inputs = fillTemplates(
    step.inputs,
    ctx,
    problems,
    stepOutputs(
      owner.build.slice(
        0,
        owner.build.findIndex((s) => s.node === step.node),
      ),
      ctx,
    ),
  );
  if (problems.length) throw new UsageError(`build_docker_image (line ${step.node.pos.line}): ${problems.join('; ')}`);
  return imageSettingsFrom(input.settings.ecr, { ...step, inputs }, input.settings.environment);
}

/** A step's inputs without those still holding templates (filled only once earlier steps ran). */
function withoutTemplates(inputs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(inputs).filter(([, v]) => !JSON.stringify(v).includes('{{')));
}

/** Whether this run has an image stage: a repository is configured, or an ECR build step names one (promotion always uses it). */
export function usesImageStage(run: Pick<StageInput, 'settings' | 'mode' | 'file'>): boolean {
  return imageSettings(run) !== undefined && (!run.settings.skipImage || run.mode === 'promote');
}

/** What a plan without AWS access shows for the image: the build step's output that deploy fills. */
const IMAGE_PLACEHOLDER = '{{ build_image.image }}';
const NO_REGION = 'no AWS region: pass --region or set AWS_REGION';

/** Loaded only when the image stage runs: the AWS SDK costs start-up time. */
const imageModule = () => import('../image/stage.js');

/** plan: the image looked up (or built); deploy and promote: nothing before they apply, then the image (a promotion's source with it). */
interface ImagePlan {
  image?: ImageResult;
  promotion?: Promotion;
}

/** Reads a promotion's source image before any stage writes; builds, pushes or promotes the image. */
export function imageStage(): Stage<ContextNeeds, Promotion | undefined, ImagePlan, ImageSection> {
  return {
    name: 'image',

    check(input) {
      const conflict = conflictingSteps(dockerBuildSteps(input.file.file));
      if (input.mode === 'promote' && !imageSettings(input)) {
        return [
          'promote needs the ECR repository: pass --repository NAME, or give the file a build_docker_image step whose image_name is an ECR repository',
        ];
      }
      const ecr = usesImageStage(input) ? imageSettings(input) : undefined;
      const errors = ecr ? imageSettingsErrors(ecr, input.settings.root, input.mode === 'promote') : [];
      // A plan without a region still plans: the image stage is reported as not checked.
      const unchecked = input.mode === 'plan' && !ecr?.buildOnly && !ecr?.region;
      return [...(conflict ? [conflict] : []), ...errors.filter((e) => !(unchecked && e === NO_REGION))];
    },

    // A promotion reads its source here, so that later stages know the commit before anything is written;
    // otherwise the registry is read when the image is looked up (plan) or built (deploy).
    async read(run) {
      if (!usesImageStage(run) || run.mode !== 'promote') return { problems: [], live: undefined };
      const { findPromotion } = await imageModule();
      const { settings } = run;
      const promotion = await findPromotion(
        imageSettings(run)!,
        settings.root,
        { environmentTag: settings.promoteFrom!, sha: settings.sha },
        run.ui,
      );
      const drift = driftText(promotion.revision, settings.checkoutSha, settings.promoteFrom!);
      if (!drift) return { problems: [], live: promotion };
      if (settings.allowDrift) {
        run.ui.warning(`${drift} (--allow-drift)`);
        return { problems: [], live: promotion };
      }
      return {
        problems: [
          `${drift}: check out ${promotion.revision.slice(0, 12)} and promote from there, or pass --allow-drift`,
        ],
        live: promotion,
      };
    },

    async plan(run, promotion) {
      // deploy and promote read the registry once, when they apply.
      if (!usesImageStage(run) || run.mode !== 'plan') return { promotion };
      const { buildImage, findImage } = await imageModule();
      const { settings, ui } = run;
      const ecr = imageSettings(run, run)!;
      const unchecked = (why: string): ImagePlan => {
        ui.warning(`image stage not checked (${why}): deployments show ${IMAGE_PLACEHOLDER}, the image deploy builds`);
        return {
          image: {
            uri: IMAGE_PLACEHOLDER,
            revision: settings.sha!,
            built: false,
            tagsWritten: [],
            tags: ecr.tags,
            unchecked: why,
          },
        };
      };
      if (!ecr.buildOnly && !ecr.region) return unchecked('no AWS region: pass --region or set AWS_REGION');
      // A plan never pushes: it looks the image up, or builds it only with build-only.
      try {
        const image = ecr.buildOnly
          ? await buildImage(ecr, settings.root, settings.sha!, { source: sourceUrl(run) }, ui, run.layerCache)
          : await findImage(ecr, settings.root, settings.sha!, ui);
        return { image: { ...image, tags: ecr.tags } };
      } catch (e) {
        if (!(e instanceof NoAwsCredentials) || ecr.buildOnly) throw e;
        return unchecked('no AWS credentials');
      }
    },

    async apply(run, plan) {
      if (!usesImageStage(run)) return plan;
      const { buildImage, promoteImage } = await imageModule();
      const { settings, ui } = run;
      const ecr = imageSettings(run, run)!;
      if (run.mode === 'promote') {
        return { ...plan, image: { ...(await promoteImage(plan.promotion!, ecr, ui)), tags: ecr.tags } };
      }
      const image = await buildImage(ecr, settings.root, settings.sha!, { source: sourceUrl(run) }, ui, run.layerCache);
      if (image.layerCacheSave) run.background.push(image.layerCacheSave);
      return { image: { ...image, tags: ecr.tags } };
    },

    // A promotion without --sha deploys the commit the image was built from.
    section({ live, plan }) {
      const sha = plan?.image?.revision ?? live?.revision;
      return { image: plan?.image, ...(sha !== undefined ? { sha } : {}) };
    },

    text: (report) => imageLines(report),
    markdown: (report) => imageSection(report),
    json: (report) => ({ image: imageJson(report) }),
  };
}

/**
 * A promotion registers the checked-out file and flows with the image of another
 * environment: both should come from one commit. The image's commit is its revision
 * label (or --sha); the checkout's is HEAD (or GITHUB_SHA).
 */
function driftText(imageCommit: string, checkout: string | undefined, from: string): string | undefined {
  if (!checkout) return undefined;
  const same =
    imageCommit.length <= checkout.length ? checkout.startsWith(imageCommit) : imageCommit.startsWith(checkout);
  if (same) return undefined;
  return (
    `promote: the ${from} image was built from commit ${imageCommit.slice(0, 12)}, ` +
    `but the deployments file and flows registered with it are those of the checked-out commit ${checkout.slice(0, 12)}`
  );
}

/** The repository's web page, for the image's source label. */
function sourceUrl(run: Run): string | undefined {
  const vcs = run.settings.vcs;
  return (vcs.repository && vcs.commitUrl?.replace(/\/commit\/.*$/, '')) || undefined;
}
