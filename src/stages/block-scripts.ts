/**
 * Block scripts stage: the repository's Python scripts that create or update blocks,
 * run inside the flows image (pulled when the engine lacks it) before any deployment
 * is registered. A plan lists them and runs none.
 */
import { FlowReader } from '../flows/read.js';
import { runBlockScripts } from '../image/block-scripts.js';
import { scriptsSection } from '../report/markdown.js';
import { scriptsText } from '../report/text.js';
import { readNothing, type Stage, type StageInput } from './stage.js';
import { imageSettings, usesImageStage, type ImageSection } from './image.js';

/** The block scripts stage's section: the scripts, in the order they run; `ran` is false in plan mode. */
export interface BlockScriptsSection {
  blockScripts: { scripts: string[]; ran: boolean };
}

/** The file's `block-scripts:`, then those given on the command line. */
export function scriptsOf(run: Pick<StageInput, 'file' | 'settings'>): string[] {
  return [...run.file.file.blockScripts.map((s) => s.path), ...run.settings.blockScripts];
}

/** Runs in the image: its reference, and the commit the scripts see. */
type Needs = { sha: string } & ImageSection;

export const blockScriptsStage: Stage<Needs, undefined, BlockScriptsSection['blockScripts'], BlockScriptsSection> = {
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
      problems.push(
        'block scripts run inside the flows image: configure the image stage (--repository) or pass --image',
      );
    }
    return problems;
  },

  read: readNothing,

  async plan(run) {
    return { scripts: scriptsOf(run), ran: false };
  },

  async apply(run, plan) {
    const { scripts } = plan;
    if (!scripts.length) return plan;
    const { settings, from, ui } = run;
    const image = from.image?.uri ?? settings.imageRef!;
    if (from.image && imageSettings(run))
      await (await import('../image/stage.js')).ensureLocalImage(imageSettings(run)!, image, ui);
    await runBlockScripts(
      scripts,
      { image, root: settings.root, prefect: settings.prefect, environment: settings.environment, sha: from.sha },
      ui,
    );
    return { scripts, ran: true };
  },

  section: ({ plan }) => ({ blockScripts: plan ?? { scripts: [], ran: false } }),

  text: (report) => (scriptsText(report) ? [scriptsText(report)!] : []),
  markdown: (report) => scriptsSection(report),
  json: ({ blockScripts }) => ({ blockScripts }),
};
