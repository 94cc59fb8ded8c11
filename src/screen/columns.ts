/**
 * The ranked table's columns, one list for every view: the terminal table shows `text`, CSV and
 * the workbook store `value` (numbers as numbers, in the header's unit). Flag columns follow the
 * registry: a flag added there becomes two more columns here with no change.
 */
import { VALUE_KIND_FORMATS, type ValueKind } from "../core/format/valueKind";
import { formatAmount, formatPlain } from "../core/format/numbers";
import type { RankedCompany } from "./rank";
import { shownFlags, type FlagColumn, type ScreenReport } from "./report";
import { TREND_YEARS } from "./trend";
import type { FlagCell } from "./types";

export type CellValue = string | number | null;

export interface Column {
  /** The CSV header: snake_case, with the unit where there is one. */
  key: string;
  /** The workbook's header, with the unit. */
  title: string;
  /** The terminal table's header, when shorter than `title`. */
  short?: string;
  kind: "text" | "number" | "status";
  /** Excel number format for a number column. */
  excelFormat?: string;
  value(c: RankedCompany): CellValue;
  text(c: RankedCompany): string;
  /** Shown in the terminal table (the trend shows there as one column of text, in data as one per year). */
  inTable: boolean;
  inData: boolean;
}

const MONEY_FORMAT = VALUE_KIND_FORMATS.amount.excel;

/** Money columns hold USD: a company reporting in another currency shows blank there (JSON has its figures). */
const usd = (c: RankedCompany, x: number | null) => (c.currency === "USD" ? x : null);

function column(partial: Omit<Column, "text" | "inTable" | "inData"> & Partial<Pick<Column, "text" | "inTable" | "inData">>): Column {
  return {
    inTable: true,
    inData: true,
    text: (c) => {
      const v = partial.value(c);
      return v === null ? "" : typeof v === "number" ? formatPlain(v) : v;
    },
    ...partial,
  };
}

const UNIT: Record<ValueKind, { key: string; title: string }> = {
  amount: { key: "usd_m", title: "USD millions" },
  share: { key: "share", title: "share" },
  points: { key: "change", title: "change in ratio" },
  multiple: { key: "multiple", title: "x" },
  months: { key: "months", title: "months" },
  years: { key: "years", title: "years" },
  score: { key: "score", title: "score" },
};

function flagColumns(flag: FlagColumn): Column[] {
  const cell = (c: RankedCompany): FlagCell | undefined => c.flags.find((f) => f.id === flag.id);
  const kind = flag.valueKind;
  const unit = kind ? UNIT[kind] : undefined;
  const value = (c: RankedCompany) => {
    const x = cell(c)?.value ?? null;
    return kind === "amount" ? usd(c, x) : x;
  };
  const valueText = (c: RankedCompany) => {
    const f = cell(c);
    if (f?.error) return f.error.slice(0, f.error.indexOf(":"));
    const x = value(c);
    return x === null ? "" : kind ? VALUE_KIND_FORMATS[kind].text(x) : formatPlain(x);
  };
  const id = flag.id.toLowerCase();
  const status = (c: RankedCompany) => cell(c)?.status ?? null;
  return [
    // The table: value and status side by side under the flag's id ("0.70x WATCH").
    column({ key: id, title: flag.id, kind: "text", value: (c) => [valueText(c), status(c) ?? ""].join(" ").trim(), inData: false }),
    column({
      key: unit ? `${id}_${unit.key}` : id,
      title: unit ? `${flag.id} (${unit.title})` : flag.id,
      kind: "number",
      ...(kind ? { excelFormat: VALUE_KIND_FORMATS[kind].excel } : {}),
      value,
      inTable: false,
    }),
    ...(flag.hasStatus ? [column({ key: `${id}_status`, title: `${flag.id} status`, kind: "status", value: status, inTable: false })] : []),
  ];
}

function trendColumns(): Column[] {
  const multiple = VALUE_KIND_FORMATS.multiple;
  const perYear = Array.from({ length: TREND_YEARS }, (_, i): Column => {
    const back = TREND_YEARS - 1 - i;
    const at = (c: RankedCompany) => {
      const k = c.fcfTrend.values.length - 1 - back;
      return k >= 0 ? c.fcfTrend.values[k] : null;
    };
    return column({
      key: back === 0 ? "fcf_conversion_y" : `fcf_conversion_y_minus_${back}`,
      title: back === 0 ? "FCF conversion, screened year (x)" : `FCF conversion, ${back} year${back === 1 ? "" : "s"} before (x)`,
      kind: "number",
      excelFormat: multiple.excel,
      value: at,
      inTable: false,
    });
  });
  return [
    ...perYear,
    column({
      key: "fcf_conversion_trend",
      title: `FCF conversion, last ${TREND_YEARS} years`,
      short: `FCF conversion, last ${TREND_YEARS} years`,
      kind: "text",
      value: (c) => c.fcfTrend.values.map((x) => (x === null ? "-" : multiple.text(x))).join(" "),
      inData: false,
    }),
    column({
      key: "fcf_conversion_fell_2y",
      title: "FCF conversion fell 2 years",
      short: "Fell 2y",
      kind: "text",
      value: (c) => (c.fcfTrend.fellTwoYears === null ? null : c.fcfTrend.fellTwoYears ? "yes" : "no"),
    }),
  ];
}

export function screenColumns(report: ScreenReport): Column[] {
  return [
    column({ key: "rank", title: "Rank", kind: "number", value: (c) => c.rank }),
    column({ key: "company", title: "Company", kind: "text", value: (c) => c.name }),
    column({ key: "cik", title: "CIK", kind: "number", excelFormat: "0", value: (c) => c.cik }),
    column({ key: "fiscal_year", title: "Fiscal year", short: "FY", kind: "text", value: (c) => c.fiscalYearLabel }),
    column({ key: "fiscal_year_end", title: "Year end", kind: "text", value: (c) => c.fiscalYearEnd }),
    column({
      key: "revenue_usd_m",
      title: "Revenue (USD millions)",
      short: "Revenue (USD m)",
      kind: "number",
      excelFormat: MONEY_FORMAT,
      value: (c) => usd(c, c.revenueMillions),
      text: (c) => {
        const x = usd(c, c.revenueMillions);
        return x === null ? (c.revenueMillions === null ? "" : c.currency) : formatAmount(x);
      },
    }),
    ...shownFlags(report).flatMap(flagColumns),
    ...trendColumns(),
    column({ key: "score", title: "SCORE (0-100)", short: "SCORE", kind: "number", excelFormat: "0.0", value: (c) => c.score, text: (c) => (c.score === null ? "" : c.score.toFixed(1)) }),
    column({ key: "statuses_scored", title: "Scored", kind: "number", value: (c) => c.scored }),
    column({ key: "missing_inputs", title: "Missing", kind: "number", value: (c) => c.missingInputs.length }),
  ];
}
