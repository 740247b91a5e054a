/**
 * Block scripts stage: the repository's Python scripts that create or update blocks,
 * run inside the flows image (pulled when the engine lacks it) before any deployment
 * is registered. A plan lists them and runs none.
 */
import { FlowReader } from '../flows/read.js';
import { runBlockScripts } from '../image/block-scripts.js';
import type { Stage, StageInput } from './stage.js';
import { imageSettings, usesImageStage } from './image.js';

/** The file's `block-scripts:`, then those given on the command line. */
export function scriptsOf(run: Pick<StageInput, 'file' | 'settings'>): string[] {
  return [...run.file.file.blockScripts.map((s) => s.path), ...run.settings.blockScripts];
}

export const blockScriptsStage: Stage = {
  name: 'block scripts',

  check(input) {
    const problems: string[] = [];
    // The file's own scripts were checked with the file.
    const reader = new FlowReader(input.settings.root);
    for (const script of input.settings.blockScripts) {
      const error = reader.scriptError(script);
      if (error) problems.push(error);
    }
    if (scriptsOf(input).length && input.mode !== 'plan' && !usesImageStage(input) && !input.settings.imageRef) {
      problems.push('block scripts run inside the flows image: configure the image stage (--repository) or pass --image');
    }
    return problems;
  },

  async read() {
    return [];
  },

  async plan(run) {
    run.report.blockScripts = { scripts: scriptsOf(run), ran: false };
  },

  async apply(run) {
    const scripts = scriptsOf(run);
    if (!scripts.length) return;
    const { settings, report, ui } = run;
    const image = report.image?.uri ?? settings.imageRef!;
    if (report.image && imageSettings(run)) await (await import('../image/stage.js')).ensureLocalImage(imageSettings(run)!, image, ui);
    await runBlockScripts(scripts, { image, root: settings.root, prefect: settings.prefect, environment: settings.environment, sha: report.sha }, ui);
    run.report.blockScripts = { scripts, ran: true };
  },
};
