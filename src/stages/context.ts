/** The values templates are filled with once earlier stages ran: the commit, the image, Prefect variables. */
import type { DeployContext } from '../plan/desired.js';
import type { Run } from './stage.js';

export function deployContext(run: Run): DeployContext {
  const { settings, report } = run;
  return {
    sha: report.sha,
    environment: settings.environment,
    repository: settings.vcs.repository,
    branch: settings.vcs.branch,
    commitUrl: settings.vcs.commitUrl,
    versionType: settings.vcs.versionType,
    workdir: settings.workdir,
    codePullSteps: report.codeStorage?.pullSteps,
    codeStorageBlock: report.codeStorage?.storageBlock,
    // A dependencies-only image (--image-tag-from) is not the commit's: deployments name it by digest.
    image: (settings.ecr?.tagFrom && report.image?.digestRef) || report.image?.uri || settings.imageRef,
    imageDigest: report.image?.digestRef,
    variables: run.variables,
    enforceParameterSchemaDefault: !run.caps.infrastructureBlocks,
  };
}
