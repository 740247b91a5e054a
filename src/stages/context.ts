/** The values templates are filled with once earlier stages ran: the commit, the image, step outputs, Prefect variables and blocks. */
import type { DeployContext } from '../plan/desired.js';
import { imageSettings } from './image.js';
import type { Run } from './stage.js';

export function deployContext(run: Run): DeployContext {
  const { settings, report } = run;
  const ecr = imageSettings(run);
  return {
    sha: report.sha,
    environment: settings.environment,
    repository: settings.vcs.repository,
    branch: settings.vcs.branch,
    commitUrl: settings.vcs.commitUrl,
    versionType: settings.vcs.versionType,
    workdir: settings.workdir,
    root: settings.root,
    imageConfigured: ecr !== undefined || settings.imageRef !== undefined,
    imageTags: report.image?.tags,
    codePullSteps: report.codeStorage?.pullSteps,
    codeOutputs: report.codeStorage?.outputs,
    codeStorageBlock: report.codeStorage?.storageBlock,
    // A dependencies-only image (--image-tag-from) is not the commit's: deployments name it by digest.
    image: (ecr?.tagFrom && report.image?.digestRef) || report.image?.uri || settings.imageRef,
    imageDigest: report.image?.digestRef,
    variables: run.variables,
    // A block the file declares is what this run writes, before any deployment is registered.
    blocks: { ...run.blockValues, ...Object.fromEntries(run.file.file.blocks.map((b) => [`${b.type}.${b.name}`, b.data])) },
    shellOutputs: report.steps.outputs,
    enforceParameterSchemaDefault: !run.caps.infrastructureBlocks,
  };
}
