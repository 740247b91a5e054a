/**
 * Constant evaluation of Python expressions, statically: literals, containers,
 * arithmetic, module constants, enum members, `date` / `datetime` / `time` /
 * `timedelta` values, pydantic `Field(...)`, and instances of the repository's
 * models and dataclasses. Values Python computes when Prefect deploys
 * (`date.today()`, `datetime.now()`) are computed now, and marked as such.
 */
import type { ClassDef, Expr } from './ast.js';
import { Scope, type Symbol } from './scope.js';

/** A value Python would compute at import time that this reader cannot. */
export const UNKNOWN = Symbol('unknown');
/** `...` as a default: required. */
export const REQUIRED = Symbol('required');

/** Values that are not plain JSON. */
export abstract class Rich {}

export class PyDate extends Rich {
  constructor(readonly days: number) {
    super();
  }
}

/** A datetime as microseconds since 0001-01-01 (naive) and its UTC offset in seconds, if aware. */
export class PyDateTime extends Rich {
  constructor(
    readonly micros: number,
    readonly offset: number | null,
  ) {
    super();
  }
}

export class PyTime extends Rich {
  constructor(
    readonly micros: number,
    readonly offset: number | null,
  ) {
    super();
  }
}

export class PyDuration extends Rich {
  constructor(readonly micros: number) {
    super();
  }
}

export class PyTimezone extends Rich {
  constructor(readonly offset: number) {
    super();
  }
}

export class EnumMember extends Rich {
  constructor(
    readonly cls: ClassDef,
    readonly name: string,
    readonly value: PyValue,
  ) {
    super();
  }
}

/** `Model(a=1)` / `Data(1, b=2)` for a class of the repository. */
export class Instance extends Rich {
  constructor(
    readonly cls: ClassDef,
    readonly scope: Scope,
    readonly args: PyValue[],
    readonly kwargs: Map<string, PyValue>,
  ) {
    super();
  }
}

/** A callable given as `default_factory=`: a builtin container or a class of the repository. */
export class Factory extends Rich {
  constructor(readonly make: () => PyValue) {
    super();
  }
}

/** pydantic's `Field(...)` (or dataclasses' `field(...)`): its default and options. */
export class FieldInfo extends Rich {
  constructor(
    readonly default_: PyValue,
    readonly factory: PyValue | undefined,
    readonly options: Record<string, PyValue>,
  ) {
    super();
  }
}

/** A value Prefect computes when it deploys (`date.today()`): computed now, with what it was. */
export class DeployTime extends Rich {
  constructor(
    readonly value: PyValue,
    readonly what: string,
  ) {
    super();
  }
}

export type PyValue =
  null | boolean | number | string | PyValue[] | { [key: string]: PyValue } | Rich | typeof UNKNOWN | typeof REQUIRED;

/** A JSON-compatible value, as pydantic would serialize a default. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function isDict(v: PyValue): v is { [key: string]: PyValue } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Rich);
}

const DAY = 86_400_000_000;
const MAX_DEPTH = 60;

/** Evaluates an expression in a module's scope. */
export function evaluate(e: Expr, scope: Scope, depth = 0): PyValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const ev = (x: Expr) => evaluate(x, scope, depth + 1);
  switch (e.k) {
    case 'none':
      return null;
    case 'bool':
      return e.value;
    case 'num':
      return e.complex ? UNKNOWN : e.value;
    case 'str':
      return e.fstring ? UNKNOWN : e.value;
    case 'ellipsis':
      return REQUIRED;
    case 'tuple':
    case 'list':
    case 'set': {
      const out: PyValue[] = [];
      for (const x of e.elts) {
        const v = ev(x);
        if (v === UNKNOWN || v === REQUIRED) return UNKNOWN;
        out.push(v);
      }
      return out;
    }
    case 'dict': {
      const out: Record<string, PyValue> = {};
      for (let i = 0; i < e.keys.length; i++) {
        const k = unwrapDeployTime(ev(e.keys[i]));
        const v = ev(e.values[i]);
        if (v === UNKNOWN || v === REQUIRED || !(k === null || ['string', 'number', 'boolean'].includes(typeof k)))
          return UNKNOWN;
        out[jsonKey(k as null | string | number | boolean)] = v;
      }
      return out;
    }
    case 'unary':
      return unary(e.op, ev(e.operand));
    case 'binop':
      return binop(e.op, ev(e.left), ev(e.right));
    case 'name':
    case 'attr':
      return nameValue(e, scope, depth);
    case 'call':
      return call(e, scope, depth);
    default:
      return UNKNOWN;
  }
}

