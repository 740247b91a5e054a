/** The commit's context for version_info: GitHub Actions' variables, else the local checkout. */
import { headBranch, originRepository } from './git.js';
import type { VcsSettings } from './settings.js';

/** Where the commit comes from, for version_info: GitHub Actions' context, else the checkout. */
export function vcsSettings(root: string, sha: string | undefined, env: NodeJS.ProcessEnv): VcsSettings {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
      versionType: 'vcs:github',
      repository: env.GITHUB_REPOSITORY,
      branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
      commitUrl: sha ? `${server}/${env.GITHUB_REPOSITORY}/commit/${sha}` : undefined,
    };
  }
  const origin = originRepository(root);
  return {
    versionType: 'vcs:git',
    repository: origin?.repository,
    branch: headBranch(root),
    commitUrl: origin && sha ? `${origin.url}/commit/${sha}` : undefined,
  };
}
