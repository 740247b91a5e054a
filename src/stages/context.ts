/** The values templates are filled with once earlier stages ran: the commit, the image, step outputs, Prefect variables and blocks. */
import type { DeployContext } from '../plan/desired.js';
import type { CodeStorageSection } from './code-storage.js';
import type { StepsSection } from './build-steps.js';
import { imageSettings, type ImageSection } from './image.js';
import type { Run } from './stage.js';

/** What the templates read of earlier stages: the commit, the image, the code's location, the steps' outputs. */
export type ContextNeeds = { sha: string } & ImageSection & Partial<CodeStorageSection> & StepsSection;

export function deployContext(run: Run<ContextNeeds>): DeployContext {
  const { settings, from } = run;
  const ecr = imageSettings(run);
  return {
    sha: from.sha,
    environment: settings.environment,
    repository: settings.vcs.repository,
    branch: settings.vcs.branch,
    commitUrl: settings.vcs.commitUrl,
    versionType: settings.vcs.versionType,
    workdir: settings.workdir,
    root: settings.root,
    imageConfigured: ecr !== undefined || settings.imageRef !== undefined,
    imageTags: from.image?.tags,
    codePullSteps: from.codeStorage?.pullSteps,
    codeOutputs: from.codeStorage?.outputs,
    codeStorageBlock: from.codeStorage?.storageBlock,
    // A dependencies-only image (--image-tag-from) is not the commit's: deployments name it by digest.
    image: (ecr?.tagFrom && from.image?.digestRef) || from.image?.uri || settings.imageRef,
    imageDigest: from.image?.digestRef,
    variables: run.variables,
    // A block the file declares is what this run writes, before any deployment is registered.
    blocks: {
      ...run.blockValues,
      ...Object.fromEntries(run.file.file.blocks.map((b) => [`${b.type}.${b.name}`, b.data])),
    },
    shellOutputs: from.steps.outputs,
    enforceParameterSchemaDefault: !run.caps.infrastructureBlocks,
  };
}
