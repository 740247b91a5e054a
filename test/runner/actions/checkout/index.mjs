// Clones PED_TEST_GIT_ORIGIN (the repository act runs, set by test/support/act.ts) into the
// workspace at `ref` (a branch of the origin or a commit), as actions/checkout does from GitHub.
import { execFileSync } from 'node:child_process';
import process from 'node:process';

const origin = process.env.PED_TEST_GIT_ORIGIN;
const workspace = process.env.GITHUB_WORKSPACE;
const ref = process.env.INPUT_REF || process.env.GITHUB_SHA;
if (!origin || !workspace || !ref) {
  process.stdout.write('::error::checkout stand-in: PED_TEST_GIT_ORIGIN, GITHUB_WORKSPACE and a ref are needed\n');
  process.exit(1);
}
const git = (...args) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8' });
git('init', '-q', '.');
git('remote', 'add', 'origin', origin);
git('fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*');
const branch = git('branch', '-r', '--list', `origin/${ref}`).trim();
git('checkout', '-q', '--detach', branch ? `origin/${ref}` : ref);
process.stdout.write(`checked out ${ref} at ${git('rev-parse', 'HEAD').trim()}\n`);
