/**
 * argv -> what the command line asks for, and every problem with it: pure (no file,
 * no git, no environment), so that each usage problem is found in one pass.
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import { byFlag, COMMAND_HELP, COMMANDS, INIT_FLAGS, OPTIONS, suggestFlag, usage, type Extra } from './options.js';
import type { Command } from '../settings.js';
import { closest } from '../text.js';
import packageJson from '../../package.json' with { type: 'json' };

/** Each option's values in the order given, and the switches. */
export interface RawOptions {
  values: Map<string, string[]>;
  switches: Set<string>;
}

/** What argv asks for, before the disk and git are read. */
export type ParsedArgv =
  | { print: string }
  | { inspect: { root: string; entrypoints: string[]; json: boolean } }
  | { init: RawOptions }
  | { run: RawOptions & { command: Command } };

/** Splits argv with node's parser into the positionals and each option's values (in order). */
export function tokenize(argv: string[]): RawOptions & { positional: string[]; problems: string[] } {
  const options = Object.fromEntries(
    OPTIONS.map((o) => [
      o.flag.slice(2),
      { type: o.value ? ('string' as const) : ('boolean' as const), ...(o.short ? { short: o.short } : {}) },
    ]),
  );
  const { tokens } = nodeParseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  const problems: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    // A short option arrives under its long name.
    const spec = byFlag.get(`--${token.name}`);
    if (!spec) {
      if (token.rawName === '--dry-run')
        problems.push('unknown option --dry-run: run `prefect-ecr-deploy plan` to see what deploy would change');
      else {
        const hint = suggestFlag(token.rawName);
        problems.push(`unknown option ${token.rawName}${hint ? ` (did you mean ${hint}?)` : ''}`);
      }
      continue;
    }
    if (!spec.value) {
      if (token.value !== undefined) problems.push(`${spec.flag} takes no value`);
      else switches.add(spec.flag);
      continue;
    }
    // `--env --sha X`: a flag is never another flag's value.
    if (!token.value || (!token.inlineValue && token.value.startsWith('--'))) {
      problems.push(`${spec.flag} needs a value`);
      continue;
    }
    const given = values.get(spec.flag) ?? [];
    // init takes --env once per environment.
    if (given.length && !spec.list && !(spec.flag === '--env' && positional[0] === 'init')) {
      problems.push(`${spec.flag} is given twice ('${given[0]}' and '${token.value}'): give it once`);
      continue;
    }
    values.set(spec.flag, [...given, token.value]);
  }
  return { positional, values, switches, problems };
}

/**
 * The command line -> what it asks for (undefined when no command can be told) and every
 * problem found in it. Help and the version print only from a command line without problems.
 */
export function parseArgv(argv: string[]): { parsed?: ParsedArgv; problems: string[] } {
  const { positional, values, switches, problems } = tokenize(argv);
  const [command, ...extra] = positional;
  const known = (name: string | undefined) => name === undefined || name in COMMAND_HELP;
  const helpTopic = command === 'help' ? extra[0] : switches.has('--help') ? command : undefined;
  if (!switches.has('--version') && (command === 'help' || switches.has('--help')) && !known(helpTopic)) {
    return { problems: [...problems, unknownCommand(helpTopic!)] };
  }
  if (switches.has('--version'))
    return problems.length
      ? { problems }
      : { parsed: { print: `prefect-ecr-deploy ${packageJson.version}\n` }, problems };
  if (command === 'help' || switches.has('--help'))
    return problems.length
      ? { problems }
      : { parsed: { print: usage(helpTopic as Command | Extra | undefined) }, problems };
  if (command === 'inspect') {
    for (const f of [...values.keys(), ...switches]) {
      if (f !== '--root' && f !== '--json')
        problems.push(`unknown option ${f} for inspect (it takes --root DIR and --json)`);
    }
    if (extra.length < 1) problems.push('inspect needs at least one entrypoint (path/to/file.py:function)');
    return {
      parsed: { inspect: { root: values.get('--root')?.[0] ?? '.', entrypoints: extra, json: switches.has('--json') } },
      problems,
    };
  }
  if (command === 'init') {
    problems.push(...extra.map(unexpectedArgument));
    for (const f of [...values.keys(), ...switches]) {
      if (!INIT_FLAGS.has(f)) problems.push(`unknown option ${f} for init (see prefect-ecr-deploy init --help)`);
    }
    return { parsed: { init: { values, switches } }, problems };
  }
  // An option's problem says more than the missing command does.
  if (!command) return { problems: problems.length ? problems : [`a command is required\n\n${usage()}`] };
  if (!COMMANDS.includes(command as Command)) return { problems: [...problems, unknownCommand(command)] };
  problems.push(...extra.map(unexpectedArgument));
  return { parsed: { run: { command: command as Command, values, switches } }, problems };
}

/** `deploy dev` means `deploy --env dev`. */
function unexpectedArgument(arg: string): string {
  const hint = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(arg) ? ` (did you mean --env ${arg}?)` : '';
  return `unexpected argument '${arg}'${hint}`;
}

function unknownCommand(command: string): string {
  const hint = closest(command, Object.keys(COMMAND_HELP));
  return `unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ''}`;
}
