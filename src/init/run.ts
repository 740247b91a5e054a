/** `init`: finds the repository's flows, then writes the planned files that do not exist yet (all of them with --force). */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { FlowReader, MAX_SOURCE_BYTES } from '../flows/read.js';
import { parseModule } from '../flows/parse.js';
import { plural } from '../text.js';
import { checklist, planInit, type FoundFlow, type InitOptions } from './plan.js';

/** The walk stops after this many folders and files: a repository of flows is far smaller. */
const MAX_ENTRIES = 20000;
const SKIPPED = new Set(['node_modules', 'venv', 'env', '__pycache__', 'site-packages', 'build', 'dist']);

/** The .py files under root, sorted, outside hidden folders, virtual environments and node_modules. */
export function pythonFiles(root: string): string[] {
  const found: string[] = [];
  let seen = 0;
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (++seen > MAX_ENTRIES) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        // A venv is known by its pyvenv.cfg whatever its name.
        if (e.name.startsWith('.') || SKIPPED.has(e.name) || existsSync(path.join(full, 'pyvenv.cfg'))) continue;
        walk(full);
      } else if (e.isFile() && e.name.endsWith('.py')) found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found;
}

/** Every top-level function the flow reader reads as a flow, as an entrypoint. */
export function findFlows(root: string): FoundFlow[] {
  const reader = new FlowReader(root);
  const flows: FoundFlow[] = [];
  for (const file of pythonFiles(root)) {
    let source: string;
    try {
      const bytes = readFileSync(path.join(root, file));
      if (bytes.length > MAX_SOURCE_BYTES) continue;
      source = bytes.toString('utf8');
    } catch {
      continue;
    }
    // Cheap first: a module that never says `flow` has none.
    if (!source.includes('flow')) continue;
    let names: string[];
    try {
      names = parseModule(source).body.flatMap((s) => (s.kind === 'def' ? [s.name] : []));
    } catch {
      continue;
    }
    for (const name of names) {
      const r = reader.read(`${file}:${name}`);
      if (r.ok) flows.push({ entrypoint: `${file}:${name}`, flow: r.flow.name });
    }
  }
  return flows;
}

export interface InitResult {
  written: string[];
  kept: string[];
  flows: FoundFlow[];
  text: string;
}

export function runInit(root: string, options: Omit<InitOptions, 'flows'>, force: boolean): InitResult {
  const flows = findFlows(root);
  const planned = planInit({ ...options, flows });
  const written: string[] = [];
  const kept: string[] = [];
  for (const f of planned) {
    const target = path.join(root, f.path);
    if (existsSync(target) && !force) {
      kept.push(f.path);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.content);
    written.push(f.path);
  }
  const lines = [
    flows.length
      ? `Found ${plural(flows.length, 'flow')}:`
      : "Found no @flow in the repository's .py files: the deployments files list none.",
    ...flows.map((f) => `  ${f.flow}  (${f.entrypoint})`),
    ...written.map((p) => `wrote ${p}`),
    ...kept.map((p) => `kept ${p} (it exists; --force overwrites it)`),
    '',
    checklist({ ...options, flows }),
  ];
  return { written, kept, flows, text: `${lines.join('\n')}` };
}
