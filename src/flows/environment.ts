/**
 * What `prefect deploy` registers depends on where it runs: where the flow's own
 * dependencies are installed, Prefect imports the flow module (what this reader
 * reproduces); where only Prefect is, the import fails and Prefect reads the module
 * from source instead (`safe_load_namespace`): it runs only the module's unguarded
 * imports, classes, functions and plain assignments, drops annotations whose names
 * are then unbound, and replaces defaults it cannot compute by None. This module
 * finds the parameters for which the two differ, so that each is a warning.
 */
import type { ClassDef, Expr, FunctionDef, Module, Stmt } from './ast.js';
import type { Scope } from './scope.js';

/** Python 3.11's standard library (`sys.stdlib_module_names`, public names). */
const STDLIB = `abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins
bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent
configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis
distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib
functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib
imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox
mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path
numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib
posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re
readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd
smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string
stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap
this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types
typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml
xmlrpc zipapp zipfile zipimport zlib zoneinfo`;

/** The top-level modules of prefect 3.9.1 and its dependencies (with the extras it asks for: sqlalchemy[asyncio], httpx[http2]). */
const PREFECT = `aiosqlite alembic amplitude annotated_doc annotated_types anyio apprise asgi_lifespan asyncpg attr
attrs beartype burner_redis cachetools certifi cffi charset_normalizer click cloudpickle colorama coolname cronsim
cryptography cyclopts dateparser dateutil docker docket docstring_parser dotenv exceptiongroup fastapi fsspec graphviz
greenlet griffe h11 h2 hpack httpcore httpx humanize hyperframe idna jinja2 jinja2_humanize_extension jsonpatch
jsonpointer jsonschema jsonschema_specifications key_value mako markdown markdown_it markupsafe mdurl oauthlib
opentelemetry orjson packaging pathspec pendulum pluggy prefect prometheus_client pycparser pydantic pydantic_core
pydantic_extra_types pydantic_settings pygments pythonjsonlogger pytz readchar redis referencing regex requests
requests_oauthlib rfc3339_validator rich rich_rst rpds ruamel semver shellingham six slugify sniffio sqlalchemy
starlette text_unidecode toml typer typing_extensions typing_inspection tzdata tzlocal uncalled_for urllib3 uvicorn
websockets whenever yaml`;

export const PREFECT_ENVIRONMENT = new Set([...STDLIB.split(/\s+/), ...PREFECT.split(/\s+/), '__future__']);

const BUILTIN_NAMES = new Set([
  'int',
  'float',
  'str',
  'bool',
  'bytes',
  'complex',
  'list',
  'dict',
  'tuple',
  'set',
  'frozenset',
  'object',
  'type',
  'None',
  'True',
  'False',
  'Ellipsis',
  'len',
  'range',
  'min',
  'max',
  'abs',
  'round',
  'sum',
  'sorted',
  'callable',
  '__import__',
  'bytearray',
  'print',
  'isinstance',
  'getattr',
  'setattr',
  'hasattr',
  'property',
  'staticmethod',
  'classmethod',
  'super',
  'Exception',
  'ValueError',
  'TypeError',
  'KeyError',
  'RuntimeError',
  'NotImplementedError',
  'open',
  'iter',
  'next',
  'map',
  'filter',
  'zip',
  'enumerate',
  'reversed',
  'any',
  'all',
  'repr',
  'hash',
  'id',
  'vars',
  'dir',
  'format',
  'ord',
  'chr',
  '__name__',
  '__file__',
]);

/** Resolves a repository module imported by a file (the same lookup the reader uses). */
export type ModuleFinder = (module: string, level: number, from: string) => Scope | undefined;

export interface FallbackReading {
  /** The packages that make the flow module fail to import where only Prefect is installed. */
  missing: string[];
  /** Names bound in the fallback namespace. */
  bound: Set<string>;
  futureAnnotations: boolean;
}

/**
 * How Prefect reads the flow module where only Prefect is installed, or undefined
 * when the module imports there (then both readings are the same); `always` when the
 * module never imports (CPython's compiler refuses it).
 */
