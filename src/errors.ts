/** The one helper that turns anything thrown into a message. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Bad flags, inputs or a missing file: exit code 2, like invalid input. Every problem found, each a line of the message. */
export class UsageError extends Error {
  readonly problems: readonly string[];
  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('\n'));
    this.problems = list;
  }
}

/** An operation that failed for a reason outside this program (an API, the registry): exit 1, its message as is. */
export class Failure extends Error {}
