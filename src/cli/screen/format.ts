/** The screen as an aligned table, CSV or JSON: views of one `ScreenReport`. Pure: returns text. */
import { csvCell } from "../report/format";
import { screenColumns, type Column, type ScreenReport } from "../../screen";

const NAME_WIDTH = 32;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 3)}...`;
}

/** "12 IFRS filer, 3 not JSON" */
export function countsText(counts: Readonly<Record<string, number | undefined>>): string {
  return Object.entries(counts)
    .filter((e): e is [string, number] => (e[1] ?? 0) > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([why, n]) => `${n.toLocaleString("en-US")} ${why}`)
    .join(", ");
}

/** What was read, screened, skipped and left out, in one or two sentences. */
export function countsLine(report: ScreenReport): string {
  const { counts } = report;
  const skipped = Object.values(counts.skipped).reduce((a: number, b) => a + (b ?? 0), 0);
  const parts = [
    `${counts.read.toLocaleString("en-US")} read`,
    `${counts.screened.toLocaleString("en-US")} screened`,
    `${skipped.toLocaleString("en-US")} skipped${skipped > 0 ? ` (${countsText(counts.skipped)})` : ""}`,
  ];
  const leftOut = countsText(counts.leftOut);
  if (leftOut) parts.push(`left out: ${leftOut}`);
  if (counts.notInCikList > 0) parts.push(`${counts.notInCikList.toLocaleString("en-US")} not in the CIK list`);
  return `Companies: ${parts.join("; ")}; ${counts.listed.toLocaleString("en-US")} listed.`;
}

export function asTable(report: ScreenReport): string {
  const columns = screenColumns(report).filter((c) => c.inTable);
  const right = (c: Column) => c.kind === "number";
  const cells = [columns.map((c) => c.short ?? c.title), ...report.companies.map((company) => columns.map((c) => (c.key === "company" ? clip(c.text(company), NAME_WIDTH) : c.text(company))))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  const line = (values: string[]) => values.map((v, i) => (right(columns[i]) ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join("  ").trimEnd();
  const out = [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line), "", countsLine(report)];
  if (report.skipped.length > 0) out.push("--json lists each skipped company with the reason.");
  out.push("", "Notes:", ...report.notes.map((n) => `- ${n}`));
  return out.join("\n") + "\n";
}

export function asCsv(report: ScreenReport): string {
  const columns = screenColumns(report).filter((c) => c.inData);
  const rows = report.companies.map((company) => columns.map((c) => csvCell(c.value(company))).join(","));
  return [columns.map((c) => c.key).join(","), ...rows].join("\n") + "\n";
}

export function asJson(report: ScreenReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}
