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
  // The error's reason when the value is an error; otherwise the assumptions used and their origin.
  { head: "Note", get: (r) => r.error ?? r.notes.join("; ") },
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
  out.push(...needsLines(reports));
  return out.join("\n") + "\n";
}

/** A list of companies for a sentence: all of them, a few by name, or a count. */
function whichCompanies(names: readonly string[], total: number): string {
  if (names.length === total && total > 1) return total === 2 ? "both companies" : `all ${total} companies`;
  return names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
}

/** The flags not computed, each with what it needs and how to give it, once for every company it concerns. */
function needsLines(reports: readonly CompanyReport[]): string[] {
  const companiesByNeed = new Map<string, string[]>();
  for (const r of reports) {
    for (const need of r.needs) {
      const names = companiesByNeed.get(need) ?? [];
      names.push(r.company);
      companiesByNeed.set(need, names);
    }
  }
  if (companiesByNeed.size === 0) return [];
  return ["", "Not computed, for want of inputs these figures do not hold:", ...[...companiesByNeed].map(([need, names]) => `  ${need} (${whichCompanies(names, reports.length)})`)];
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
