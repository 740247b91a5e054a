/**
 * Image stage: the flows image for the commit. deploy builds it once per commit and
 * pushes it (an image that exists is never rebuilt), promote copies the source
 * environment's image to this environment's tags, plan looks it up (or only builds
 * it, with build-only). Its result is what `{{ image }}` becomes downstream.
 */
import { imageSettingsErrors } from '../image/settings-check.js';
import type { Promotion } from '../image/stage.js';
import type { Run, Stage, StageInput } from './stage.js';

/** Whether this run has an image stage: a repository is configured (promotion always uses it). */
export function usesImageStage(run: Pick<StageInput, 'settings' | 'mode'>): boolean {
  return run.settings.ecr !== undefined && (!run.settings.skipImage || run.mode === 'promote');
}

/** Loaded only when the image stage runs: the AWS SDK costs start-up time. */
const imageModule = () => import('../image/stage.js');

export function imageStage(): Stage {
  /** promote: the source image, read before any stage writes. */
  let promotion: Promotion | undefined;
  return {
    name: 'image',

    check(input) {
      return usesImageStage(input) ? imageSettingsErrors(input.settings.ecr!, input.settings.root, input.mode === 'promote') : [];
    },

    // A promotion reads its source here, so that later stages know the commit before anything is written;
    // otherwise the registry is read when the image is looked up (plan) or built (deploy).
    async read(run) {
      if (!usesImageStage(run) || run.mode !== 'promote') return [];
      const { findPromotion } = await imageModule();
      const { settings } = run;
      promotion = await findPromotion(settings.ecr!, settings.root, { environmentTag: settings.promoteFrom!, sha: settings.sha }, run.ui);
      run.report.sha = promotion.revision;
      return [];
    },

    async plan(run) {
      // deploy and promote read the registry once, when they apply.
      if (!usesImageStage(run) || run.mode !== 'plan') return;
      const { buildImage, findImage } = await imageModule();
      const { settings, ui } = run;
      const ecr = settings.ecr!;
      // A plan never pushes: it looks the image up, or builds it only with build-only.
      run.report.image = ecr.buildOnly
        ? await buildImage(ecr, settings.root, settings.sha!, { source: sourceUrl(run) }, ui, run.layerCache)
        : await findImage(ecr, settings.root, settings.sha!, ui);
    },

    async apply(run) {
      if (!usesImageStage(run)) return;
      const { buildImage, promoteImage } = await imageModule();
      const { settings, ui } = run;
      const ecr = settings.ecr!;
      if (run.mode === 'promote') {
        run.report.image = await promoteImage(promotion!, ecr, ui);
      } else {
        const image = await buildImage(ecr, settings.root, settings.sha!, { source: sourceUrl(run) }, ui, run.layerCache);
        if (image.layerCacheSave) run.background.push(image.layerCacheSave);
        run.report.image = image;
      }
      // A promotion without --sha deploys the commit the image was built from.
      run.report.sha = run.report.image.revision;
    },
  };
}

/** The repository's web page, for the image's source label. */
function sourceUrl(run: Run): string | undefined {
  const vcs = run.settings.vcs;
  return (vcs.repository && vcs.commitUrl?.replace(/\/commit\/.*$/, '')) || undefined;
}
