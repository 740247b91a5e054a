/**
 * Where an installed project (`pip install -e .`) puts its packages on `sys.path`, so
 * that a module-path entrypoint (`package.module:flow`) finds them as `prefect deploy`
 * does after the install: the package directories pyproject.toml or setup.cfg map
 * (setuptools `package-dir` and `packages.find.where`, hatch's wheel `packages`,
 * poetry's `packages` with `from`), else packages under `src/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A directory a top-level package is imported from, and the setting that says so. */
export interface PackageSource {
  /** The top-level package `dir` is, or undefined when `dir` holds packages. */
  name?: string;
  /** Relative to the root, with `/` separators. */
  dir: string;
  source: string;
}

export function projectPackageSources(root: string): PackageSource[] {
  const out: PackageSource[] = [];
  const pyproject = readText(path.join(root, 'pyproject.toml'));
  if (pyproject !== undefined) out.push(...fromPyproject(parseToml(pyproject)));
  const setupCfg = readText(path.join(root, 'setup.cfg'));
  if (setupCfg !== undefined) out.push(...fromSetupCfg(parseIni(setupCfg)));
  if (existsSync(path.join(root, 'src'))) out.push({ dir: 'src', source: 'a package under src/' });
  return out.map((s) => ({ ...s, dir: clean(s.dir) }));
}

