/**
 * Schedule checks with the rules of Prefect's own parsers: croniter for cron
 * (Prefect rejects its random/hashed forms), dateutil's rrulestr for rrule,
 * and the IANA time zone database for time zones. Each returns an error message
 * or undefined.
 */

import { closest } from '../text.js';

// --- cron (the grammar of croniter.expand, which Prefect vendors) -------------

/** croniter's aliases, also read by the schedule's words in reports. */
export const CRON_ALIASES: Record<string, string> = {
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
};
const FIELD_NAMES = ['minute', 'hour', 'day of month', 'month', 'day of week', 'second', 'year'];
const RANGES: [number, number][] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
  [0, 59],
  [1970, 2099],
];
/** Month names croniter reads, by number. */
export const CRON_MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DOM = 2;
const MONTH = 3;
const DOW = 4;
const INT = /^\d+$/;
const SPECIAL_DOW = new RegExp(
  `^(?:((?:${Object.keys(WEEKDAYS).join('|')})(?:-(?:${Object.keys(WEEKDAYS).join('|')}))?|(?:${Object.keys(CRON_MONTHS).join('|')})(?:-(?:${Object.keys(CRON_MONTHS).join('|')}))?|\\w+)#|l)(\\d+)$`,
);

class CronError extends Error {}

export function cronError(expression: string): string | undefined {
  const lower = expression.toLowerCase().trim();
  const fields = (CRON_ALIASES[lower] ?? lower).split(/\s+/).filter(Boolean);
  if (![5, 6, 7].includes(fields.length)) {
    return `invalid cron '${expression}': expected 5 fields (minute hour day-of-month month day-of-week), or 6-7 with seconds and year; found ${fields.length}`;
  }
  if (fields.some((f) => ['r', 'h'].includes(f) || /^[rh](\(|\/|$)/.test(f))) {
    return `invalid cron '${expression}': random (R) and hashed (H) expressions are not supported by Prefect`;
  }
  try {
    fields.forEach((field, index) => checkCronField(field, index));
  } catch (e) {
    if (e instanceof CronError) return `invalid cron '${expression}': ${e.message}`;
    throw e;
  }
  return undefined;
}

/**
 * A sixth field is seconds to croniter (Prefect's cron parser), not what most cron
 * dialects mean: `0 7 * * 1-5 *` runs every second of 07:00. A warning with the five-field form.
 */
export function cronSecondsWarning(expression: string): string | undefined {
  const fields = expression.trim().split(/\s+/).filter(Boolean);
  if (fields.length < 6 || cronError(expression) !== undefined) return undefined;
  const every = fields[5] === '*' ? ' (here *: every second of each minute it matches, 60 runs a minute)' : '';
  const year = fields.length === 7 ? ' and the seventh as the year' : '';
  return `cron '${expression}' has ${fields.length} fields: Prefect's croniter reads the sixth as seconds${every}${year}; the five-field form is '${fields.slice(0, 5).join(' ')}'`;
}

function checkCronField(field: string, index: number): void {
  const name = FIELD_NAMES[index];
  const [lo, hi] = RANGES[index];
  if (field.includes('?')) {
    if (field !== '?') throw new CronError(`'?' cannot be combined with other characters in the ${name} field`);
    if (index !== DOM && index !== DOW)
      throw new CronError(`'?' is only allowed in the day-of-month and day-of-week fields`);
    return;
  }
  for (let part of field.split(',')) {
    if (index === DOW) {
      const special = SPECIAL_DOW.exec(part);
      if (special) {
        if (special[1] !== undefined) {
          const nth = Number(special[2]);
          if (!(nth >= 1 && nth <= 5)) throw new CronError(`'${part}': the nth weekday must be 1 to 5`);
          part = special[1];
        } else {
          part = special[2];
        }
      }
    }
    let t = part.replace(/^\*(\/.+)$/, `${lo}-${hi}$1`);
    let m = /^([^-]+)-([^-/]+)(\/(\d+))?$/.exec(t);
    if (!m) {
      t = part.replace(/^(.+)\/(.+)$/, `$1-${hi}/$2`);
      m = /^([^-]+)-([^-/]+)(\/(\d+))?$/.exec(t);
    }
    if (m) {
      const low = toNumber(m[1], index, name);
      const high = index === DOM && m[2] === 'l' ? 31 : toNumber(m[2], index, name);
      const step = m[4] === undefined ? 1 : Number(m[4]);
      const a = alias(low, index);
      const b = alias(high, index);
      if (Math.max(a, b) > Math.max(lo, hi))
        throw new CronError(`'${part}' is out of range for the ${name} field (${lo}-${hi})`);
      if (step === 0) throw new CronError(`'${part}': the step cannot be 0`);
      continue;
    }
    if (t.startsWith('-')) throw new CronError(`'${part}': negative numbers are not allowed`);
    if (t === '*' || (index === DOM && t === 'l')) continue;
    const value = alias(toNumber(t, index, name), index);
    if (value < lo || value > hi) throw new CronError(`'${part}' is out of range for the ${name} field (${lo}-${hi})`);
  }
}

function toNumber(token: string, index: number, name: string): number {
  if (INT.test(token)) return Number(token);
  const table = index === MONTH ? CRON_MONTHS : index === DOW ? WEEKDAYS : undefined;
  const v = table?.[token];
  if (v === undefined) throw new CronError(`'${token}' is not valid in the ${name} field`);
  return v;
}

/** croniter accepts 7 as Sunday. */
function alias(value: number, index: number): number {
  return index === DOW && value === 7 ? 0 : value;
}

// --- rrule (dateutil.rrule.rrulestr) -----------------------------------------

const RRULE_PARTS = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'WKST',
  'BYSETPOS',
  'BYMONTH',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYEASTER',
  'BYWEEKNO',
  'BYDAY',
  'BYWEEKDAY',
  'BYHOUR',
  'BYMINUTE',
  'BYSECOND',
]);
const FREQS = new Set(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY']);
const DAYS = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const MAX_RRULE_LENGTH = 6500;

export function rruleError(text: string): string | undefined {
  if (text.length > MAX_RRULE_LENGTH)
    return `rrule is ${text.length} characters; Prefect allows at most ${MAX_RRULE_LENGTH}`;
  const lines = text
    .toUpperCase()
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return 'rrule is empty';
  let rules = 0;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const head = colon < 0 ? 'RRULE' : line.slice(0, colon);
    const value = colon < 0 ? line : line.slice(colon + 1);
    const [name, ...params] = head.split(';');
    if (name === 'DTSTART') {
      if (!dateTime(value)) return `invalid DTSTART '${value}' in rrule`;
      if (params.some((p) => !/^(TZID=.+|VALUE=DATE(-TIME)?)$/.test(p)))
        return `unsupported DTSTART parameter in rrule: ${params.join(';')}`;
    } else if (name === 'RRULE' || name === 'EXRULE') {
      const error = ruleError(value);
      if (error) return `invalid rrule: ${error}`;
      if (name === 'RRULE') rules++;
    } else if (name === 'RDATE' || name === 'EXDATE') {
      const bad = value.split(',').find((d) => !dateTime(d));
      if (bad !== undefined) return `invalid ${name} '${bad}' in rrule`;
    } else {
      return `unsupported property '${name}' in rrule`;
    }
  }
  return rules ? undefined : 'rrule has no RRULE';
}

