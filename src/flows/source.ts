/**
 * A Python file's bytes -> its text, as CPython reads a source file: a UTF-8 BOM,
 * a `# -*- coding: ... -*-` cookie on one of the first two lines, UTF-8 otherwise,
 * and universal newlines (`\r\n` and a lone `\r` are line ends).
 */
import { PythonSyntaxError } from './ast.js';

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BOM = [0xef, 0xbb, 0xbf];

export function decodeSource(bytes: Uint8Array): string {
  let start = 0;
  const bom = BOM.every((b, i) => bytes[i] === b);
  if (bom) start = 3;
  const encoding = cookie(bytes, start);
  let text: string;
  if (encoding === undefined || isUtf8(encoding)) {
    if (bom && encoding !== undefined && !isUtf8(encoding))
      throw new PythonSyntaxError(`encoding problem: ${encoding} with BOM`, 1, 1);
    text = utf8(bytes.subarray(start));
  } else {
    if (bom) throw new PythonSyntaxError(`encoding problem: ${encoding} with BOM`, 1, 1);
    text = decodeWith(encoding, bytes);
  }
  return text.replace(/\r\n?/g, '\n');
}

/** The encoding a cookie names (only on line 1, or on line 2 after a blank or comment line). */
function cookie(bytes: Uint8Array, start: number): string | undefined {
  const head = Buffer.from(bytes.subarray(start, start + 400)).toString('latin1');
  const [first, second] = head.split(/\r\n|\r|\n/);
  const m = COOKIE.exec(first ?? '');
  if (m) return m[1];
  if (first !== undefined && /^[ \t\f]*(#.*)?$/.test(first)) return COOKIE.exec(second ?? '')?.[1];
  return undefined;
}

function isUtf8(encoding: string): boolean {
  return /^utf[-_]?8([-_]sig)?$/i.test(encoding) || /^utf-8-/i.test(encoding);
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = Buffer.from(bytes.subarray(0, at)).toString('latin1').split('\n').length;
    const byte = bytes[at].toString(16).padStart(2, '0');
    throw new PythonSyntaxError(
      `Non-UTF-8 code starting with '\\x${byte}' on line ${line}, but no encoding declared`,
      line,
      1,
    );
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length - 1;
}

/** Python's codec names -> the WHATWG labels Node's decoder knows; latin-1 is ISO-8859-1 proper. */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  const name = encoding.toLowerCase().replace(/_/g, '-');
  if (['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', '8859', 'cp819', 'iso-ir-100'].includes(name))
    return Buffer.from(bytes).toString('latin1');
  if (name === 'ascii' || name === 'us-ascii') {
    const bad = bytes.findIndex((b) => b > 0x7f);
    if (bad >= 0)
      throw new PythonSyntaxError(
        `(unicode error) 'ascii' codec can't decode byte 0x${bytes[bad].toString(16)} in position ${bad}: ordinal not in range(128)`,
        1,
        1,
      );
    return Buffer.from(bytes).toString('latin1');
  }
  const label = name.replace(/^cp(\d+)$/, 'windows-$1').replace(/^iso8859-/, 'iso-8859-');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new PythonSyntaxError(`unknown encoding: ${encoding}`, 1, 1);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PythonSyntaxError(`(unicode error) '${encoding}' codec can't decode the file`, 1, 1);
  }
}
