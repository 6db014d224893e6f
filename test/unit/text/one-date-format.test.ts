import { describe, expect, it } from 'vitest';
import { formatDay, implausibleDay, parseDay, readDayInput } from '../../../lib/text/dates';

describe('one date format', () => {
  it('shows every day as dd.mm.rrrr, from ISO days, instants and Date objects', () => {
    expect(formatDay('2026-03-02')).toBe('02.03.2026');
    expect(formatDay('2026-03-02T23:30:00-05:00')).toBe('02.03.2026'); // the day as written, no shift
    expect(formatDay(new Date(2026, 10, 24))).toBe('24.11.2026');
  });

  it('reads dd.mm.rrrr, d.m.rrrr and ISO, and refuses days that do not exist', () => {
    expect(parseDay('02.03.2026')).toEqual({ year: 2026, month: 3, day: 2 });
    expect(parseDay('2.3.2026')).toEqual({ year: 2026, month: 3, day: 2 });
    expect(parseDay('2026-03-02')).toEqual({ year: 2026, month: 3, day: 2 });
    expect(parseDay('31.02.2026')).toBeNull();
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('wczoraj')).toBeNull();
  });

  it('says what it understood, or how to write it', () => {
    const read = readDayInput('2026-03-02');
    expect(read).toMatchObject({
      kind: 'day',
      iso: '2026-03-02',
      understood: 'Rozumiem: poniedziałek, 02.03.2026.',
    });
    expect(readDayInput('1.13.2026')).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/dd\.mm\.rrrr/),
    });
    expect(readDayInput('  ')).toEqual({ kind: 'empty' });
  });

  it('warns of a future day and of a day before the one it must follow', () => {
    const today = { year: 2026, month: 11, day: 24 };
    expect(implausibleDay({ year: 2026, month: 11, day: 25 }, today)).toMatch(/w przyszłości/);
    expect(implausibleDay(today, today)).toBeNull();
    const printed = { day: { year: 2026, month: 11, day: 20 }, what: 'data wydruku wniosku' };
    expect(implausibleDay({ year: 2026, month: 11, day: 19 }, today, printed)).toMatch(
      /wcześniejsza niż data wydruku wniosku \(20\.11\.2026\)/,
    );
    expect(implausibleDay({ year: 2026, month: 11, day: 21 }, today, printed)).toBeNull();
  });
});
