/** Schedules in words for the summary and PR comment; anything unusual stays as written. */
import type { ScheduleState } from '../plan/state.js';
import { cronWords } from './cron-words.js';

export function scheduleWords(s: ScheduleState): string {
  const sch = s.schedule as Record<string, unknown>;
  const tz = sch.timezone ? ` (${sch.timezone})` : ' (UTC)';
  const off = s.active ? '' : ' — inactive';
  if ('cron' in sch) return `${cronWords(String(sch.cron), sch.day_or !== false)}${tz}${off}`;
  if ('interval' in sch) return `every ${duration(Number(sch.interval))}${off}`;
  return `${rruleWords(String(sch.rrule))}${tz}${off}`;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

function rruleWords(rrule: string): string {
  const rule =
    rrule
      .split('\n')
      .find((l) => /FREQ=/.test(l))
      ?.replace(/^RRULE:/, '') ?? rrule;
  const parts = Object.fromEntries(rule.split(';').map((p) => p.split('=') as [string, string]));
  const freq = (parts.FREQ ?? '').toLowerCase();
  const codes: Record<string, string> = {
    MO: 'Monday',
    TU: 'Tuesday',
    WE: 'Wednesday',
    TH: 'Thursday',
    FR: 'Friday',
    SA: 'Saturday',
    SU: 'Sunday',
  };
  let text = freq
    ? `${parts.INTERVAL && parts.INTERVAL !== '1' ? `every ${parts.INTERVAL} ` : ''}${freq}`
    : `rrule ${rrule}`;
  if (parts.BYDAY)
    text += ` on ${parts.BYDAY.split(',')
      .map((d) => codes[d] ?? d)
      .join(', ')}`;
  if (parts.BYHOUR)
    text += ` at ${parts.BYHOUR.split(',')
      .map((h) => `${pad(h)}:${pad(parts.BYMINUTE ?? '0')}`)
      .join(', ')}`;
  return text;
}

export function duration(seconds: number): string {
  for (const [unit, size] of [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ] as const) {
    if (seconds >= size && seconds % size === 0) return seconds === size ? `1 ${unit}` : `${seconds / size} ${unit}s`;
  }
  return `${seconds} seconds`;
}
