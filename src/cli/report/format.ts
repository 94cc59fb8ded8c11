/**
 * The report as an aligned table, JSON or CSV. Pure: returns text. Values read as the analysis
 * words them (`valueText`: money with its units, "$39.6B"; multiples as "0.70x"); `--json` and
 * `--csv` also give the number and, for money, its unit.
 */
import type { CompanyReport, ReportCell, ReportRow } from "./buildReport";

/** One line of the table or the CSV: a result of a flag, with the notes on the flag's own line. */
interface Line extends ReportCell {
  company: string;
  flag: string;
  notes: readonly string[];
}

/**
 * A flag's lines: every period oldest first, the last (its own result) carrying the direction
 * and the notes; or its own result then the other economic lives; or its one result.
 */
function linesOf(r: ReportRow): Line[] {
  const at = (cell: ReportCell, notes: readonly string[] = []): Line => ({ ...cell, company: r.company, flag: r.flag, notes });
  if (r.byPeriod && r.byPeriod.length > 0) {
    const last = r.byPeriod.length - 1;
    return r.byPeriod.map((p, i) => at(p, i === last ? [...(r.direction ? [r.direction.text] : []), ...r.notes] : []));
  }
  if (r.sensitivity) {
    const others = r.sensitivity.filter((p) => p.case !== r.case);
    return [at(r, r.notes), ...others.map((p) => at(p, lifeNotes(r.notes, p.case)))];
  }
  return [at(r, r.notes)];
}

/** The notes of a sensitivity line: the life it ran at instead of the one the flag chose. */
function lifeNotes(notes: readonly string[], which: string | undefined): string[] {
  const life = which?.match(/^economic life (\S+)/)?.[1];
  return notes.map((n) => (life !== undefined && n.startsWith("economic_life = ") ? `economic_life = ${life} (sensitivity)` : n));
}

const COLUMNS: ReadonlyArray<{ head: string; get: (r: Line) => string; right?: boolean }> = [
  { head: "Company", get: (r) => r.company },
  { head: "Flag", get: (r) => r.flag },
  { head: "Period", get: (r) => r.period },
  { head: "Case", get: (r) => r.case ?? "" },
  { head: "Value", get: (r) => r.valueText, right: true },
  { head: "Status", get: (r) => r.status },
  // The error's reason when the value is an error; otherwise the assumptions used and their origin.
  { head: "Note", get: (r) => r.error ?? r.notes.map((n) => n.replace(/\.$/, "")).join("; ") },
];

export function asTable(reports: readonly CompanyReport[]): string {
  const rows = reports.flatMap((r) => r.rows.flatMap(linesOf));
  const shown = COLUMNS.filter((c) => c.head !== "Case" || rows.some((r) => r.case));
  const cells = [shown.map((c) => c.head), ...rows.map((r) => shown.map((c) => c.get(r)))];
  const widths = shown.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  const line = (values: string[]) =>
    values.map((v, i) => (shown[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join("  ").trimEnd();
  const out = [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)];
  out.push(...shareLines(reports), ...needsLines(reports));
  return out.join("\n") + "\n";
}

/** The hardware share each company's depreciation flags used, with its working, once per company. */
function shareLines(reports: readonly CompanyReport[]): string[] {
  const withShare = reports.filter((r) => r.hardwareShare);
  if (withShare.length === 0) return [];
  return ["", "Hardware share of capex (the depreciation flags read capex x this share):", ...withShare.map((r) => `  ${r.company}: ${r.hardwareShare!.note}`)];
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
  const header = ["company", "flag", "period", "case", "value", "unit", "value_text", "status", "error"];
  const rows = reports
    .flatMap((r) => r.rows.flatMap(linesOf))
    .map((r) => [r.company, r.flag, r.period, r.case ?? null, r.value, r.unit ?? null, r.valueText, r.status, r.error ?? null].map(csvCell).join(","));
  return [header.join(","), ...rows].join("\n") + "\n";
}
