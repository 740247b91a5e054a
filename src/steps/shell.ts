/**
 * `prefect.deployments.steps.run_shell_script`, run as prefect deploy runs it without
 * `shell: true`: each line of the script is one command, split as Python's
 * `shlex.split` splits it and started without a shell (an argument list), `$VAR` and
 * `${VAR}` expanded first (Python's `string.Template.safe_substitute`) only with
 * `expand_env_vars: true`; the outputs are the stripped `stdout` and `stderr`.
 * The commands get the environment templates see (not the tool's credentials; a command
 * can still read what the job holds, as any step of the job can).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Failure } from '../errors.js';

/** Python's `shlex.split(s)` (POSIX mode, no comments), or an error message. */
export function shlexSplit(s: string): string[] | { error: string } {
  const words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && (s[i + 1] === '"' || s[i + 1] === '\\')) word += s[++i];
      else if (c === '\\' && i + 1 >= s.length) return { error: 'No escaped character' };
      else word += c;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (c === '\\') {
      if (i + 1 >= s.length) return { error: 'No escaped character' };
      word = (word ?? '') + s[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (quote) return { error: 'No closing quotation' };
  if (word !== undefined) words.push(word);
  return words;
}

/** Python's `string.Template(text).safe_substitute(env)`: `$$` is `$`; unknown names stay as written. */
export function safeSubstitute(text: string, env: Record<string, string | undefined>): string {
  return text.replace(
    /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\})/gi,
    (whole, dollar: string, named: string, braced: string) => {
      if (dollar) return '$';
      const v = env[named ?? braced];
      return v === undefined ? whole : v;
    },
  );
}

export interface ShellStep {
  script: string;
  directory?: string;
  env: Record<string, string>;
  expandEnvVars: boolean;
  streamOutput: boolean;
  /** The command or its environment holds a secret-bearing value: a failure names neither the command nor its output. */
  secret?: boolean;
}

/** Runs the script's commands in order; a command that fails (or cannot be split or started) fails the step. */
export async function runShellScript(
  step: ShellStep,
  root: string,
  baseEnv: Record<string, string | undefined>,
  onLine: (line: string) => void,
): Promise<{ stdout: string; stderr: string }> {
  const env = { ...baseEnv, ...step.env };
  const cwd = step.directory ? path.resolve(root, step.directory) : root;
  let stdout = '';
  let stderr = '';
  const lines = step.script.split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    const command = step.expandEnvVars ? safeSubstitute(line, env) : line;
    const argv = shlexSplit(command);
    if (!Array.isArray(argv))
      throw new Failure(
        `run_shell_script: cannot split the command${step.secret ? ` on line ${i + 1}` : `: ${argv.error}`}`,
      );
    if (!argv.length) continue;
    const result = await run(argv, cwd, env, step.streamOutput ? onLine : undefined, step.secret);
    stdout += result.stdout;
    stderr += result.stderr;
    if (result.code !== 0) {
      if (step.secret)
        throw new Failure(
          `run_shell_script: the command on line ${i + 1} of the script failed with exit code ${result.code} (its output is not shown: it may hold a secret)`,
        );
      throw new Failure(
        `run_shell_script: \`${argv[0]}\` failed with exit code ${result.code}${result.stderr.trim() ? `: ${result.stderr.trim().split('\n').slice(-5).join('\n')}` : ''}`,
      );
    }
  }
  return { stdout: stdout.trim(), stderr: stderr.trim() };
}

function run(
  argv: string[],
  cwd: string,
  env: Record<string, string | undefined>,
  onLine?: (line: string) => void,
  secret = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
    });
    let stdout = '';
    let stderr = '';
    const lines = (chunk: string) =>
      chunk
        .split(/\r?\n/)
        .filter(Boolean)
        .forEach((l) => onLine?.(l));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      lines(d.toString('utf8'));
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      lines(d.toString('utf8'));
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      // Node's message names the command: not for a secret-bearing one.
      const what =
        e.code === 'ENOENT'
          ? 'no such command (on PATH) or directory'
          : secret
            ? (e.code ?? 'it did not start')
            : e.message;
      reject(
        new Failure(
          secret
            ? `run_shell_script: cannot run a command: ${what}`
            : `run_shell_script: cannot run \`${argv[0]}\`: ${what}`,
        ),
      );
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
