/**
 * The company's fiscal calendar, read from its facts' own dates (never from `fy`/`fp`):
 *
 * - Fiscal years: the annual periods (350-380 days) of its 10-K facts. Two that overlap (a
 *   recast twelve months beside the real year) are settled by the number of facts. A year whose
 *   10-K is not filed yet (the current one) is known from its 10-Q facts: a six- or nine-month
 *   period starts on its first day, and its first quarter starts the day after the last year ends.
 * - Quarters: Q1 is the 80-100-day 10-Q period starting on the year's first day; Q2 and Q3 end
 *   where the six- and nine-month periods (or the next three-month ones) end; Q4 runs from the day
 *   after the nine months to the year's end, and exists only when both are known.
 * - Labels: the company's own. A year is named for the calendar year its end date falls in,
 *   except that a year ending in the first seven days of January is named for the year before
 *   (a 52/53-week year ending on 3 January 2026 is fiscal 2025: nearly all its weeks are in 2025).
 *   Companies whose year ends in late January or early February differ: NVIDIA names its year
 *   ending 25 January 2026 fiscal 2026, several retailers name a year ending 1 February 2025
 *   fiscal 2024. So the rule's result is corrected by the offset (-1, 0 or +1) that most of the
 *   company's own 10-K filings declare: each 10-K's `fy` (DocumentFiscalYearFocus, which does
 *   describe the filing) against the rule applied to the latest annual period of that filing.
 *   `fy` never places a fact in a period; it only tells how the company names its years.
 */
import { addDays, dayNumber, spanDays } from "./dates";
import { HALF_DAYS, NINE_MONTH_DAYS, QUARTER_DAYS, type FactIndex } from "./facts";

export interface QuarterDef {
  quarter: number;
  start: string;
  end: string;
}

export interface FiscalYearDef {
  fiscalYear: number;
  /** "FY2025", or "FY2025 (to 2025-12-31)" in the rare case two years share a number. */
  label: string;
  start: string;
  /** Unknown for a year whose 10-K is not filed yet. */
  end?: string;
  /** Ends of the first, second and third quarters (cumulative periods end there too). */
  quarterEnds: [string | undefined, string | undefined, string | undefined];
  quarters: QuarterDef[];
}

export interface FiscalCalendar {
  years: FiscalYearDef[];
  /** How the company's year ends, in words ("June 30", "last Sunday of January"). */
  fiscalYearEnd: string;
}

/** The rule before the company's own offset: the end's calendar year, less one for 1-7 January. */
export function baseFiscalYear(end: string): number {
  const year = Number(end.slice(0, 4));
  return end.slice(5, 7) === "01" && Number(end.slice(8, 10)) <= 7 ? year - 1 : year;
}

/** The offset most 10-K filings declare between their `fy` and the rule (0 when none says). */
export function labelOffset(index: FactIndex): number {
  const votes = new Map<number, number>();
  for (const { fy, end } of index.annualFilings.values()) {
    if (fy === null) continue;
    const offset = fy - baseFiscalYear(end);
    if (Math.abs(offset) <= 1) votes.set(offset, (votes.get(offset) ?? 0) + 1);
  }
  let best = 0;
  for (const [offset, n] of votes) if (n > (votes.get(best) ?? 0)) best = offset;
  return best;
}

interface AnnualPeriod {
  start: string;
  end: string;
  facts: number;
}

function annualPeriods(index: FactIndex): AnnualPeriod[] {
  const all: AnnualPeriod[] = [];
  for (const [end, starts] of index.annualPeriods) {
    let start = "";
    let best = -1;
    let facts = 0;
    for (const [s, n] of starts) {
      facts += n;
      if (n > best) [start, best] = [s, n];
    }
    all.push({ start, end, facts });
  }
  all.sort((a, b) => (a.end < b.end ? -1 : 1));
  const accepted: AnnualPeriod[] = [];
  for (const p of all) {
    const last = accepted.at(-1);
    if (last && dayNumber(p.end) - dayNumber(last.end) < 300) {
      if (p.facts > last.facts) accepted[accepted.length - 1] = p;
    } else {
      accepted.push(p);
    }
  }
  return accepted;
}

/** The end of the 10-Q period starting on `start` whose length is in `range`, most reported first. */
function interimEnd(index: FactIndex, start: string, range: { min: number; max: number }, before?: string): string | undefined {
  const ends = index.interimPeriods.get(start);
  if (!ends) return undefined;
  let found: string | undefined;
  let best = 0;
  for (const [end, n] of ends) {
    const days = spanDays(start, end);
    if (days < range.min || days > range.max || (before !== undefined && end >= before)) continue;
    if (n > best) [found, best] = [end, n];
  }
  return found;
}

