/**
 * The one place dates are written and read. Shown always as dd.mm.rrrr (Intl.DateTimeFormat('pl-PL'));
 * typed as dd.mm.rrrr (also d.m.rrrr, with dashes or slashes) or as ISO rrrr-mm-dd.
 */

/** A calendar day, as the clerk means it: no time zone, no hour. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DAY_FORMAT = new Intl.DateTimeFormat('pl-PL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const WEEKDAY_FORMAT = new Intl.DateTimeFormat('pl-PL', { weekday: 'long', timeZone: 'UTC' });
const INSTANT_FORMAT = new Intl.DateTimeFormat('pl-PL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const LOCAL_DAY_FORMAT = new Intl.DateTimeFormat('pl-PL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const pad = (n: number) => String(n).padStart(2, '0');
const asUtc = (d: CalendarDay) => new Date(Date.UTC(d.year, d.month - 1, d.day));

function realDay(year: number, month: number, day: number): CalendarDay | null {
  const check = asUtc({ year, month, day });
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

/** `02.03.2026`, `2.3.2026`, `02-03-2026`, `2026-03-02` (also the day part of an ISO instant) → the day; null otherwise. */
export function parseDay(text: string): CalendarDay | null {
  const value = text.trim();
  const polish = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (polish) return realDay(Number(polish[3]), Number(polish[2]), Number(polish[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** The day → `2026-03-02`, what the records store. */
export function isoDay(day: CalendarDay): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

/** The clerk's calendar day (`2026-11-24`) in their own time zone. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A day (`2026-03-02`, `2026-03-02T10:00:00+01:00`, `02.03.2026`) → `02.03.2026`. The calendar day is read
 * as written, without time-zone conversion, so a day the clerk picked never shifts by one. Text that
 * is no date comes back unchanged.
 */
export function formatDay(value: string | CalendarDay | Date): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : LOCAL_DAY_FORMAT.format(value);
  const day = typeof value === 'string' ? parseDay(value) : value;
  return day ? DAY_FORMAT.format(asUtc(day)) : String(value);
}

/** `wtorek, 02.03.2026`: what a date field says it understood. */
export function describeDay(day: CalendarDay): string {
  return `${WEEKDAY_FORMAT.format(asUtc(day))}, ${formatDay(day)}`;
}

/** `2026-11-24T12:05:00Z` → `24.11.2026, 13:05` (local time): when something was recorded. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return INSTANT_FORMAT.format(date);
}

/** A recorded day or instant (`2026-03-02T10:00:00Z`) → its day part (`2026-03-02`), for prefilling a date field; `''` otherwise. */
export function dayPart(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? '';
}

/** 0 → "dziś", 1 → "wczoraj", n → "n dni temu". */
export function daysAgo(days: number): string {
  if (days <= 0) return 'dziś';
  if (days === 1) return 'wczoraj';
  return `${days} dni temu`;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((asUtc(b).getTime() - asUtc(a).getTime()) / 86_400_000);
}

/** What a typed date means, for the line under a date field. */
export type DayReading =
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string }
  | { kind: 'day'; day: CalendarDay; iso: string; understood: string };

export function readDayInput(text: string): DayReading {
  if (!text.trim()) return { kind: 'empty' };
  const day = parseDay(text);
  if (!day)
    return {
      kind: 'invalid',
      message: `„${text.trim()}” to nie jest data. Wpisz dzień jako dd.mm.rrrr (np. 02.03.2026) albo rrrr-mm-dd.`,
    };
  return { kind: 'day', day, iso: isoDay(day), understood: `Rozumiem: ${describeDay(day)}.` };
}

/**
 * Why a day looks wrong for what it records, or null: later than today, or earlier than a day it must
 * follow (`notBefore`, e.g. the printing of the application before the letter that sends it).
 */
export function implausibleDay(
  day: CalendarDay,
  today: CalendarDay,
  notBefore?: { day: CalendarDay; what: string },
): string | null {
  if (daysBetween(today, day) > 0)
    return `Data ${formatDay(day)} jest w przyszłości (dziś jest ${formatDay(today)}). Sprawdź, czy to na pewno ten dzień.`;
  if (notBefore && daysBetween(notBefore.day, day) < 0)
    return `Data ${formatDay(day)} jest wcześniejsza niż ${notBefore.what} (${formatDay(notBefore.day)}). Sprawdź, czy to na pewno ten dzień.`;
  return null;
}
