/** Cron, rrule and time zone verdicts against Prefect's own schedule models in the test venv. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { cronError, rruleError, timezoneError } from '../../src/config/schedules.js';
import { repoRoot, venvBin } from '../support/python.js';

const cases = {
  cron: [
    '0 0 * * *',
    '*/5 * * * *',
    '0 9-17 * * 1-5',
    '0 0 1 jan *',
    '0 0 * * mon-fri',
    '0 0 L * *',
    '0 0 * * 2#3',
    '0 0 * * 5#6',
    '@daily',
    '@hourly',
    '@weekly',
    '@reboot',
    '0 0 * * * 30',
    '0 0 * * * 0 2030',
    '0 0 ? * *',
    '0 0 * ? *',
    '60 * * * *',
    '* 24 * * *',
    '* * 32 * *',
    '* * 0 * *',
    '* * * 13 *',
    '* * * 0 *',
    '* * * * 8',
    '* * * * 7',
    '*/0 * * * *',
    '-1 * * * *',
    '* * * *',
    '* * * * * * * *',
    'H * * * *',
    'R 0 * * *',
    '0-70 * * * *',
    '0,15,30,45 * * * *',
    '5/15 * * * *',
    '* * * jan-dec *',
    '* * * foo *',
    'a b c d e',
    '0 0 1-L * *',
    '0 0 * * L5',
    '0 0 * * sun#2',
    '10-5 * * * *',
  ],
  rrule: [
    'FREQ=DAILY',
    'RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR',
    'DTSTART:20240101T090000\nRRULE:FREQ=DAILY;INTERVAL=2',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    'FREQ=WEEKLY;BYDAY=+1MO',
    'FREQ=SOMETIMES',
    'INTERVAL=2',
    'FREQ=DAILY;BYHOUR=25',
    'FREQ=DAILY;FOO=1',
    'FREQ=DAILY;COUNT=5',
    'FREQ=DAILY;UNTIL=20301231T000000Z',
    'FREQ=DAILY;BYDAY=XX',
    'FREQ=HOURLY;BYMINUTE=0,30',
    'not a rule',
  ],
  timezone: [
    'America/Chicago',
    'UTC',
    'Europe/Berlin',
    'US/Eastern',
    'EST',
    'Mars/Olympus',
    'america/chicago',
    'GMT+5',
    '',
    'Asia/Kolkata',
    'Etc/GMT+5',
  ],
};

test('cron, rrule and timezone verdicts match what Prefect own schedule models accept', () => {
  const out = execFileSync(venvBin('python'), [path.join(repoRoot, 'test/python/schedule_truth.py')], {
    input: JSON.stringify(cases),
    env: { ...process.env, PREFECT_HOME: path.join(repoRoot, '.tmp/prefect-home') },
  });
  const truth = JSON.parse(out.toString()) as Record<keyof typeof cases, boolean[]>;
  const check = (kind: keyof typeof cases, fn: (v: string) => string | undefined) =>
    cases[kind].forEach((value, i) => {
      if (kind === 'timezone' && value === '') return; // an empty timezone means "none" in the file
      const ours = fn(value) === undefined;
      assert.equal(
        ours,
        truth[kind][i],
        `${kind} ${JSON.stringify(value)}: Prefect ${truth[kind][i] ? 'accepts' : 'rejects'} it, we ${ours ? 'accept' : 'reject'} it (${fn(value) ?? ''})`,
      );
    });
  check('cron', cronError);
  check('rrule', rruleError);
  check('timezone', timezoneError);
  // The corpus exercises both verdicts for each kind.
  for (const kind of Object.keys(cases) as (keyof typeof cases)[]) {
    assert.ok(
      truth[kind].includes(true) && truth[kind].includes(false),
      `${kind} corpus needs valid and invalid cases`,
    );
  }
});