/** The JSON form pydantic gives a default (dates as ISO strings, enum members as their values). */
export function toJson(
  v: PyValue,
  instance: (i: Instance) => JsonValue | typeof UNKNOWN,
  onDeployTime?: (what: string) => void,
): JsonValue | typeof UNKNOWN {
  const sub = (x: PyValue) => toJson(x, instance, onDeployTime);
  if (v === UNKNOWN || v === REQUIRED) return UNKNOWN;
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out: JsonValue[] = [];
    for (const x of v) {
      const j = sub(x);
      if (j === UNKNOWN) return UNKNOWN;
      out.push(j);
    }
    return out;
  }
  if (v instanceof DeployTime) {
    onDeployTime?.(v.what);
    return sub(v.value);
  }
  if (v instanceof EnumMember) return sub(v.value);
  if (v instanceof PyDate) return isoDate(v.days);
  if (v instanceof PyDateTime) return isoDateTime(v.micros, v.offset);
  if (v instanceof PyTime) return isoTime(v.micros) + isoOffset(v.offset);
  if (v instanceof PyDuration) return isoDuration(v.micros);
  if (v instanceof Instance) return instance(v);
  if (v instanceof Rich) return UNKNOWN;
  const out: Record<string, JsonValue> = {};
  for (const [k, x] of Object.entries(v)) {
    const j = sub(x);
    if (j === UNKNOWN) return UNKNOWN;
    out[k] = j;
  }
  return out;
}

/** A JSON value, for names and descriptions (`@flow(name=...)`) and `Literal[...]`. */
export function evaluateJson(e: Expr, scope: Scope): JsonValue | typeof UNKNOWN {
  return toJson(evaluate(e, scope), () => UNKNOWN);
}

function nameValue(e: Extract<Expr, { k: 'name' | 'attr' }>, scope: Scope, depth: number): PyValue {
  if (e.k === 'attr') {
    // `Color.RED.value`, `Color.RED.name`, `timezone.utc`.
    if (e.attr === 'value' || e.attr === 'name') {
      const base = evaluate(e.value, scope, depth + 1);
      if (base instanceof EnumMember) return e.attr === 'value' ? base.value : base.name;
    }
    const cls = scope.resolve(e.value);
    if (cls.kind === 'class') return enumMember(cls.def, cls.scope, e.attr, depth);
  }
  const sym = scope.resolve(e);
  if (sym.kind === 'value') return evaluate(sym.expr, sym.scope, depth + 1);
  if (sym.kind === 'external') {
    if (sym.qualname === 'datetime.timezone.utc' || sym.qualname === 'datetime.UTC') return new PyTimezone(0);
    if (
      sym.qualname === 'builtins.list' ||
      sym.qualname === 'builtins.dict' ||
      sym.qualname === 'builtins.set' ||
      sym.qualname === 'builtins.tuple'
    ) {
      return new Factory(() => (sym.qualname === 'builtins.dict' ? {} : []));
    }
    for (const [name, value] of [
      ['builtins.int', 0],
      ['builtins.float', 0],
      ['builtins.str', ''],
      ['builtins.bool', false],
    ] as const) {
      if (sym.qualname === name) return new Factory(() => value);
    }
  }
  if (sym.kind === 'class') return new Factory(() => new Instance(sym.def, sym.scope, [], new Map()));
  return UNKNOWN;
}

