/** The report as an aligned table, JSON or CSV. Pure: returns text. */
import { VALUE_KIND_FORMATS } from "../../core/format/valueKind";
import { findFunction } from "../../core/registry";
import type { CompanyReport, ReportRow } from "./buildReport";

const COLUMNS: ReadonlyArray<{ head: string; get: (r: ReportRow) => string; right?: boolean }> = [
  { head: "Company", get: (r) => r.company },
  { head: "Flag", get: (r) => r.flag },
  { head: "Period", get: (r) => r.period },
  { head: "Value", get: (r) => (r.value === null ? (r.error ? "#N/A" : "") : formatValue(r.flag, r.value)), right: true },
  { head: "Status", get: (r) => r.status },
  { head: "Note", get: (r) => r.error ?? "" },
];

/** As the taskpane shows it: by the kind of value the flag declares (70.3%, 0.70x, 1,234.5). */
function formatValue(id: string, x: number): string {
  const kind = findFunction(id)?.valueKind;
  return kind ? VALUE_KIND_FORMATS[kind].text(x) : String(x);
}

export function asTable(reports: readonly CompanyReport[]): string {
  const rows = reports.flatMap((r) => r.rows);
  const cells = [COLUMNS.map((c) => c.head), ...rows.map((r) => COLUMNS.map((c) => c.get(r)))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  const line = (values: string[]) =>
    values.map((v, i) => (COLUMNS[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join("  ").trimEnd();
  const out = [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)];
  const needs = reports.reduce((n, r) => n + r.needs.length, 0);
  if (needs > 0) out.push("", `${needs} flag results need inputs these figures do not hold (estimates such as inference cost); --json lists them.`);
  return out.join("\n") + "\n";
}

export function asJson(reports: readonly CompanyReport[]): string {
  return JSON.stringify({ companies: reports }, null, 2) + "\n";
}

/** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled; null is empty. */
export function csvCell(x: string | number | null): string {
  if (x === null) return "";
  const s = String(x);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function asCsv(reports: readonly CompanyReport[]): string {
  const header = ["company", "flag", "period", "value", "status", "error"];
  const rows = reports.flatMap((r) => r.rows).map((r) => [r.company, r.flag, r.period, r.value, r.status, r.error ?? null].map(csvCell).join(","));
  return [header.join(","), ...rows].join("\n") + "\n";
}