export function fallbackReading(scope: Scope, find: ModuleFinder, always = false): FallbackReading | undefined {
  const missing = missingImports(scope, find, new Set());
  if (!missing.length && !always) return undefined;
  const bound = new Set(BUILTIN_NAMES);
  for (const stmt of scope.module.body) {
    if (stmt.guarded) continue;
    switch (stmt.kind) {
      case 'import':
        for (const { module, asname } of stmt.names)
          if (importable(module, 0, scope, find)) bound.add(asname ?? module.split('.')[0]);
        break;
      case 'from':
        if (importable(stmt.module, stmt.level, scope, find))
          for (const { name, asname } of stmt.names) if (name !== '*') bound.add(asname ?? name);
        break;
      case 'class':
        if (classNames(stmt, scope.module).every((n) => bound.has(n))) bound.add(stmt.name);
        break;
      case 'def':
        if (defNames(stmt, scope.module).every((n) => bound.has(n))) bound.add(stmt.name);
        break;
      case 'assign':
        // `x: T = v` is not run (only plain assignments are).
        if (!stmt.annotation && stmt.value && names(stmt.value).every((n) => bound.has(n)))
          for (const t of stmt.targets) bound.add(t);
        break;
    }
  }
  return { missing, bound, futureAnnotations: scope.module.futureAnnotations };
}

/** The names an expression needs bound (the first name of each dotted chain). */
export function names(e: Expr | undefined): string[] {
  if (!e) return [];
  switch (e.k) {
    case 'name':
      return [e.id];
    case 'attr':
      return names(e.value);
    case 'subscript':
      return [...names(e.value), ...names(e.index)];
    case 'call':
      return [...names(e.func), ...e.args.flatMap(names), ...e.kwargs.flatMap((k) => names(k.value))];
    case 'tuple':
    case 'list':
    case 'set':
      return e.elts.flatMap(names);
    case 'dict':
      return [...e.keys.flatMap(names), ...e.values.flatMap(names)];
    case 'unary':
      return names(e.operand);
    case 'binop':
      return [...names(e.left), ...names(e.right)];
    default:
      return [];
  }
}

function annotationNames(e: Expr | undefined, module: Module): string[] {
  // With `from __future__ import annotations`, annotations are strings, not run at definition.
  return module.futureAnnotations || e?.k === 'str' ? [] : names(e);
}

function defNames(def: FunctionDef, module: Module): string[] {
  return [
    ...def.decorators.flatMap(names),
    ...def.params.flatMap((p) => [...names(p.default), ...annotationNames(p.annotation, module)]),
  ];
}

function classNames(def: ClassDef, module: Module): string[] {
  const own = new Set<string>();
  const needed = [
    ...def.decorators.flatMap(names),
    ...def.bases.flatMap(names),
    ...def.keywords.flatMap((k) => names(k.value)),
  ];
  for (const s of def.body as Stmt[]) {
    if (s.kind === 'assign') {
      needed.push(...annotationNames(s.annotation, module), ...names(s.value).filter((n) => !own.has(n)));
      for (const t of s.targets) own.add(t);
    } else if (s.kind === 'def') {
      needed.push(...defNames(s, module));
      own.add(s.name);
    } else if (s.kind === 'class') {
      needed.push(...classNames(s, module));
      own.add(s.name);
    }
  }
  return needed;
}

function importable(module: string, level: number, scope: Scope, find: ModuleFinder): boolean {
  const local = find(module, level, scope.file);
  if (local) return missingImports(local, find, new Set()).length === 0;
  return level === 0 && PREFECT_ENVIRONMENT.has(module.split('.')[0]);
}

/** The top-level packages a module (and the repository modules it imports) needs beyond Prefect's environment. */
function missingImports(scope: Scope, find: ModuleFinder, seen: Set<string>): string[] {
  if (seen.has(scope.file)) return [];
  seen.add(scope.file);
  const out = new Set<string>();
  // Guarded imports count too: `try: import a / except ImportError: import b` fails when both do.
  for (const stmt of scope.module.body) {
    const targets =
      stmt.kind === 'import'
        ? stmt.names.map((n) => ({ module: n.module, level: 0 }))
        : stmt.kind === 'from'
          ? [{ module: stmt.module, level: stmt.level }]
          : [];
    for (const { module, level } of targets) {
      const local = find(module, level, scope.file);
      if (local) for (const m of missingImports(local, find, seen)) out.add(m);
      else if (level === 0 && !PREFECT_ENVIRONMENT.has(module.split('.')[0])) out.add(module.split('.')[0]);
    }
  }
  return [...out];
}