function clean(dir: string): string {
  return (
    path.posix
      .normalize(dir.replace(/\\/g, '/'))
      .replace(/^\.\/?$/, '')
      .replace(/\/$/, '') || '.'
  );
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

type Toml = { [key: string]: TomlValue };
type TomlValue = string | number | boolean | TomlValue[] | Toml;

function table(v: TomlValue | undefined): Toml | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

function at(doc: Toml, keys: string[]): TomlValue | undefined {
  let v: TomlValue | undefined = doc;
  for (const k of keys) v = table(v)?.[k];
  return v;
}

function fromPyproject(doc: Toml): PackageSource[] {
  const out: PackageSource[] = [];
  const packageDir = table(at(doc, ['tool', 'setuptools', 'package-dir']));
  for (const [name, dir] of Object.entries(packageDir ?? {})) {
    if (typeof dir !== 'string') continue;
    const source = `pyproject.toml [tool.setuptools] package-dir`;
    // `"" = "src"`: every package is in src/; `pkg = "lib/pkg"`: pkg is that directory.
    if (name === '') out.push({ dir, source });
    else if (!name.includes('.')) out.push({ name, dir, source });
  }
  const where = at(doc, ['tool', 'setuptools', 'packages', 'find', 'where']);
  for (const dir of Array.isArray(where) ? where : []) {
    if (typeof dir === 'string') out.push({ dir, source: 'pyproject.toml [tool.setuptools.packages.find] where' });
  }
  const hatch = at(doc, ['tool', 'hatch', 'build', 'targets', 'wheel', 'packages']);
  for (const p of Array.isArray(hatch) ? hatch : []) {
    if (typeof p === 'string')
      out.push({
        name: path.posix.basename(p),
        dir: p,
        source: 'pyproject.toml [tool.hatch.build.targets.wheel] packages',
      });
  }
  const poetry = at(doc, ['tool', 'poetry', 'packages']);
  for (const p of Array.isArray(poetry) ? poetry : []) {
    const t = table(p);
    if (typeof t?.include === 'string') {
      const include = t.include.replace(/\/$/, '');
      out.push({
        name: path.posix.basename(include),
        dir: path.posix.join(typeof t.from === 'string' ? t.from : '.', include),
        source: 'pyproject.toml [tool.poetry] packages',
      });
    }
  }
  return out;
}

function fromSetupCfg(ini: Record<string, Record<string, string>>): PackageSource[] {
  const out: PackageSource[] = [];
  const packageDir = ini.options?.package_dir;
  for (const line of (packageDir ?? '').split('\n')) {
    const m = /^\s*([\w.]*)\s*=\s*(\S+)\s*$/.exec(line);
    if (!m) continue;
    const source = 'setup.cfg [options] package_dir';
    if (m[1] === '') out.push({ dir: m[2], source });
    else if (!m[1].includes('.')) out.push({ name: m[1], dir: m[2], source });
  }
  const where = ini['options.packages.find']?.where;
  if (where) out.push({ dir: where.trim(), source: 'setup.cfg [options.packages.find] where' });
  return out;
}

/** setup.cfg as configparser reads it: sections, `key = value`, indented continuation lines. */
function parseIni(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  let section: Record<string, string> | undefined;
  let key: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*([#;]|$)/.test(line)) continue;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      section = out[header[1].trim()] ??= {};
      key = undefined;
    } else if (/^\s/.test(line) && section && key) {
      section[key] += `\n${line.trim()}`;
    } else if (section) {
      const m = /^([^=:]+)[=:](.*)$/.exec(line);
      if (m) section[(key = m[1].trim())] = m[2].trim();
    }
  }
  return out;
}

/**
 * The part of TOML pyproject.toml files use for these settings: tables, dotted and quoted
 * keys, strings, arrays and inline tables. What it cannot read is left out, not an error.
 */
export function parseToml(text: string): Toml {
  const doc: Toml = {};
  let current = doc;
  const p = new TomlCursor(text);
  while (p.skipBlank()) {
    if (p.peek() === '[') {
      const arrayTable = p.text.startsWith('[[', p.i);
      p.i += arrayTable ? 2 : 1;
      const keys = p.keys();
      p.i += arrayTable ? 2 : 1;
      current = doc;
      for (const [n, k] of keys.entries()) {
        const last = n === keys.length - 1;
        if (last && arrayTable) {
          const list = Array.isArray(current[k]) ? (current[k] as TomlValue[]) : (current[k] = []);
          const t: Toml = {};
          list.push(t);
          current = t;
        } else {
          current = table(current[k]) ?? (current[k] = {});
        }
      }
    } else {
      try {
        const keys = p.keys();
        p.expect('=');
        const value = p.value();
        let t = current;
        for (const k of keys.slice(0, -1)) t = table(t[k]) ?? (t[k] = {});
        t[keys[keys.length - 1]] = value;
      } catch {
        p.skipLine();
      }
    }
    p.skipLine();
  }
  return doc;
}

class TomlCursor {
  i = 0;
  constructor(readonly text: string) {}

  peek(): string {
    return this.text[this.i] ?? '';
  }

  /** Skips spaces, comments and newlines; false at the end. */
  skipBlank(): boolean {
    for (;;) {
      while (/[ \t\r\n]/.test(this.peek())) this.i++;
      if (this.peek() !== '#') return this.i < this.text.length;
      this.skipLine();
    }
  }

  skipLine(): void {
    const nl = this.text.indexOf('\n', this.i);
    this.i = nl < 0 ? this.text.length : nl + 1;
  }

  private spaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.i++;
  }

  expect(c: string): void {
    this.spaces();
    if (this.peek() !== c) throw new Error(`expected ${c}`);
    this.i++;
  }

  keys(): string[] {
    const keys: string[] = [];
    for (;;) {
      this.spaces();
      const c = this.peek();
      if (c === '"' || c === "'") keys.push(this.string());
      else {
        const m = /^[A-Za-z0-9_-]+/.exec(this.text.slice(this.i));
        if (!m) throw new Error('expected a key');
        keys.push(m[0]);
        this.i += m[0].length;
      }
      this.spaces();
      if (this.peek() !== '.') return keys;
      this.i++;
    }
  }

  value(): TomlValue {
    this.skipBlank();
    const c = this.peek();
    if (c === '"' || c === "'") return this.string();
    if (c === '[') {
      this.i++;
      const list: TomlValue[] = [];
      for (;;) {
        this.skipBlank();
        if (this.peek() === ']') {
          this.i++;
          return list;
        }
        list.push(this.value());
        this.skipBlank();
        if (this.peek() === ',') this.i++;
        else if (this.peek() !== ']') throw new Error('expected , or ]');
      }
    }
    if (c === '{') {
      this.i++;
      const t: Toml = {};
      for (;;) {
        this.spaces();
        if (this.peek() === '}') {
          this.i++;
          return t;
        }
        const keys = this.keys();
        this.expect('=');
        let inner = t;
        for (const k of keys.slice(0, -1)) inner = table(inner[k]) ?? (inner[k] = {});
        inner[keys[keys.length - 1]] = this.value();
        this.spaces();
        if (this.peek() === ',') this.i++;
      }
    }
    const m = /^[^\s,\]}#]+/.exec(this.text.slice(this.i));
    if (!m) throw new Error('expected a value');
    this.i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : Number.isNaN(Number(m[0])) ? m[0] : Number(m[0]);
  }

  private string(): string {
    const quote = this.peek();
    const triple = this.text.startsWith(quote.repeat(3), this.i);
    const delim = triple ? quote.repeat(3) : quote;
    this.i += delim.length;
    let out = '';
    while (this.i < this.text.length && !this.text.startsWith(delim, this.i)) {
      const ch = this.text[this.i++];
      if (ch === '\\' && quote === '"') {
        const e = this.text[this.i++];
        out += ({ n: '\n', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? e;
      } else out += ch;
    }
    this.i += delim.length;
    return out;
  }
}
