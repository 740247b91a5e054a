/** The Python syntax tree the reader needs: module-level structure, signatures, literals. */

/** 1-based line and column (in characters) in the source file. */
export interface Pos {
  line: number;
  col: number;
}

export class PythonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
    /** The file, when it is not the one being parsed (a string annotation in an imported module). */
    readonly file?: string,
  ) {
    super(message);
  }
}

/** A file `ast.parse` accepts and CPython's compiler refuses: its import fails, its syntax tree is readable. */
export class CompileError extends PythonSyntaxError {}

type ExprKind =
  | { k: 'name'; id: string }
  | { k: 'attr'; value: Expr; attr: string }
  | { k: 'subscript'; value: Expr; index: Expr }
  | { k: 'call'; func: Expr; args: Expr[]; kwargs: Keyword[] }
  | { k: 'str'; value: string; bytes: boolean; fstring: boolean }
  | { k: 'num'; value: number; int: boolean; complex: boolean }
  | { k: 'bool'; value: boolean }
  | { k: 'none' }
  | { k: 'ellipsis' }
  | { k: 'tuple' | 'list' | 'set'; elts: Expr[] }
  | { k: 'dict'; keys: Expr[]; values: Expr[] }
  | { k: 'unary'; op: string; operand: Expr }
  | { k: 'binop'; op: string; left: Expr; right: Expr }
  /** Anything the reader does not evaluate: lambdas, comprehensions, conditionals, starred. */
  | { k: 'opaque'; text: string };

/** An expression; `pos` is where it starts. */
export type Expr = ExprKind & { pos?: Pos };

/** A keyword argument; `name` is null for `**mapping`. */
export interface Keyword {
  name: string | null;
  value: Expr;
}

export type ParamKind = 'posonly' | 'normal' | 'vararg' | 'kwonly' | 'varkw';

export interface Param {
  name: string;
  kind: ParamKind;
  annotation?: Expr;
  default?: Expr;
  line: number;
  col: number;
}

export interface FunctionDef {
  kind: 'def';
  name: string;
  async: boolean;
  decorators: Expr[];
  params: Param[];
  docstring?: string;
  /** The statements this reader keeps from the body: nested definitions, assignments, returns. */
  body: Stmt[];
  line: number;
  col: number;
}

export interface ClassDef {
  kind: 'class';
  name: string;
  bases: Expr[];
  /** Class keywords: `metaclass=...`, `total=False`. */
  keywords: Keyword[];
  decorators: Expr[];
  docstring?: string;
  body: Stmt[];
  line: number;
  col: number;
}

export interface Import {
  kind: 'import';
  names: { module: string; asname?: string }[];
}

export interface ImportFrom {
  kind: 'from';
  module: string;
  level: number;
  names: { name: string; asname?: string }[];
}

/** `a = b = value` and `a: T = value`, for plain names only. */
export interface Assign {
  kind: 'assign';
  targets: string[];
  annotation?: Expr;
  value?: Expr;
  line: number;
  col: number;
}

export interface Return {
  kind: 'return';
  value?: Expr;
}

/**
 * `guarded`: the statement sits in a module-level `if` / `try` / `with` body. Prefect's
 * fallback reading (`safe_load_namespace`, when the module cannot be imported) runs
 * only the unguarded imports, classes, functions and plain assignments.
 */
export type Stmt = (FunctionDef | ClassDef | Import | ImportFrom | Assign | Return) & { guarded?: boolean };

export interface Module {
  body: Stmt[];
  /** What CPython's compiler refuses though `ast.parse` accepts it ('return' outside function, ...). */
  compileError?: CompileError;
  /** `from __future__ import annotations`: every annotation is a string. */
  futureAnnotations: boolean;
}
