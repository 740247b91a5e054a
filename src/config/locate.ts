/** Finds the deployments file: --file, else the environment's file by pattern, else prefect.yaml. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../settings.js';
import { UsageError } from '../errors.js';
import { readRepositoryFile } from '../repository-file.js';

export interface LocatedFile {
  /** Absolute path. */
  absolute: string;
  /** The path shown in messages and annotations: relative to the repository root when inside it. */
  display: string;
}

export function locateDeploymentsFile(
  settings: Pick<Settings, 'root' | 'file' | 'environment' | 'filePattern'>,
  cwd = process.cwd(),
): LocatedFile {
  const display = (p: string) => {
    const rel = path.relative(settings.root, p);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
  };
  if (settings.file) {
    const absolute = path.resolve(cwd, settings.file);
    if (!existsSync(absolute)) throw new UsageError(`deployments file ${settings.file} does not exist`);
    return { absolute, display: display(absolute) };
  }
  const tried: string[] = [];
  if (settings.environment) {
    if (!/^[A-Za-z0-9_.-]+$/.test(settings.environment))
      throw new UsageError(`environment '${settings.environment}' may contain only letters, digits, '.', '_' and '-'`);
    const byPattern = path.resolve(settings.root, settings.filePattern.replaceAll('{env}', settings.environment));
    if (existsSync(byPattern)) return { absolute: byPattern, display: display(byPattern) };
    tried.push(display(byPattern));
  }
  const prefectYaml = path.resolve(settings.root, 'prefect.yaml');
  if (existsSync(prefectYaml)) return { absolute: prefectYaml, display: display(prefectYaml) };
  tried.push(display(prefectYaml));
  const hint = settings.environment ? '' : ' (pass --env ENV or --file PATH)';
  throw new UsageError(`no deployments file found${hint}; looked for ${tried.join(', ')} in ${settings.root}`);
}

/**
 * The file's text, when it is a regular file of sensible size. A file the checkout
 * holds may not be a link out of it: its content would reach the plan's messages.
 */
export function readDeploymentsFile(located: LocatedFile, root: string): string {
  return readRepositoryFile(root, located.absolute, `deployments file ${located.display}`);
}