/** The members of an Enum class, in order, with `auto()` values as Python assigns them. */
export function enumMembers(def: ClassDef, scope: Scope, depth = 0): [string, PyValue][] {
  const members: [string, PyValue][] = [];
  const strEnum = def.bases.some((b) => {
    const s = scope.resolve(b);
    return s.kind === 'external' && (s.qualname === 'enum.StrEnum' || s.qualname === 'builtins.str');
  });
  const lowerNames = def.bases.some((b) => {
    const s = scope.resolve(b);
    return s.kind === 'external' && s.qualname === 'enum.StrEnum';
  });
  let last = 0;
  for (const stmt of def.body) {
    if (stmt.kind !== 'assign' || !stmt.value || stmt.annotation || stmt.targets[0].startsWith('_')) continue;
    const v = stmt.value;
    let value: PyValue;
    if (v.k === 'call' && v.args.length === 0 && isExternal(scope.resolve(v.func), 'enum.auto')) {
      value = lowerNames ? stmt.targets[0].toLowerCase() : strEnum ? String(last + 1) : last + 1;
      if (!lowerNames) last++;
    } else {
      value = evaluate(v, scope, depth + 1);
      if (typeof value === 'number') last = value;
    }
    for (const t of stmt.targets) members.push([t, value]);
  }
  return members;
}

function enumMember(def: ClassDef, scope: Scope, name: string, depth: number): PyValue {
  const member = enumMembers(def, scope, depth).find(([n]) => n === name);
  return member ? new EnumMember(def, name, member[1]) : UNKNOWN;
}

function isExternal(sym: Symbol, qualname: string): boolean {
  return sym.kind === 'external' && sym.qualname === qualname;
}

function call(e: Extract<Expr, { k: 'call' }>, scope: Scope, depth: number): PyValue {
  const ev = (x: Expr) => evaluate(x, scope, depth + 1);
  const kw = (name: string) => e.kwargs.find((k) => k.name === name)?.value;
  if (e.kwargs.some((k) => k.name === null) || e.args.some((a) => a.k === 'opaque')) return UNKNOWN;
  // `datetime.now(...)` and friends: what Prefect computes when it deploys.
  if (e.func.k === 'attr') {
    const owner = scope.resolve(e.func.value);
    if (owner.kind === 'external') {
      const made = deployTime(`${owner.qualname}.${e.func.attr}`, e.args.map(ev), kw('tz') ? ev(kw('tz')!) : undefined);
      if (made !== undefined) return made;
    }
  }
  const sym = scope.resolve(e.func);
  if (sym.kind === 'class') {
    const kwargs = new Map<string, PyValue>();
    for (const k of e.kwargs) kwargs.set(k.name!, ev(k.value));
    return new Instance(sym.def, sym.scope, e.args.map(ev), kwargs);
  }
  if (sym.kind !== 'external') return UNKNOWN;
  const args = e.args.map(ev);
  const keywords = Object.fromEntries(e.kwargs.map((k) => [k.name!, ev(k.value)]));
  switch (sym.qualname) {
    case 'pydantic.Field':
    case 'pydantic.fields.Field':
    case 'dataclasses.field': {
      // A factory's value is made by the consumer; REQUIRED: no default (`Field(...)`, `field()`).
      const { default: def, default_factory: factory, ...options } = keywords;
      const positionalDefault = sym.qualname === 'dataclasses.field' ? undefined : args[0];
      const value =
        positionalDefault !== undefined
          ? positionalDefault
          : 'default' in keywords
            ? def
            : factory !== undefined
              ? UNKNOWN
              : REQUIRED;
      return new FieldInfo(value, factory, options);
    }
    case 'datetime.date':
      return dateOf(args, keywords);
    case 'datetime.datetime':
      return dateTimeOf(args, keywords);
    case 'datetime.time':
      return timeOf(args, keywords);
    case 'datetime.timedelta':
      return durationOf(args, keywords);
    case 'datetime.timezone': {
      const offset = args[0] ?? keywords.offset;
      return offset instanceof PyDuration ? new PyTimezone(offset.micros / 1e6) : UNKNOWN;
    }
    case 'builtins.list':
    case 'builtins.tuple':
    case 'builtins.set':
    case 'builtins.frozenset': {
      if (args.length === 0) return [];
      if (args.length !== 1) return UNKNOWN;
      // `list(range(2015, 2025))`: the integers, in order (a set's order is CPython's, so lists and tuples only).
      const range =
        sym.qualname === 'builtins.list' || sym.qualname === 'builtins.tuple'
          ? rangeOf(e.args[0], scope, depth)
          : undefined;
      return range ?? asArray(args[0]);
    }
    case 'builtins.dict':
      if (args.length === 0) {
        if (Object.values(keywords).some((v) => v === UNKNOWN)) return UNKNOWN;
        return keywords;
      }
      return UNKNOWN;
    case 'builtins.str':
      return args.length === 0 ? '' : UNKNOWN;
    case 'builtins.int':
    case 'builtins.float':
      return args.length === 0 ? 0 : UNKNOWN;
    case 'pathlib.Path':
    case 'pathlib.PurePath':
    case 'pathlib.PosixPath': {
      if (!args.every((p) => typeof p === 'string')) return UNKNOWN;
      return joinPath(args as string[]);
    }
    default:
      return UNKNOWN;
  }
}

