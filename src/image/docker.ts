/**
 * The docker CLI, always with an argument list (never a shell): build, push,
 * login (the password on stdin) and logout. Output streams to a line sink.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Failure } from '../errors.js';

const running = new Set<ChildProcess>();

/** Ends every docker process still running (a stopped run does not wait for a build). */
export function stopDockerProcesses(): void {
  for (const child of running) child.kill('SIGTERM');
}

export interface DockerRun {
  code: number;
  /** The last lines of output, for error messages. */
  tail: string[];
}

export type LineSink = (line: string) => void;

export function docker(
  args: string[],
  options: { input?: string; onLine?: LineSink; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<DockerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', args, {
      cwd: options.cwd,
      env: { ...process.env, DOCKER_BUILDKIT: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    running.add(child);
    const tail: string[] = [];
    let partial = '';
    const onData = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) {
        options.onLine?.(line);
        tail.push(line);
        if (tail.length > 30) tail.shift();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) =>
      reject(
        new Failure(
          `cannot run docker: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'docker is not installed or not on PATH' : e.message}`,
        ),
      ),
    );
    child.on('close', (code) => {
      running.delete(child);
      if (partial) {
        options.onLine?.(partial);
        tail.push(partial);
      }
      resolve({ code: code ?? 1, tail });
    });
    child.stdin.end(options.input ?? '');
  });
}

export async function dockerLogin(host: string, username: string, password: string): Promise<void> {
  const r = await docker(['login', '--username', username, '--password-stdin', host], { input: password });
  // The output never holds the password (it went to stdin); say only what failed.
  if (r.code !== 0)
    throw new Failure(
      `docker login to ${host} failed: ${r.tail
        .filter((l) => !l.includes(password))
        .slice(-3)
        .join(' ')}`,
    );
}

/** The action's saved state: the registries docker logged in to, as a JSON list, for the post step. */
export const DOCKER_LOGINS_STATE = 'docker-logins';

export async function dockerLogout(host: string): Promise<void> {
  await docker(['logout', host]);
}
