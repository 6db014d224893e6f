/** The clerk's calendar day (`2026-11-24`) in their own time zone: what a date input shows as today. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A recorded day or instant → the day part, for prefilling a date input. */
export function dayPart(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? '';
}

/** `2026-11-24T12:05:00Z` → `24.11.2026, 13:05` (local time): when something was recorded. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('pl-PL', { dateStyle: 'short', timeStyle: 'short' });
}

/** 0 → "dziś", 1 → "wczoraj", n → "n dni temu". */
export function daysAgo(days: number): string {
  if (days <= 0) return 'dziś';
  if (days === 1) return 'wczoraj';
  return `${days} dni temu`;
}
