/**
 * Period headers as models write them: 2023, "2024", "FY2024", "FY24E", "Q1 2025", "1Q25",
 * "H1 2024", "Dec-24", "December 31, 2024", "2024-12-31", "Year ended June 30, 2024", and dates
 * stored as Excel serial numbers (a header cell formatted "Dec-24" reads 45657 in `values`).
 *
 * A period's `key` counts months from year 0 to the period's last month, so that any two
 * periods can be ordered and their spacing measured. An annual label without a month ends in
 * December: only the order and the spacing matter, not the fiscal calendar.
 */
import type { BlockValue } from "./selection";

export type Frequency = "annual" | "half" | "quarterly" | "monthly";

export const PERIODS_PER_YEAR: Readonly<Record<Frequency, number>> = { annual: 1, half: 2, quarterly: 4, monthly: 12 };

export interface PeriodLabel {
  /** As shown to people: the header text, or the year of a date. */
  text: string;
  key: number;
  /** When the label itself says so (FY, Q, H); dates get theirs from their spacing. */
  frequency?: Frequency;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = `(${MONTHS.join("|")})[a-z]*\\.?`;
// Actual / estimate markers after a period: 2024A, 2025E, FY25F, "2024 (est.)", "2025 Budget".
const MARKER = /(?<=\d)\s*\(?(a|e|f|b|p|act|actual|actuals|est|estimate|forecast|budget|proj|projected)\.?\)?$/;

// Excel serial numbers of 1990-01-01 and 2100-12-31: header dates live there, amounts rarely do.
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73415;

function year(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

const plausibleYear = (y: number) => y >= 1990 && y <= 2100;

function period(text: string, y: number, month: number, frequency?: Frequency): PeriodLabel | undefined {
  if (!plausibleYear(y) || month < 0 || month > 11) return undefined;
  return frequency ? { text, key: y * 12 + month, frequency } : { text, key: y * 12 + month };
}

type Rule = [RegExp, (m: RegExpExecArray, text: string) => PeriodLabel | undefined];

const YY = "'?(\\d{4}|\\d{2})";
const FY = "(?:fy|cy|fiscal(?:\\s+year)?)";
const RULES: Rule[] = [
  [new RegExp(`^${FY}?\\s*'?(\\d{4})$`), (m, t) => period(t, Number(m[1]), 11, "annual")],
  [new RegExp(`^(?:${FY}\\s*|')(\\d{2})$`), (m, t) => period(t, year(m[1]), 11, "annual")],
  [new RegExp(`^q([1-4])\\s*[-/' ]?\\s*${FY}?\\s*${YY}$`), (m, t) => period(t, year(m[2]), Number(m[1]) * 3 - 1, "quarterly")],
  [new RegExp(`^([1-4])q\\s*[-/' ]?\\s*${FY}?\\s*${YY}$`), (m, t) => period(t, year(m[2]), Number(m[1]) * 3 - 1, "quarterly")],
  [new RegExp(`^${FY}?\\s*${YY}\\s*[-/ ]?\\s*q([1-4])$`), (m, t) => period(t, year(m[1]), Number(m[2]) * 3 - 1, "quarterly")],
  [new RegExp(`^h([12])\\s*[-/' ]?\\s*${FY}?\\s*${YY}$`), (m, t) => period(t, year(m[2]), Number(m[1]) * 6 - 1, "half")],
  [new RegExp(`^([12])h\\s*[-/' ]?\\s*${FY}?\\s*${YY}$`), (m, t) => period(t, year(m[2]), Number(m[1]) * 6 - 1, "half")],
  [new RegExp(`^${FY}?\\s*${YY}\\s*[-/ ]?\\s*h([12])$`), (m, t) => period(t, year(m[1]), Number(m[2]) * 6 - 1, "half")],
  [
    new RegExp(`^(?:(?:\\w+\\s+)?(?:year|years|months|quarter)\\s+ended\\s+)?${MONTH}\\s*[-/' ]?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s*)?${YY}$`),
    (m, t) => period(t, year(m[2]), MONTHS.indexOf(m[1])),
  ],
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m, t) => period(t, Number(m[1]), Number(m[2]) - 1)],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/, (m, t) => period(t, year(m[3]), Number(m[1]) - 1)],
];

