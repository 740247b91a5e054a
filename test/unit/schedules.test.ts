/** Anchor dates and time zone suggestions (verdicts against Prefect: test/parity/schedules.test.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateError, timezoneError } from '../../src/config/schedules.js';

test('anchor dates are ISO 8601', () => {
  assert.equal(dateError('2024-01-01T00:00:00'), undefined);
  assert.equal(dateError('2024-01-01'), undefined);
  assert.equal(dateError('2024-01-01T00:00:00+02:00'), undefined);
  assert.match(dateError('01/02/2024') ?? '', /invalid date/);
  assert.match(dateError('2024-13-45') ?? '', /invalid date/);
});

test('a time zone typo gets did you mean', () => {
  assert.equal(timezoneError('America/Chicgo'), "invalid timezone 'America/Chicgo': did you mean 'America/Chicago'?");
  assert.equal(timezoneError('Berlin'), "invalid timezone 'Berlin': did you mean 'Europe/Berlin'?");
  assert.equal(timezoneError('new york'), "invalid timezone 'new york': did you mean 'America/New_York'?");
  assert.equal(
    timezoneError('Nowhere/Land'),
    "invalid timezone 'Nowhere/Land': use an IANA name such as America/Chicago",
  );
});
