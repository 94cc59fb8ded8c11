/** ISO dates (yyyy-mm-dd) as day numbers, by arithmetic: the reader compares thousands of them. */

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 of an ISO date (proleptic Gregorian calendar). */
export function dayNumber(iso: string): number {
  const y0 = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  // Howard Hinnant's days_from_civil: years start in March, so leap days fall at a year's end.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Inclusive length of a period in days: 2024-07-01 to 2025-06-30 is 365. */
export function spanDays(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

export function addDays(iso: string, days: number): string {
  return isoDate(dayNumber(iso) + days);
}

/** Whether `next` starts the day after `previous` ends. */
export function follows(previousEnd: string, nextStart: string): boolean {
  return dayNumber(nextStart) - dayNumber(previousEnd) === 1;
}
