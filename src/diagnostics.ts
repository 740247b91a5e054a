/** Problems found in the user's input, each at its place in a file. */
import path from 'node:path';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
  /**
   * A warning about what Prefect registers but would get wrong at run time, or ignores
   * (the file's meaning and Prefect's differ): an error with --strict.
   */
  strict?: boolean;
}

/** With --strict, every warning marked strict is an error. */
export function applyStrict(list: Diagnostic[], strict: boolean): Diagnostic[] {
  return strict
    ? list.map((d) =>
        d.strict && d.severity === 'warning'
          ? { ...d, severity: 'error', message: `${d.message} (an error with --strict)` }
          : d,
      )
    : list;
}

/** `path:line:col: message`, the form editors and CI logs link to. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

/** Paths relative to `root` made relative to `base` (the workspace, where GitHub attaches annotations to the diff). */
export function rebase(list: Diagnostic[], root: string, base: string): Diagnostic[] {
  return list.map((d) => ({ ...d, file: path.relative(base, path.resolve(root, d.file)).split(path.sep).join('/') }));
}

/** Sorted by place, with duplicates (the same anchor merged into many deployments) removed. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const key = `${d.severity}|${d.file}|${d.line}|${d.column}|${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Thrown when the input is invalid: the CLI exits 2 and prints every diagnostic, and every problem not at a place. */
export class InvalidInput extends Error {
  constructor(
    readonly diagnostics: Diagnostic[],
    /** Problems with the settings found by the same checks (no place in a file). */
    readonly problems: string[] = [],
  ) {
    super(`${diagnostics.filter((d) => d.severity === 'error').length + problems.length} error(s) in the input`);
  }
}
