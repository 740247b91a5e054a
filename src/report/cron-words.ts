/**
 * Any cron expression Prefect accepts, in words: each field (lists, ranges, steps,
 * names, `L`, `W`, `#`, `?`) is described, and minute and hour together become clock
 * times where they can. An expression this cannot read stays as written.
 */

import { CRON_ALIASES, CRON_MONTHS } from '../config/schedules.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

class Unreadable extends Error {}

/** One part of a field: a value, a range, or either with a step. */
interface Part {
  from: number;
  to?: number;
  step?: number;
  /** `*` or `*\/n`. */
  any: boolean;
}

function number(token: string, names: Record<string, number> = {}): number {
  const n = /^\d+$/.test(token) ? Number(token) : names[token.toLowerCase()];
  if (n === undefined) throw new Unreadable(token);
  return n;
}

function parts(field: string, names?: Record<string, number>): Part[] {
  return field.split(',').map((p) => {
    const [range, stepText] = p.split('/');
    const step = stepText === undefined ? undefined : number(stepText);
    if (range === '*' || range === '?') return { from: 0, step, any: true };
    const [a, b] = range.split('-');
    return { from: number(a, names), to: b === undefined ? undefined : number(b, names), step, any: false };
  });
}

function and(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A field's parts in words, each value shown by `show`. */
function list(field: string, show: (n: number) => string, names?: Record<string, number>, unit = ''): string {
  return and(
    parts(field, names).map((p) => {
      if (p.any) return p.step ? `every ${p.step} ${unit}s` : `every ${unit}`;
      const base = p.to === undefined ? show(p.from) : `${show(p.from)} to ${show(p.to)}`;
      return p.step ? `every ${p.step} ${unit}s from ${unit} ${base}` : base;
    }),
  );
}

const two = (n: number) => String(n).padStart(2, '0');
const isList = (field: string) => /^\d+(,\d+)*$/.test(field);

function timeWords(minute: string, hour: string): string {
  if (isList(minute) && isList(hour)) {
    const times = hour.split(',').flatMap((h) => minute.split(',').map((m) => `${two(Number(h))}:${two(Number(m))}`));
    return `at ${and(times)}`;
  }
  const minutes =
    minute === '*'
      ? 'every minute'
      : /^\*\/\d+$/.test(minute)
        ? `every ${minute.slice(2)} minutes`
        : minute.includes('/')
          ? list(minute, String, undefined, 'minute')
          : `at minute ${list(minute, String, undefined, 'minute')}`;
  if (hour === '*') return minute === '*' || minute.startsWith('*/') ? minutes : `${minutes} of every hour`;
  if (/^\*\/\d+$/.test(hour)) return `${minutes} of every ${hour.slice(2)} hours`;
  if (/^\d+-\d+$/.test(hour)) {
    const [a, b] = hour.split('-').map(Number);
    return `${minutes}, from ${two(a)}:00 to ${two(b)}:59`;
  }
  return `${minutes} past hour ${list(hour, (h) => two(h), undefined, 'hour')}`;
}

function dayOfMonthWords(field: string): string {
  if (field === 'L') return 'on the last day of the month';
  const nearest = /^(\d+)W$/.exec(field);
  if (nearest) return `on the weekday nearest day ${nearest[1]} of the month`;
  if (field === 'LW') return 'on the last weekday of the month';
  return `on day ${list(field, String, undefined, 'day')} of the month`;
}

function dayOfWeekWords(field: string): string {
  const nth = /^(\w+)#(\d)$/.exec(field);
  if (nth) return `on the ${ORDINALS[Number(nth[2])] ?? `${nth[2]}th`} ${DAYS[number(nth[1], DAY_NAMES)]} of the month`;
  const last = /^(\w+)L$/.exec(field);
  if (last) return `on the last ${DAYS[number(last[1], DAY_NAMES)]} of the month`;
  return `on ${list(
    field,
    (d) => {
      if (DAYS[d] === undefined) throw new Unreadable(String(d));
      return DAYS[d];
    },
    DAY_NAMES,
    'day',
  )}`;
}

/** A cron expression in words; unreadable ones stay as written. `dayOr` is Prefect's `day_or`. */
export function cronWords(cron: string, dayOr = true): string {
  const fields = (CRON_ALIASES[cron.trim().toLowerCase()] ?? cron).trim().split(/\s+/);
  if (fields.length < 5 || fields.length > 7) return `cron ${cron}`;
  const [minute, hour, dom, month, dow, second] = fields;
  try {
    let text = timeWords(minute, hour);
    if (second !== undefined && second !== '0')
      text = `${text}, at second ${list(second, String, undefined, 'second')}`;
    const days: string[] = [];
    const anyDom = dom === '*' || dom === '?';
    const anyDow = dow === '*' || dow === '?';
    if (!anyDom) days.push(dayOfMonthWords(dom));
    if (!anyDow) days.push(dayOfWeekWords(dow));
    text += days.length
      ? ` ${days.join(dayOr ? ' or ' : ' and ')}`
      : isList(minute) && isList(hour)
        ? ' every day'
        : '';
    if (month !== '*') {
      text += ` in ${list(
        month,
        (m) => {
          if (!MONTHS[m]) throw new Unreadable(String(m));
          return MONTHS[m];
        },
        CRON_MONTHS,
        'month',
      )}`;
    }
    if (fields[6] !== undefined && fields[6] !== '*') text += ` in ${fields[6]}`;
    return text;
  } catch (e) {
    if (e instanceof Unreadable) return `cron ${cron}`;
    throw e;
  }
}
