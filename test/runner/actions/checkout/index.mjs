// Clones PED_TEST_GIT_ORIGIN (the repository act runs, set by test/support/act.ts) into the
// workspace at `ref` (a branch of the origin or a commit), as actions/checkout does from GitHub:
// `fetch-depth` commits (its default 1: a shallow clone of the commit alone), 0 for the whole history.
import { execFileSync } from 'node:child_process';
import process from 'node:process';

const origin = process.env.PED_TEST_GIT_ORIGIN;
const workspace = process.env.GITHUB_WORKSPACE;
const ref = process.env.INPUT_REF || process.env.GITHUB_SHA;
if (!origin || !workspace || !ref) {
  process.stdout.write('::error::checkout stand-in: PED_TEST_GIT_ORIGIN, GITHUB_WORKSPACE and a ref are needed\n');
  process.exit(1);
}
const depth = Number(process.env['INPUT_FETCH-DEPTH'] || process.env.INPUT_FETCH_DEPTH || '1');
const git = (...args) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8' });
git('init', '-q', '.');
git('remote', 'add', 'origin', origin);
if (depth > 0) {
  // The ref alone, `depth` commits deep: a branch by its name, a commit by its SHA.
  const isBranch = git('ls-remote', '--heads', 'origin', ref).trim() !== '';
  git(
    'fetch',
    '-q',
    '--depth',
    String(depth),
    'origin',
    isBranch ? `+refs/heads/${ref}:refs/remotes/origin/${ref}` : ref,
  );
  git('checkout', '-q', '--detach', isBranch ? `origin/${ref}` : 'FETCH_HEAD');
} else {
  git('fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*');
  const branch = git('branch', '-r', '--list', `origin/${ref}`).trim();
  git('checkout', '-q', '--detach', branch ? `origin/${ref}` : ref);
}
process.stdout.write(`checked out ${ref} at ${git('rev-parse', 'HEAD').trim()} (fetch-depth ${depth})\n`);
