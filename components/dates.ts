import { todayIso } from '@/lib/text/dates';

export { formatDay, formatInstant, readDayInput } from '@/lib/text/dates';

/** The clerk's calendar day (`2026-11-24`) in their own time zone: what a date field starts with. */
export function todayLocal(now: Date = new Date()): string {
  return todayIso(now);
}

/** A recorded day or instant → the day part, for prefilling a date input. */
export function dayPart(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? '';
}

/** 0 → "dziś", 1 → "wczoraj", n → "n dni temu". */
export function daysAgo(days: number): string {
  if (days <= 0) return 'dziś';
  if (days === 1) return 'wczoraj';
  return `${days} dni temu`;
}