function yearStarts(index: FactIndex, annual: readonly AnnualPeriod[]): Array<{ start: string; end?: string }> {
  const years: Array<{ start: string; end?: string }> = annual.map((p) => ({ start: p.start, end: p.end }));
  const inside = (s: string) => annual.some((p) => s >= p.start && s <= p.end);
  const dayAfterAYear = new Set(annual.map((p) => addDays(p.end, 1)));
  const extra = new Set<string>();
  for (const [start, ends] of index.interimPeriods) {
    if (inside(start)) continue;
    const cumulative = [...ends.keys()].some((end) => spanDays(start, end) > QUARTER_DAYS.max);
    if (cumulative || dayAfterAYear.has(start)) extra.add(start);
  }
  for (const start of extra) years.push({ start });
  return years.sort((a, b) => (a.start < b.start ? -1 : 1));
}

function quartersOf(index: FactIndex, start: string, end: string | undefined): Pick<FiscalYearDef, "quarterEnds" | "quarters"> {
  const e1 = interimEnd(index, start, QUARTER_DAYS, end);
  const e2 = interimEnd(index, start, HALF_DAYS, end) ?? (e1 && interimEnd(index, addDays(e1, 1), QUARTER_DAYS, end));
  const e3 = interimEnd(index, start, NINE_MONTH_DAYS, end) ?? (e2 && interimEnd(index, addDays(e2, 1), QUARTER_DAYS, end));
  const quarters: QuarterDef[] = [];
  if (e1) quarters.push({ quarter: 1, start, end: e1 });
  if (e1 && e2) quarters.push({ quarter: 2, start: addDays(e1, 1), end: e2 });
  if (e2 && e3) quarters.push({ quarter: 3, start: addDays(e2, 1), end: e3 });
  if (e3 && end) {
    const days = spanDays(addDays(e3, 1), end);
    if (days >= QUARTER_DAYS.min && days <= QUARTER_DAYS.max) quarters.push({ quarter: 4, start: addDays(e3, 1), end });
  }
  return { quarterEnds: [e1, e2, e3], quarters };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function parts(iso: string) {
  const date = new Date(`${iso}T00:00:00Z`);
  const month = date.getUTCMonth();
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), month + 1, 0)).getUTCDate();
  return { month, day: date.getUTCDate(), weekday: date.getUTCDay(), daysInMonth };
}

/** The month whose last day lies within three days of `iso`, if any. */
function nearMonthEnd(iso: string): number | undefined {
  const p = parts(iso);
  if (p.daysInMonth - p.day <= 3) return p.month;
  if (p.day <= 3) return (p.month + 11) % 12;
  return undefined;
}

/** How the year ends, in words, from the latest five year ends. */
export function describeYearEnd(ends: readonly string[]): string {
  const recent = ends.slice(-5).map(parts);
  if (recent.length === 0) return "unknown";
  const [first] = recent;
  if (recent.every((p) => p.month === first.month && p.day === first.day)) return `${MONTHS[first.month]} ${first.day}`;
  if (recent.every((p) => p.weekday === first.weekday)) {
    const weekday = WEEKDAYS[first.weekday];
    if (recent.every((p) => p.month === first.month && p.day + 7 > p.daysInMonth)) return `last ${weekday} of ${MONTHS[first.month]}`;
    const months = ends.slice(-5).map(nearMonthEnd);
    if (months.every((m) => m !== undefined && m === months[0])) return `the ${weekday} nearest the end of ${MONTHS[months[0]!]}`;
    if (recent.every((p) => p.month === first.month)) return `a ${weekday} in ${MONTHS[first.month]} (52/53-week year)`;
  }
  return `${MONTHS[recent.at(-1)!.month]} ${recent.at(-1)!.day} (latest year)`;
}

export function fiscalCalendar(index: FactIndex): FiscalCalendar {
  const annual = annualPeriods(index);
  const offset = labelOffset(index);
  const years: FiscalYearDef[] = [];
  for (const { start, end } of yearStarts(index, annual)) {
    const previous = years.at(-1);
    const fiscalYear = end
      ? baseFiscalYear(end) + offset
      : previous?.end && addDays(previous.end, 1) === start
        ? previous.fiscalYear + 1
        : baseFiscalYear(addDays(start, 364)) + offset;
    years.push({ fiscalYear, label: `FY${fiscalYear}`, start, ...(end ? { end } : {}), ...quartersOf(index, start, end) });
  }
  const seen = new Map<number, number>();
  for (const y of years) seen.set(y.fiscalYear, (seen.get(y.fiscalYear) ?? 0) + 1);
  for (const y of years) if (seen.get(y.fiscalYear)! > 1) y.label = `FY${y.fiscalYear} (${y.end ? `to ${y.end}` : `from ${y.start}`})`;
  return { years, fiscalYearEnd: describeYearEnd(annual.map((p) => p.end)) };
}