// --- dates and times -----------------------------------------------------------

function ints(values: PyValue[]): number[] | undefined {
  return values.every((v) => typeof v === 'number' && Number.isInteger(v)) ? (values as number[]) : undefined;
}

function positional(
  args: PyValue[],
  keywords: Record<string, PyValue>,
  names: string[],
  defaults: number[],
): PyValue[] | undefined {
  const out: PyValue[] = [];
  for (let i = 0; i < names.length; i++) {
    if (i < args.length) out.push(args[i]);
    else if (names[i] in keywords) out.push(keywords[names[i]]);
    else if (i < defaults.length && !Number.isNaN(defaults[i])) out.push(defaults[i]);
    else return undefined;
  }
  return out;
}

function daysFromCivil(y: number, m: number, d: number): number | undefined {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  // Days since 0001-01-01.
  const epoch = new Date(0);
  epoch.setUTCFullYear(1, 0, 1);
  return Math.round((date.getTime() - epoch.getTime()) / 86_400_000);
}

function dateOf(args: PyValue[], keywords: Record<string, PyValue>): PyValue {
  const v = ints(positional(args, keywords, ['year', 'month', 'day'], []) ?? ['x']);
  const days = v && daysFromCivil(v[0], v[1], v[2]);
  return days === undefined ? UNKNOWN : new PyDate(days);
}

function tzOf(v: PyValue | undefined): number | null | undefined {
  if (v === undefined || v === null) return null;
  return v instanceof PyTimezone ? v.offset : undefined;
}

function dateTimeOf(args: PyValue[], keywords: Record<string, PyValue>): PyValue {
  const NaN_ = Number.NaN;
  const parts = positional(
    args.slice(0, 7),
    keywords,
    ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'],
    [NaN_, NaN_, NaN_, 0, 0, 0, 0],
  );
  const v = parts && ints(parts);
  const tz = tzOf(args[7] ?? keywords.tzinfo);
  if (!v || tz === undefined) return UNKNOWN;
  const days = daysFromCivil(v[0], v[1], v[2]);
  if (days === undefined || v[3] > 23 || v[4] > 59 || v[5] > 59 || v[6] > 999_999 || v.slice(3).some((x) => x < 0))
    return UNKNOWN;
  return new PyDateTime(days * DAY + ((v[3] * 60 + v[4]) * 60 + v[5]) * 1e6 + v[6], tz);
}

function timeOf(args: PyValue[], keywords: Record<string, PyValue>): PyValue {
  const parts = positional(args.slice(0, 4), keywords, ['hour', 'minute', 'second', 'microsecond'], [0, 0, 0, 0]);
  const v = parts && ints(parts);
  const tz = tzOf(args[4] ?? keywords.tzinfo);
  if (!v || tz === undefined || v[0] > 23 || v[1] > 59 || v[2] > 59 || v[3] > 999_999) return UNKNOWN;
  return new PyTime(((v[0] * 60 + v[1]) * 60 + v[2]) * 1e6 + v[3], tz);
}

