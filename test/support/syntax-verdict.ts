/** The reader's syntax verdict on a snippet, in the shape test/python/syntax_truth.py gives CPython's. */
import { PythonSyntaxError } from '../../src/flows/ast.js';
import { parseModule } from '../../src/flows/parse.js';

/** `parses`: ast.parse accepts it and only the compiler refuses it (Prefect then reads it from its syntax tree). */
export type Verdict = { ok: true } | { ok: false; line: number; col?: number; message: string; parses?: boolean };

export function ours(source: string): Verdict {
  try {
    const { compileError } = parseModule(source);
    if (compileError) return { ok: false, line: compileError.line, message: compileError.message, parses: true };
    return { ok: true };
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e;
    return { ok: false, line: e.line, message: e.message, parses: false };
  }
}
