/**
 * A Python tokenizer, complete enough to read module structure and signatures.
 * It tracks bracket depth (newlines inside brackets are not statement ends) and
 * indentation (INDENT/DEDENT), like CPython's tokenizer does.
 */

export type TokenType = 'name' | 'number' | 'string' | 'op' | 'newline' | 'indent' | 'dedent' | 'eof';

export interface Token {
  type: TokenType;
  value: string;
  /** 1-based line and column of the token's first character. */
  line: number;
  col: number;
}

export class PythonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
  }
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=',
  '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '=',
];

const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_]/u;
const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?(?:'|")/;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const indents = [0];
  let depth = 0;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;
  const n = source.length;

  const col = (at: number) => at - lineStart + 1;
  const newline = (at: number) => {
    line += 1;
    lineStart = at + 1;
  };

  while (i < n) {
    if (atLineStart && depth === 0) {
      // Measure indentation; blank and comment-only lines do not count.
      let width = 0;
      let j = i;
      while (j < n && (source[j] === ' ' || source[j] === '\t' || source[j] === '\f')) {
        width = source[j] === '\t' ? width + 8 - (width % 8) : width + 1;
        j++;
      }
      if (j >= n) break;
      const c = source[j];
      if (c === '\n' || c === '#' || (c === '\r' && source[j + 1] === '\n')) {
        while (j < n && source[j] !== '\n') j++;
        newline(j);
        i = j + 1;
        continue;
      }
      if (c === '\\' && (source[j + 1] === '\n' || source[j + 1] === '\r')) {
        // A continuation at the start of a line: not an indentation change.
        i = j;
        atLineStart = false;
        continue;
      }
      const current = indents[indents.length - 1];
      if (width > current) {
        indents.push(width);
        tokens.push({ type: 'indent', value: '', line, col: col(j) });
      } else {
        while (width < indents[indents.length - 1]) {
          indents.pop();
          tokens.push({ type: 'dedent', value: '', line, col: col(j) });
        }
        if (width !== indents[indents.length - 1]) {
          throw new PythonSyntaxError('unindent does not match any outer indentation level', line, col(j));
        }
      }
      i = j;
      atLineStart = false;
    }

    const c = source[i];
    if (c === ' ' || c === '\t' || c === '\f' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && (source[i + 1] === '\n' || (source[i + 1] === '\r' && source[i + 2] === '\n'))) {
      i += source[i + 1] === '\r' ? 2 : 1;
      newline(i);
      i++;
      continue;
    }
    if (c === '\n') {
      if (depth === 0) {
        const last = tokens[tokens.length - 1];
        if (last && last.type !== 'newline' && last.type !== 'indent' && last.type !== 'dedent') {
          tokens.push({ type: 'newline', value: '\n', line, col: col(i) });
        }
        atLineStart = true;
      }
      newline(i);
      i++;
      continue;
    }

    const prefix = STRING_PREFIX.exec(source.slice(i, i + 3));
    if (prefix) {
      const start = i;
      const startLine = line;
      const startCol = col(i);
      const quoteAt = i + prefix[0].length - 1;
      const quote = source[quoteAt];
      const triple = source.startsWith(quote.repeat(3), quoteAt);
      const closing = triple ? quote.repeat(3) : quote;
      let j = quoteAt + closing.length;
      for (;;) {
        if (j >= n) throw new PythonSyntaxError('unterminated string literal', startLine, startCol);
        const d = source[j];
        if (d === '\\') {
          if (source[j + 1] === '\n') newline(j + 1);
          j += 2;
          continue;
        }
        if (d === '\n') {
          if (!triple) throw new PythonSyntaxError('unterminated string literal', startLine, startCol);
          newline(j);
        }
        if (source.startsWith(closing, j)) {
          j += closing.length;
          break;
        }
        j++;
      }
      tokens.push({ type: 'string', value: source.slice(start, j), line: startLine, col: startCol });
      i = j;
      continue;
    }

    if (NAME_START.test(c)) {
      let j = i + 1;
      while (j < n && NAME_PART.test(source[j])) j++;
      tokens.push({ type: 'name', value: source.slice(i, j), line, col: col(i) });
      i = j;
      continue;
    }

    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const m = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:[0-9][0-9_]*\.?[0-9_]*|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9_]+)?[jJ]?)/.exec(
        source.slice(i, i + 200),
      );
      const text = m ? m[0] : c;
      tokens.push({ type: 'number', value: text, line, col: col(i) });
      i += text.length;
      continue;
    }

    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      if (op === '(' || op === '[' || op === '{') depth++;
      if (op === ')' || op === ']' || op === '}') depth = Math.max(0, depth - 1);
      tokens.push({ type: 'op', value: op, line, col: col(i) });
      i += op.length;
      continue;
    }
    throw new PythonSyntaxError(`invalid character '${c}'`, line, col(i));
  }

  const last = tokens[tokens.length - 1];
  if (last && last.type !== 'newline' && last.type !== 'dedent') {
    tokens.push({ type: 'newline', value: '', line, col: col(i) });
  }
  while (indents.length > 1) {
    indents.pop();
    tokens.push({ type: 'dedent', value: '', line, col: col(i) });
  }
  tokens.push({ type: 'eof', value: '', line, col: col(i) });
  return tokens;
}
