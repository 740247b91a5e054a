/**
 * `prefect init`'s recipes, as the pinned Prefect writes them: the recipe names are
 * read from its recipes folder, each file is made by `prefect init --recipe NAME
 * --field ...` in a new folder, and then given one deployment, as a user fills it in.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, venvBin } from './python.js';

/** The recipes the pinned Prefect ships (a folder each, holding its prefect.yaml). */
export function recipeNames(venv = '.venv'): string[] {
  venvBin('prefect', venv);
  const dir = path.join(repoRoot, venv, 'lib/python3.11/site-packages/prefect/deployments/recipes');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort();
}

/** The fields each recipe asks for, answered for these tests. */
export function recipeFields(bucket: string): Record<string, string> {
  return {
    bucket,
    container: 'flows',
    image_name: '123456789012.dkr.ecr.us-east-1.amazonaws.com/recipe-flows',
    tag: 'dev',
    dockerfile: 'Dockerfile',
    repository: 'https://example.com/acme/flows.git',
    branch: 'main',
    directory: '/opt/flows',
  };
}

/** A new folder holding what `prefect init --recipe NAME` writes there (prefect.yaml, .prefectignore). */
export function initRecipe(name: string, fields: Record<string, string>, venv = '.venv'): string {
  const dir = mkdtempSync(path.join(tmpdir(), `ped-recipe-${name}-`));
  const home = mkdtempSync(path.join(tmpdir(), 'ped-recipe-home-'));
  const args = [
    '--no-prompt',
    'init',
    '--recipe',
    name,
    ...Object.entries(fields).flatMap(([k, v]) => ['--field', `${k}=${v}`]),
  ];
  const r = spawnSync(venvBin('prefect', venv), args, {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: home, PREFECT_HOME: home, DO_NOT_TRACK: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`prefect init --recipe ${name} failed:\n${r.stdout}\n${r.stderr}`);
  return dir;
}

/** The recipe's file with its one deployment filled in: a name, the entrypoint, the work pool. */
export function withDeployment(dir: string, name: string, entrypoint: string, pool: string): string {
  const file = path.join(dir, 'prefect.yaml');
  const text = readFileSync(file, 'utf8');
  const filled = text
    .replace(/^- name: null$/m, `- name: ${name}`)
    .replace(/^ {2}entrypoint: null$/m, `  entrypoint: ${entrypoint}`)
    .replace(/^ {4}name: null$/m, `    name: ${pool}`);
  if (filled === text || !filled.includes(`- name: ${name}`) || !filled.includes(`entrypoint: ${entrypoint}`)) {
    throw new Error(`the recipe's file in ${dir} changed shape: its deployment was not filled in`);
  }
  writeFileSync(file, filled);
  return filled;
}