function durationOf(args: PyValue[], keywords: Record<string, PyValue>): PyValue {
  const names = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];
  const scale = [DAY, 1e6, 1, 1e3, 60e6, 3600e6, 7 * DAY];
  let micros = 0;
  for (let i = 0; i < names.length; i++) {
    const v = i < args.length ? args[i] : keywords[names[i]];
    if (v === undefined) continue;
    if (typeof v !== 'number') return UNKNOWN;
    micros += v * scale[i];
  }
  if (Object.keys(keywords).some((k) => !names.includes(k))) return UNKNOWN;
  // timedelta rounds to whole microseconds (half to even).
  return new PyDuration(roundHalfEven(micros));
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** `date.today()`, `datetime.now(tz)`, `datetime.utcnow()`: Prefect calls them when it deploys. */
function deployTime(callee: string, args: PyValue[], tzArg: PyValue | undefined): PyValue | undefined {
  const now = Date.now();
  const localOffset = -new Date(now).getTimezoneOffset() * 60;
  const epochDays = daysFromCivil(1970, 1, 1)!;
  const naive = (offsetSeconds: number) => epochDays * DAY + now * 1000 + offsetSeconds * 1e6;
  switch (callee) {
    case 'datetime.date.today':
      return new DeployTime(new PyDate(Math.floor(naive(localOffset) / DAY)), 'date.today()');
    case 'datetime.datetime.today':
      return new DeployTime(new PyDateTime(naive(localOffset), null), 'datetime.today()');
    case 'datetime.datetime.utcnow':
      return new DeployTime(new PyDateTime(naive(0), null), 'datetime.utcnow()');
    case 'datetime.datetime.now': {
      const tz = tzOf(args[0] ?? tzArg);
      if (tz === undefined) return UNKNOWN;
      return new DeployTime(
        new PyDateTime(naive(tz ?? localOffset), tz),
        tz === null ? 'datetime.now()' : 'datetime.now(tz)',
      );
    }
  }
  return undefined;
}

function unwrapDeployTime(v: PyValue): PyValue {
  return v instanceof DeployTime ? v.value : v;
}

function unary(op: string, v: PyValue): PyValue {
  if (v instanceof DeployTime) {
    const r = unary(op, v.value);
    return r === UNKNOWN ? r : new DeployTime(r, v.what);
  }
  if (v instanceof PyDuration && (op === '-' || op === '+')) return new PyDuration(op === '-' ? -v.micros : v.micros);
  if (typeof v !== 'number' && typeof v !== 'boolean') return UNKNOWN;
  if (op === '-') return -Number(v);
  if (op === '+') return Number(v);
  if (op === 'not') return !v;
  return UNKNOWN;
}

function binop(op: string, a: PyValue, b: PyValue): PyValue {
  if (a instanceof DeployTime || b instanceof DeployTime) {
    const r = binop(op, unwrapDeployTime(a), unwrapDeployTime(b));
    const what = a instanceof DeployTime ? a.what : (b as DeployTime).what;
    return r === UNKNOWN ? r : new DeployTime(r, what);
  }
  if (a instanceof PyDuration || b instanceof PyDuration) return timeArithmetic(op, a, b);
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? UNKNOWN : a / b;
      case '//':
        return b === 0 ? UNKNOWN : Math.floor(a / b);
      case '%':
        return b === 0 ? UNKNOWN : ((a % b) + b) % b;
      case '**':
        return a ** b;
    }
  }
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (op === '*' && typeof a === 'string' && typeof b === 'number') return a.repeat(Math.max(0, b));
  return UNKNOWN;
}

function timeArithmetic(op: string, a: PyValue, b: PyValue): PyValue {
  const sign = op === '-' ? -1 : op === '+' ? 1 : 0;
  if (b instanceof PyDuration && sign) {
    if (a instanceof PyDuration) return new PyDuration(a.micros + sign * b.micros);
    if (a instanceof PyDateTime) return new PyDateTime(a.micros + sign * b.micros, a.offset);
    if (a instanceof PyDate) return new PyDate(a.days + Math.floor((sign * b.micros) / DAY));
  }
  if (op === '+' && a instanceof PyDuration && (b instanceof PyDate || b instanceof PyDateTime))
    return timeArithmetic('+', b, a);
  if (op === '*' && a instanceof PyDuration && typeof b === 'number')
    return new PyDuration(roundHalfEven(a.micros * b));
  if (op === '*' && b instanceof PyDuration && typeof a === 'number')
    return new PyDuration(roundHalfEven(b.micros * a));
  return UNKNOWN;
}

