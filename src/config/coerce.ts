/**
 * The coercions pydantic applies where `prefect deploy` types a value once its
 * templates are filled: booleans from text (`"yes"`, `"0"`), durations (`PT1H`,
 * `01:00:00`), and Prefect's ListOfNonEmptyStrings for tags (text becomes its
 * characters). Each is checked against pydantic itself in the test run.
 */
import { pythonStr } from './yaml.js';

const TRUE = new Set(['1', 'on', 't', 'true', 'y', 'yes']);
const FALSE = new Set(['0', 'f', 'false', 'n', 'no', 'off']);

/** pydantic's lax bool: a boolean, 0/1, or one of its words (any case); undefined when it is none of them. */
export function laxBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  if (typeof value !== 'string') return undefined;
  const word = value.toLowerCase();
  return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
}

const DATE_UNITS: Record<string, number> = { Y: 365 * 86400, M: 30 * 86400, W: 7 * 86400, D: 86400 };
const TIME_UNITS: Record<string, number> = { H: 3600, M: 60, S: 1 };

/**
 * A duration in seconds as pydantic reads a timedelta: a number of seconds, ISO 8601
 * (`PT1H`, `P1DT2H`, `P1W`; a year is 365 days, a month 30), or `[N day[s][, ]][H]H:MM[:SS[.f]]`
 * (`01:00:00`, `1 day, 01:00:00`, `1d`). undefined when pydantic refuses it.
 */
export function laxDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const sign = value.startsWith('-') ? -1 : 1;
  const body = value.replace(/^[-+]/, '');
  const seconds = body.startsWith('P') ? iso8601(body) : clock(body);
  return seconds === undefined ? undefined : sign * seconds;
}

/** `P` then number-unit pairs (in any order, as speedate reads them), the time ones after `T`. */
function iso8601(text: string): number | undefined {
  const m = /^P((?:\d+(?:[.,]\d*)?[YMWD])*)(?:T((?:\d+(?:[.,]\d*)?[HMS])*))?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return undefined;
  let total = 0;
  for (const [part, units] of [
    [m[1], DATE_UNITS],
    [m[2] ?? '', TIME_UNITS],
  ] as const) {
    for (const [, n, unit] of part.matchAll(/(\d+(?:[.,]\d*)?)([A-Z])/g))
      total += Number(n.replace(',', '.')) * units[unit];
  }
  return Math.round(total * 1e6) / 1e6;
}

function clock(text: string): number | undefined {
  const m = /^(?:(\d+) ?(?:days?|d)(?:, ?| )?)?(?:(\d+):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/i.exec(text);
  if (!m || text === '') return undefined;
  const [, days, hours, minutes, secs, fraction] = m;
  if (hours === undefined) return days === undefined ? undefined : Number(days) * 86400;
  // Two parts (hours:minutes) take at least two digits of hours; a day count caps the hours.
  if ((secs === undefined && hours.length < 2) || Number(minutes) > 59 || Number(secs ?? 0) > 59) return undefined;
  if (days !== undefined && Number(hours) > 23) return undefined;
  const micro = fraction ? Number(fraction.slice(0, 6).padEnd(6, '0')) / 1e6 : 0;
  return Number(days ?? 0) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(secs ?? 0) + micro;
}

/** Prefect's ListOfNonEmptyStrings: `[str(x) for x in value if str(x).strip()]`; text is iterated by character. */
export function nonEmptyStrings(value: unknown): string[] | undefined {
  const items = typeof value === 'string' ? [...value] : Array.isArray(value) ? value : undefined;
  return items?.map((x) => pythonStr(x)).filter((s) => s.trim() !== '');
}
