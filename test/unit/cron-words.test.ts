/** Every cron expression Prefect accepts reads as words in the summary and the pull request comment. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cronError } from '../../src/config/schedules.js';
import { cronWords } from '../../src/report/cron-words.js';

const table: [string, string, boolean?][] = [
  ['0 6 * * 1-5', 'at 06:00 on Monday to Friday'],
  ['30 7 * * *', 'at 07:30 every day'],
  ['*/15 * * * *', 'every 15 minutes'],
  ['* * * * *', 'every minute'],
  ['15 * * * *', 'at minute 15 of every hour'],
  ['0 */2 * * *', 'at minute 0 of every 2 hours'],
  ['*/10 9-17 * * mon-fri', 'every 10 minutes, from 09:00 to 17:59 on Monday to Friday'],
  ['0,30 9,17 * * *', 'at 09:00, 09:30, 17:00 and 17:30 every day'],
  ['15 2 1 * *', 'at 02:15 on day 1 of the month'],
  ['0 0 1,15 * *', 'at 00:00 on day 1 and 15 of the month'],
  ['0 0 L * *', 'at 00:00 on the last day of the month'],
  ['0 8 15W * *', 'at 08:00 on the weekday nearest day 15 of the month'],
  ['0 9 * * mon#2', 'at 09:00 on the second Monday of the month'],
  ['0 9 * * 5L', 'at 09:00 on the last Friday of the month'],
  ['0 0 1 jan,jul *', 'at 00:00 on day 1 of the month in January and July'],
  ['0 12 * 3-5 sun', 'at 12:00 on Sunday in March to May'],
  ['0 12 1 * 1', 'at 12:00 on day 1 of the month or on Monday'],
  ['0 12 1 * 1', 'at 12:00 on day 1 of the month and on Monday', false],
  ['0 0 ? * 7', 'at 00:00 on Sunday'],
  ['5-10/2 * * * *', 'every 2 minutes from minute 5 to 10 of every hour'],
  ['5-10 * * * *', 'at minute 5 to 10 of every hour'],
  ['0 0 * * * 30', 'at 00:00, at second 30 every day'],
  ['@daily', 'at 00:00 every day'],
  ['@weekly', 'at 00:00 on Sunday'],
];

for (const [cron, words, dayOr] of table) {
  test(`cron ${cron}`, () => assert.equal(cronWords(cron, dayOr), words));
}

test('every cron Prefect accepts is described, none left as written', () => {
  const n = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map(String);
  const field = (lo: number, hi: number, names: string[] = []) =>
    fc.oneof(
      fc.constant('*'),
      n(lo, hi),
      fc.constantFrom(...(names.length ? names : [String(lo)])),
      fc.tuple(n(lo, hi), n(lo, hi)).map(([a, b]) => `${Math.min(+a, +b)}-${Math.max(+a, +b)}`),
      fc.tuple(n(1, Math.max(1, hi - lo))).map(([s]) => `*/${s}`),
      fc.array(n(lo, hi), { minLength: 2, maxLength: 4 }).map((xs) => xs.join(',')),
    );
  const expr = fc.tuple(
    field(0, 59),
    field(0, 23),
    fc.oneof(field(1, 31), fc.constantFrom('L', '15W')),
    field(1, 12, ['jan', 'dec']),
    fc.oneof(field(0, 6, ['mon', 'fri']), fc.constantFrom('mon#2', '5L')),
  );
  fc.assert(
    fc.property(expr, (fields) => {
      const cron = fields.join(' ');
      fc.pre(cronError(cron) === undefined);
      assert.doesNotMatch(cronWords(cron), /^cron /, cron);
    }),
    { numRuns: 2000, seed: 20261201 },
  );
});