function isoDate(days: number): string {
  const epoch = new Date(0);
  epoch.setUTCFullYear(1, 0, 1);
  const d = new Date(epoch.getTime() + days * 86_400_000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function isoTime(micros: number): string {
  const us = micros % 1e6;
  const s = Math.floor(micros / 1e6);
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((x) => String(x).padStart(2, '0')).join(':');
  return us ? `${hms}.${String(us).padStart(6, '0')}` : hms;
}

function isoOffset(offset: number | null): string {
  if (offset === null) return '';
  if (offset === 0) return 'Z';
  const minutes = Math.trunc(offset / 60);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function isoDateTime(micros: number, offset: number | null): string {
  const days = Math.floor(micros / DAY);
  return `${isoDate(days)}T${isoTime(micros - days * DAY)}${isoOffset(offset)}`;
}

/** pydantic's ISO 8601 duration: `P1Y35D`, `PT1H30M`, `-PT1H`, `PT0.000001S`, `PT0S`. */
export function isoDuration(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  let rest = Math.abs(micros);
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const years = Math.floor(days / 365);
  let out = `${sign}P${years ? `${years}Y` : ''}${days % 365 ? `${days % 365}D` : ''}`;
  if (rest) {
    const seconds = Math.floor(rest / 1e6);
    const us = rest % 1e6;
    const h = Math.floor(seconds / 3600);
    const m = Math.floor(seconds / 60) % 60;
    const s = seconds % 60;
    out += `T${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
    if (s || us) out += `${s}${us ? `.${String(us).padStart(6, '0').replace(/0+$/, '')}` : ''}S`;
  }
  return out === 'P' || out === '-P' ? 'PT0S' : out;
}

// --- helpers -----------------------------------------------------------------

const MAX_RANGE = 10_000;

/** `range(stop)`, `range(start, stop[, step])` of integers, as a list; undefined for anything else. */
function rangeOf(e: Expr, scope: Scope, depth: number): number[] | undefined {
  if (e.k !== 'call' || e.kwargs.length || e.args.length < 1 || e.args.length > 3) return undefined;
  const sym = scope.resolve(e.func);
  if (sym.kind !== 'external' || sym.qualname !== 'builtins.range') return undefined;
  const values = e.args.map((a) => evaluate(a, scope, depth + 1));
  if (!values.every((v): v is number => typeof v === 'number' && Number.isSafeInteger(v))) return undefined;
  const [start, stop, step] = values.length === 1 ? [0, values[0], 1] : [values[0], values[1], values[2] ?? 1];
  if (step === 0) return undefined;
  const count = Math.max(0, Math.ceil((stop - start) / step));
  if (count > MAX_RANGE) return undefined;
  return Array.from({ length: count }, (_, i) => start + i * step);
}

function asArray(v: PyValue): PyValue {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [...v];
  if (isDict(v)) return Object.keys(v);
  return UNKNOWN;
}

function joinPath(parts: string[]): string {
  if (parts.length === 0) return '.';
  let out = '';
  for (const p of parts) out = p.startsWith('/') || out === '' ? p : out.endsWith('/') ? out + p : `${out}/${p}`;
  // Path normalizes repeated and trailing slashes, and `.` segments.
  const abs = out.startsWith('/');
  const segs = out.split('/').filter((s) => s !== '' && s !== '.');
  const joined = (abs ? '/' : '') + segs.join('/');
  return joined === '' ? (abs ? '/' : '.') : joined;
}

/** Python dict keys become JSON strings the way pydantic serializes them. */
function jsonKey(k: null | string | number | boolean): string {
  if (k === null) return 'None';
  if (typeof k === 'boolean') return k ? 'True' : 'False';
  return String(k);
}
