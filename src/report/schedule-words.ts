/** Schedules in words for the summary and PR comment; anything unusual stays as written. */
import type { ScheduleState } from '../plan/state.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export function scheduleWords(s: ScheduleState): string {
  const sch = s.schedule as Record<string, unknown>;
  const tz = sch.timezone ? ` (${sch.timezone})` : ' (UTC)';
  const off = s.active ? '' : ' — inactive';
  if ('cron' in sch) return `${cronWords(String(sch.cron))}${tz}${off}`;
  if ('interval' in sch) return `every ${duration(Number(sch.interval))}${off}`;
  return `${rruleWords(String(sch.rrule))}${tz}${off}`;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

export function cronWords(cron: string): string {
  const f = cron.trim().split(/\s+/);
  if (f.length !== 5) return `cron ${cron}`;
  const [min, hour, dom, mon, dow] = f;
  const num = /^\d+$/;
  const every = /^\*\/(\d+)$/;
  if (every.test(min) && hour === '*' && dom === '*' && mon === '*' && dow === '*') return `every ${every.exec(min)![1]} minutes`;
  if (num.test(min) && hour === '*' && dom === '*' && mon === '*' && dow === '*') return `at minute ${min} of every hour`;
  if (num.test(min) && every.test(hour) && dom === '*' && mon === '*' && dow === '*') return `at minute ${min} every ${every.exec(hour)![1]} hours`;
  if (!num.test(min) || !num.test(hour) || mon !== '*') return `cron ${cron}`;
  const time = `at ${pad(hour)}:${pad(min)}`;
  if (dom === '*' && dow === '*') return `${time} every day`;
  if (dom === '*') {
    const days = weekdays(dow);
    return days ? `${time} on ${days}` : `cron ${cron}`;
  }
  if (num.test(dom) && dow === '*') return `${time} on day ${dom} of every month`;
  return `cron ${cron}`;
}

function weekdays(field: string): string | undefined {
  const value = (t: string) => (/^\d$/.test(t) ? Number(t) : DAY_NAMES[t.toLowerCase()]);
  const parts: string[] = [];
  for (const p of field.split(',')) {
    const range = /^(\w+)-(\w+)$/.exec(p);
    if (range) {
      const [a, b] = [value(range[1]), value(range[2])];
      if (a === undefined || b === undefined) return undefined;
      parts.push(`${DAYS[a]} to ${DAYS[b]}`);
    } else {
      const v = value(p);
      if (v === undefined) return undefined;
      parts.push(DAYS[v]);
    }
  }
  return parts.join(', ');
}

function rruleWords(rrule: string): string {
  const rule = rrule.split('\n').find((l) => /FREQ=/.test(l))?.replace(/^RRULE:/, '') ?? rrule;
  const parts = Object.fromEntries(rule.split(';').map((p) => p.split('=') as [string, string]));
  const freq = (parts.FREQ ?? '').toLowerCase();
  const codes: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
  let text = freq ? `${parts.INTERVAL && parts.INTERVAL !== '1' ? `every ${parts.INTERVAL} ` : ''}${freq}` : `rrule ${rrule}`;
  if (parts.BYDAY) text += ` on ${parts.BYDAY.split(',').map((d) => codes[d] ?? d).join(', ')}`;
  if (parts.BYHOUR) text += ` at ${parts.BYHOUR.split(',').map((h) => `${pad(h)}:${pad(parts.BYMINUTE ?? '0')}`).join(', ')}`;
  return text;
}

export function duration(seconds: number): string {
  for (const [unit, size] of [['day', 86400], ['hour', 3600], ['minute', 60]] as const) {
    if (seconds >= size && seconds % size === 0) return seconds === size ? `1 ${unit}` : `${seconds / size} ${unit}s`;
  }
  return `${seconds} seconds`;
}
