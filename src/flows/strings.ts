/** Python string literal decoding: prefixes, triple quotes and escape sequences. */
import { lookupName } from './unicode-names.js';

export interface StringLiteral {
  value: string;
  bytes: boolean;
  /** An f-string with replacement fields cannot be evaluated statically. */
  fstring: boolean;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

/** Decodes one literal (`rb'...'`, `f"""..."""`); `fields` says an f-string has replacement fields. */
export function decodeStringLiteral(token: string, fields: boolean): StringLiteral {
  const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(token)!;
  const prefix = m[1].toLowerCase();
  const quote = m[2];
  const body = token.slice(m[0].length, token.length - quote.length);
  const raw = prefix.includes('r');
  const bytes = prefix.includes('b');
  const isF = prefix.includes('f');
  let value = raw ? body : unescape(body, bytes);
  // `{{` and `}}` are literal braces in an f-string without fields.
  if (isF && !fields) value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  return { value, bytes, fstring: isF && fields };
}

function unescape(body: string, bytes: boolean): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const d = body[i + 1];
    if (d in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[d];
      i++;
    } else if (/[0-7]/.test(d)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCodePoint(parseInt(oct, 8));
      i += oct.length;
    } else if (d === 'x' && /^[0-9a-fA-F]{2}/.test(body.slice(i + 2))) {
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (!bytes && d === 'u' && /^[0-9a-fA-F]{4}/.test(body.slice(i + 2))) {
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (!bytes && d === 'N' && /^\{[^}]+\}/.test(body.slice(i + 2))) {
      const name = /^\{([^}]+)\}/.exec(body.slice(i + 2))![1];
      const cp = lookupName(name);
      // An unknown name is a syntax error (syntax.ts); the text is kept meanwhile.
      out += cp === undefined ? `\\N{${name}}` : String.fromCodePoint(cp);
      i += name.length + 3;
    } else if (!bytes && d === 'U' && /^[0-9a-fA-F]{8}/.test(body.slice(i + 2))) {
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 10), 16));
      i += 9;
    } else {
      // Unknown escapes keep their backslash, as in Python.
      out += c;
    }
  }
  return out;
}