function fromText(raw: string): PeriodLabel | undefined {
  const text = raw.trim();
  const s = text.toLowerCase().replace(/\s+/g, " ").replace(MARKER, "").replace(/,/g, "").trim();
  // A marker alone ("E") or stripped too far is no period.
  if (!/\d/.test(s)) return undefined;
  for (const [re, make] of RULES) {
    const m = re.exec(s);
    if (m) return make(m, text);
  }
  return undefined;
}

/** An Excel serial date (1900 date system) as a period labelled by month and year. */
export function fromSerial(serial: number): PeriodLabel | undefined {
  if (!Number.isInteger(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const name = MONTHS[m].charAt(0).toUpperCase() + MONTHS[m].slice(1);
  return period(`${name}-${String(y).slice(2)}`, y, m);
}

export function isSerialDate(x: BlockValue): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= SERIAL_MIN && x <= SERIAL_MAX;
}

/**
 * Whether an Excel number format shows a date ("mmm-yy", "m/d/yyyy", "[$-409]mmmm d, yyyy;@"):
 * a day, month or year code outside quoted text, brackets and escaped characters. "General",
 * "#,##0" or "0.0%" show numbers.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const codes = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return !/general/i.test(codes) && /[dmy]/i.test(codes);
}

/** A header line's own label that announces dates: "Period", "Date", "Year ended", "Quarter ending", "As of". */
const DATE_HEADER_LABEL = /^\s*(period|periods|date|dates|year|years|fiscal year|fy|quarter|month|as of|(year|quarter|month|period)s? end(ed|ing)?)\b/i;

/**
 * Whether the numbers of a line may be read as Excel serial dates: never from the numbers alone
 * (figures such as 45,000 would become "Mar-23"). The header must say so: its cells formatted
 * as dates, when the host read the formats; otherwise (formats unknown) a blank label cell, or
 * one naming dates ("Period", "Year ended"). A line whose label is a number is figures, not a header.
 */
export function datesAllowed(label: BlockValue, formats: ReadonlyArray<string | null> | undefined): boolean {
  if (formats) return formats.length > 0 && formats.every(isDateFormat);
  if (label === null || label === "") return true;
  return typeof label === "string" && DATE_HEADER_LABEL.test(label);
}

/**
 * One header cell as a period. Numbers are years (2023) or, when `serialDates` says the line
 * holds dates, Excel serials; text follows the patterns above.
 */
export function parsePeriod(x: BlockValue, serialDates = false): PeriodLabel | undefined {
  if (typeof x === "number") {
    if (serialDates) return fromSerial(x);
    return Number.isInteger(x) && plausibleYear(x) ? { text: String(x), key: x * 12 + 11, frequency: "annual" } : undefined;
  }
  return typeof x === "string" ? fromText(x) : undefined;
}

export type PeriodOrder = "oldest-first" | "newest-first" | "unordered";

export function orderOf(keys: readonly number[]): PeriodOrder {
  const up = keys.every((k, i) => i === 0 || k > keys[i - 1]);
  if (up) return "oldest-first";
  return keys.every((k, i) => i === 0 || k < keys[i - 1]) ? "newest-first" : "unordered";
}

const PER_YEAR_BY_GAP = new Map([
  [12, 1],
  [6, 2],
  [3, 4],
  [1, 12],
]);

/** How many periods make a year: from the labels when they say, else from an even spacing. */
export function periodsPerYearOf(labels: readonly PeriodLabel[]): number | undefined {
  const first = labels[0]?.frequency;
  if (first && labels.every((l) => l.frequency === first)) return PERIODS_PER_YEAR[first];
  const sorted = labels.map((l) => l.key).sort((a, b) => a - b);
  const gaps = new Set(sorted.slice(1).map((k, i) => k - sorted[i]));
  if (gaps.size !== 1) return undefined;
  const [gap] = [...gaps];
  return PER_YEAR_BY_GAP.get(gap);
}
