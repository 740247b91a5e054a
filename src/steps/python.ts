/**
 * Build and push steps given as Python functions the tool does not implement (a team's
 * `mypkg.steps.tag_release`): `prefect deploy` imports and calls them, and so does this
 * tool, through `python3` on PATH. Nothing passes through a shell: python3 gets an
 * argument list holding only our runner (python-runner.ts), and the function's name
 * and inputs come as JSON on its stdin.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Failure } from '../errors.js';
import { PYTHON_RUNNER } from './python-runner.js';

/** The Python that runs the steps: the one on PATH, as `prefect deploy` is found there. */
export const PYTHON = 'python3';
/** Bytecode is not written into the checkout; output is not held back (progress). */
const ARGS = ['-B', '-u', '-c', PYTHON_RUNNER];
/** The probe only finds modules: it answers at once, or something is wrong with that Python. */
export const PROBE_TIMEOUT_MS = 30_000;
/** A step gets this long: it runs before anything is registered, and must not hold the run forever. */
export const STEP_TIMEOUT_MS = 15 * 60_000;
/** Without output for this long, a line says the step is still running. */
const QUIET_MS = 30_000;

/** The module `prefect deploy` imports for a step's function (`module:object.path` or `module.object`). */
export function stepModule(fn: string): string | undefined {
  if (fn.includes('.py:')) return undefined;
  const at = fn.includes(':') ? fn.lastIndexOf(':') : fn.lastIndexOf('.');
  return at > 0 ? fn.slice(0, at) : undefined;
}

/** The answer of a probe: for each function, undefined where its module can be imported, else why not. */
export type ProbeResult = Map<string, string | undefined>;

interface PythonOptions {
  /** The working directory: the repository root, where `prefect deploy` runs. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/** The last line of `stdout` that starts with `marker`, parsed; undefined when there is none. */
export function answerIn(stdout: string, marker: string): Record<string, unknown> | undefined {
  const line = stdout
    .split(/\r?\n/)
    .reverse()
    .find((l) => l.startsWith(marker));
  return line === undefined ? undefined : (JSON.parse(line.slice(marker.length)) as Record<string, unknown>);
}

/** Whether python3 on PATH can import each function's module, without running any of the repository's code. */
export function probeStepFunctions(fns: string[], { cwd, env }: PythonOptions): ProbeResult {
  const marker = `ped-${randomUUID()}:`;
  const r = spawnSync(PYTHON, ARGS, {
    cwd,
    env: env as NodeJS.ProcessEnv,
    input: JSON.stringify({ mode: 'probe', fns, marker }),
    encoding: 'utf8',
    timeout: PROBE_TIMEOUT_MS,
    shell: false,
  });
  const all = (why: string): ProbeResult => new Map(fns.map((fn) => [fn, why]));
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return all(`there is no ${PYTHON} on PATH to import it with`);
    if (code === 'ETIMEDOUT') return all(`${PYTHON} did not answer within ${PROBE_TIMEOUT_MS / 1000} s`);
    return all(`${PYTHON} did not start (${code ?? r.error.message})`);
  }
  const answer = answerIn(r.stdout, marker) as
    { python: string; version: string; modules: Record<string, string | null> } | undefined;
  if (!answer) return all(`${PYTHON} failed (exit ${r.status}): ${lastLines(r.stderr)}`);
  const python = `${PYTHON} (${answer.python}, Python ${answer.version})`;
  return new Map(
    fns.map((fn) => {
      const why = answer.modules[fn];
      return [fn, why ? `${python} cannot import ${stepModule(fn) ?? fn}: ${why}` : undefined];
    }),
  );
}

export interface PythonStepRun {
  fn: string;
  /** Keyword arguments, templates filled. */
  inputs: Record<string, unknown>;
  /** The inputs hold a secret-bearing value: what the step prints or raises is not passed on (it may hold what came in). */
  secret: boolean;
  timeoutMs?: number;
  /** Ends the step (the run is stopping). */
  signal?: AbortSignal;
}

/** Runs the function; its returned dict is the step's outputs (none when it returns something else). `onLine`: progress. */
export function runPythonStep(
  step: PythonStepRun,
  { cwd, env }: PythonOptions,
  onLine: (line: string) => void,
): Promise<Record<string, unknown>> {
  const marker = `ped-${randomUUID()}:`;
  const timeoutMs = step.timeoutMs ?? STEP_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ARGS, {
      cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
    });
    let stdout = '';
    let stderr = '';
    let pending = '';
    let quietSince = Date.now();
    const started = Date.now();
    let ended: string | undefined;
    const show = (l: string) => {
      if (!step.secret) onLine(l);
    };
    const stop = (why: string) => {
      ended ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`it did not finish within ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
    const ticker = setInterval(() => {
      if (Date.now() - quietSince < QUIET_MS) return;
      quietSince = Date.now();
      onLine(`still running (${Math.round((Date.now() - started) / 1000)} s)`);
    }, QUIET_MS / 3);
    const onAbort = () => stop('the run is stopping');
    step.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      clearTimeout(timer);
      clearInterval(ticker);
      step.signal?.removeEventListener('abort', onAbort);
    };
    // Whole lines only: the answer line must never reach the progress output.
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      pending += d.toString('utf8');
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const l of lines) if (l && !l.startsWith(marker)) show(l);
      quietSince = Date.now();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      d.toString('utf8').split(/\r?\n/).filter(Boolean).forEach(show);
      quietSince = Date.now();
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      done();
      reject(
        new Failure(
          e.code === 'ENOENT' ? `there is no ${PYTHON} on PATH` : `${PYTHON} did not start (${e.code ?? e.message})`,
        ),
      );
    });
    child.on('close', (code) => {
      done();
      if (pending && !pending.startsWith(marker)) show(pending);
      if (ended) return reject(new Failure(`${ended}; it was ended`));
      const answer = answerIn(stdout, marker);
      if (!answer)
        return reject(
          new Failure(
            `${PYTHON} ended (exit ${code}) before the step returned${step.secret ? '' : `: ${lastLines(stderr)}`}`,
          ),
        );
      try {
        resolve(outputsOf(step, answer));
      } catch (e) {
        reject(e);
      }
    });
    child.stdin.on('error', () => {}); // a Python that ends at once: its exit is the error
    child.stdin.end(JSON.stringify({ mode: 'run', fn: step.fn, inputs: step.inputs, marker }));
  });
}

/** The runner's answer as outputs, or the failure it describes. */
export function outputsOf(
  step: Pick<PythonStepRun, 'fn' | 'secret'>,
  answer: Record<string, unknown>,
): Record<string, unknown> {
  const { error, type, message, where, key } = answer as Record<string, string | null | undefined>;
  // What an exception says may quote the inputs: not for a step whose inputs hold a secret.
  const said = step.secret
    ? ' (its message is not shown: the inputs hold a secret-bearing value)'
    : message
      ? `: ${message}`
      : '';
  const at = where ? ` at ${where}` : '';
  if (error === 'import') throw new Failure(`cannot import ${step.fn}: ${type}${said}${at}`);
  if (error === 'call') throw new Failure(`${step.fn} raised ${type}${said}${at}`);
  if (error === 'outputs')
    throw new Failure(
      `${step.fn} returned a dict whose '${key}' JSON cannot hold (${message}): return text, numbers, booleans, lists and dicts`,
    );
  const outputs = answer.outputs;
  return outputs && typeof outputs === 'object' ? (outputs as Record<string, unknown>) : {};
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-5).join('\n') || 'no output';
}