function ruleError(rule: string): string | undefined {
  const seen = new Set<string>();
  for (const pair of rule.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) return `'${pair}' is not NAME=VALUE`;
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (!RRULE_PARTS.has(name)) return `unknown part '${name}'`;
    seen.add(name);
    const ints = (min: number, max: number, allowNegative: boolean) =>
      value
        .split(',')
        .every(
          (v) =>
            /^[+-]?\d+$/.test(v) &&
            (allowNegative || !v.startsWith('-')) &&
            Math.abs(Number(v)) >= min &&
            Math.abs(Number(v)) <= max,
        );
    switch (name) {
      case 'FREQ':
        if (!FREQS.has(value)) return `FREQ must be one of ${[...FREQS].join(', ')}`;
        break;
      case 'INTERVAL':
      case 'COUNT':
        if (!/^\d+$/.test(value)) return `${name} must be a whole number`;
        break;
      case 'UNTIL':
        if (!dateTime(value)) return `UNTIL '${value}' is not a date`;
        break;
      case 'WKST':
        if (!DAYS.has(value)) return `WKST must be a weekday (MO..SU)`;
        break;
      case 'BYDAY':
      case 'BYWEEKDAY':
        if (!value.split(',').every((d) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.test(d)))
          return `${name} must list weekdays such as MO,+1FR,-1SU`;
        break;
      case 'BYMONTH':
        if (!ints(1, 12, false)) return 'BYMONTH must list months 1-12';
        break;
      case 'BYHOUR':
        if (!ints(0, 23, false)) return 'BYHOUR must list hours 0-23';
        break;
      case 'BYMINUTE':
      case 'BYSECOND':
        if (!ints(0, 59, false)) return `${name} must list values 0-59`;
        break;
      default:
        if (!ints(0, 366, true)) return `${name} must list whole numbers`;
    }
  }
  if (!seen.has('FREQ')) return 'FREQ is required';
  return undefined;
}

function dateTime(v: string): boolean {
  return (
    /^\d{8}(T\d{6}Z?)?$/.test(v) && !Number.isNaN(Date.parse(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`))
  );
}

// --- time zones and dates ----------------------------------------------------

const timezoneVerdicts = new Map<string, string | undefined>();

/** Memoized: building an Intl formatter costs more than the rest of a schedule check. */
export function timezoneError(name: string): string | undefined {
  if (!timezoneVerdicts.has(name)) timezoneVerdicts.set(name, checkTimezone(name));
  return timezoneVerdicts.get(name);
}

function checkTimezone(name: string): string | undefined {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    const hint = timezoneHint(name);
    return `invalid timezone '${name}': ${hint ? `did you mean '${hint}'?` : 'use an IANA name such as America/Chicago'}`;
  }
  // ICU matches names case-insensitively; the tz database (Python's zoneinfo) does not.
  if (resolved !== name && resolved.toLowerCase() === name.toLowerCase())
    return `invalid timezone '${name}': did you mean '${resolved}'?`;
  if (/^[+-]|^(GMT|UTC)[+-]/i.test(name)) return `invalid timezone '${name}': use an IANA name such as America/Chicago`;
  return undefined;
}

/** A near miss of a zone's name (`America/Chicgo`), or a zone of that city (`Chicago`). */
function timezoneHint(name: string): string | undefined {
  const zones = Intl.supportedValuesOf('timeZone');
  const city = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
  const wanted = city(name).replace(/ /g, '_');
  // A short city name is too near to too many others to guess from.
  const nearCity = zones.some((z) => city(z) === wanted)
    ? wanted
    : wanted.length >= 5
      ? closest(wanted, zones.map(city))
      : undefined;
  return closest(name, zones) ?? (nearCity === undefined ? undefined : zones.find((z) => city(z) === nearCity));
}

/** An ISO 8601 date or date-time, as pydantic parses `anchor_date`. */
export function dateError(value: string): string | undefined {
  const iso = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  if (!iso.test(value.trim()) || Number.isNaN(Date.parse(value.trim().replace(' ', 'T')))) {
    return `invalid date '${value}': use ISO 8601, for example 2024-01-01T00:00:00`;
  }
  return undefined;
}
