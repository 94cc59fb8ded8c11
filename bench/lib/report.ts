/** What each section returns, the aligned table, and bench/results.json. */
import { cpus, totalmem, freemem, loadavg, platform, release, arch } from "node:os";
import { writeFileSync } from "node:fs";

export interface Figure {
  metric: string;
  value: number | string;
  unit: string;
  /** How it was measured, in a few words (shape, reps, spread). */
  detail?: string;
}

export interface BudgetCheck {
  metric: string;
  /** The budget, as docs/performance.md states it. */
  limit: string;
  measured: string;
  /** null: not checked (smoke run, or the section is not available yet). */
  pass: boolean | null;
}

export interface SectionResult {
  id: string;
  title: string;
  /** False when the parts it measures do not exist yet: `reason` says what is missing. */
  available: boolean;
  reason?: string;
  figures: Figure[];
  budgets: BudgetCheck[];
  notes: string[];
  seconds: number;
}

export interface Mode {
  smoke: boolean;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  /** 1-minute load average when the run started and when it ended (other processes share the machine). */
  loadAverage1mAtStart: number;
  loadAverage1m: number;
  os: string;
  node: string;
  v8: string;
  gcExposed: boolean;
}

export function loadNow(): number {
  return Math.round(loadavg()[0] * 100) / 100;
}

export function machine(gcExposed: boolean, loadAtStart: number): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? "unknown",
    cores: c.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    loadAverage1mAtStart: loadAtStart,
    loadAverage1m: loadNow(),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    v8: process.versions.v8,
    gcExposed,
  };
}

export interface Results {
  suite: "aiflag-bench";
  mode: "full" | "smoke";
  date: string;
  machine: Machine;
  sections: SectionResult[];
  budgetsMet: boolean | null;
}

function verdict(pass: boolean | null): string {
  return pass === null ? "-" : pass ? "pass" : "MISSED";
}

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join("  ").trimEnd()).join("\n");
}

/** The figures as one aligned table, then the budgets as another. */
export function table(results: Results): string {
  const figures: string[][] = [["section", "metric", "value", "unit", "how"]];
  const budgets: string[][] = [["section", "budget", "limit", "measured", "verdict"]];
  for (const s of results.sections) {
    if (!s.available) {
      figures.push([s.id, "(not available yet)", "-", "", s.reason ?? ""]);
      continue;
    }
    for (const f of s.figures) figures.push([s.id, f.metric, typeof f.value === "number" ? String(f.value) : f.value, f.unit, f.detail ?? ""]);
    for (const b of s.budgets) budgets.push([s.id, b.metric, b.limit, b.measured, verdict(b.pass)]);
  }
  const m = results.machine;
  const head =
    `AIFLAG bench (${results.mode}) ${results.date}\n` +
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, load ${m.loadAverage1mAtStart} at start, ${m.loadAverage1m} at end; node ${m.node}${m.gcExposed ? "" : " (no --expose-gc)"}`;
  return `${head}\n\n${pad(figures)}\n\n${pad(budgets)}\n`;
}

export function writeResults(path: string, results: Results): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
