/**
 * Section 5, the SEC companyfacts reader.
 *
 * A 5 MB companyfacts text (budget: parse and normalise with a median <= 150 ms, memory <= 10x the
 * file's size): the trimmed Microsoft fixture (the 41 concepts the reader's table reads, all their
 * real facts) padded with copies of those facts under other concept names, as a real file holds
 * hundreds of concepts the reader never looks at, until it is 5 MB. Where /work/shared holds the
 * complete Microsoft file (4.7 MB), it is measured too.
 *
 * Three variants interleaved: `JSON.parse` alone (the floor: no reader can avoid parsing),
 * `parseCompanyFactsText` + `readCompanyFacts` (what the CLI and a screen run), and
 * `readCompanyFacts` alone on a parsed document. The ratio (parse + read) / JSON.parse says what
 * the normaliser adds over the parse. Memory: the heap after parsing and reading, the document and
 * the result still held, less the heap before (both after a full collection), over the file's
 * size; and the same without the collection after, an upper bound of what the run allocated.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseCompanyFactsText, readAnnualFacts, readCompanyFacts, readYearsAndQuarters, type SecCompany } from "../src/sources/sec";
import { padDocument, readGzipJson } from "./lib/companyfacts";
import type { BudgetCheck, Figure, Mode, SectionResult } from "./lib/report";
import { max, median, min, pairRatios, round, sig } from "./lib/stats";
import { collectGarbage, interleave, keep } from "./lib/timing";

export const SEC_TIME_BUDGET_MS = 150;
export const SEC_MEMORY_BUDGET = 10;

const FIXTURE = resolve(__dirname, "../test/fixtures/sec/MSFT.companyfacts.json.gz");
const FULL_MSFT = "/work/shared/data/companyfacts/MSFT.json.gz";

/** The fixture padded to `bytes` with copies of its concepts under names the reader does not read. */
export function paddedCompanyFacts(bytes: number): string {
  return JSON.stringify(padDocument(readGzipJson(FIXTURE), bytes));
}

function check(company: SecCompany): void {
  const fy2025 = company.annual.periods.findIndex((p) => p.label === "FY2025");
  const capex = company.annual.items.capex?.values[fy2025]?.value;
  if (capex !== 64_551_000_000) throw new Error(`Microsoft FY2025 capex read as ${capex}, expected 64,551,000,000`);
}

function memoryMultiple(text: string, collectAfter: boolean): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const doc = parseCompanyFactsText(text);
  const company = readCompanyFacts(doc);
  if (collectAfter) collectGarbage();
  const after = process.memoryUsage().heapUsed;
  keep([doc, company]);
  return (after - before) / text.length;
}

interface Run {
  label: string;
  bytes: number;
  totalMs: number;
  readMs: number;
  parseMs: number;
  ratio: number;
  spread: string;
  retained: number;
  allocated: number;
}

function measure(label: string, text: string, reps: number, warmup: number): Run {
  const parsed = parseCompanyFactsText(text);
  check(readCompanyFacts(parsed));
  const s = interleave(
    [
      { name: "parse", run: () => JSON.parse(text) },
      { name: "total", run: () => readCompanyFacts(parseCompanyFactsText(text)) },
      { name: "read", run: () => readCompanyFacts(parsed) },
    ],
    { reps, warmup },
  );
  const ratios = pairRatios(s.total, s.parse);
  const retained = median(Array.from({ length: 3 }, () => memoryMultiple(text, true)));
  const allocated = median(Array.from({ length: 3 }, () => memoryMultiple(text, false)));
  return {
    label,
    bytes: text.length,
    totalMs: median(s.total),
    readMs: median(s.read),
    parseMs: median(s.parse),
    ratio: median(ratios),
    spread: `${sig(min(ratios))}-${sig(max(ratios))}`,
    retained,
    allocated,
  };
}

export interface QuartersCost {
  yearsMs: number;
  yearsAndQuartersMs: number;
  /** Median of the per-repetition ratios (years and quarters) / (years alone). */
  ratio: number;
  spread: string;
}

/**
 * What the taskpane's worker adds by reading the quarters too: its normalise step on a parsed
 * document, `readAnnualFacts` (fiscal years alone) against `readYearsAndQuarters` asked for the quarters, interleaved.
 */
export function quartersCost(text: string, reps: number, warmup: number): QuartersCost {
  const parsed = parseCompanyFactsText(text);
  const s = interleave(
    [
      { name: "years", run: () => readAnnualFacts(parsed) },
      { name: "both", run: () => readYearsAndQuarters(parsed, { quarters: true }) },
    ],
    { reps, warmup },
  );
  const ratios = pairRatios(s.both, s.years);
  return { yearsMs: median(s.years), yearsAndQuartersMs: median(s.both), ratio: median(ratios), spread: `${sig(min(ratios))}-${sig(max(ratios))}` };
}

export async function runSecReader(mode: Mode): Promise<SectionResult> {
  const t0 = Date.now();
  const figures: Figure[] = [];
  const budgets: BudgetCheck[] = [];
  const notes: string[] = [];
  const reps = mode.smoke ? 3 : 25;
  const warmup = mode.smoke ? 1 : 5;

  const inputs: Array<[string, string]> = [[mode.smoke ? "fixture, 0.9 MB" : "padded fixture, 5 MB", mode.smoke ? paddedCompanyFacts(0) : paddedCompanyFacts(5 * 1024 * 1024)]];
  if (!mode.smoke && existsSync(FULL_MSFT)) inputs.push(["Microsoft's full file, 4.7 MB", gunzipSync(readFileSync(FULL_MSFT)).toString("utf8")]);
  else if (!mode.smoke) notes.push(`${FULL_MSFT} is absent: only the padded fixture was measured.`);
  if (mode.smoke) notes.push("Smoke: the unpadded 0.9 MB fixture gives the same result as Microsoft's 4.7 MB file, so its memory multiple is several times higher; budgets are not checked.");

  inputs.forEach(([label, text], i) => {
    const r = measure(label, text, reps, warmup);
    const mb = r.bytes / 1048576;
    const how = `median of ${reps} interleaved runs`;
    figures.push({ metric: `${r.label}: parse and read`, value: round(r.totalMs), unit: "ms", detail: `${how}; ${sig(mb / (r.totalMs / 1000))} MB/s` });
    figures.push({ metric: `${r.label}: JSON.parse alone; read alone`, value: `${sig(r.parseMs)}; ${sig(r.readMs)}`, unit: "ms" });
    figures.push({ metric: `${r.label}: (parse and read) / JSON.parse`, value: round(r.ratio), unit: "x", detail: `range ${r.spread}` });
    figures.push({ metric: `${r.label}: heap held (document and result) / file size`, value: round(r.retained), unit: "x", detail: "after a full collection, median of 3" });
    figures.push({ metric: `${r.label}: heap grown during the run / file size`, value: round(r.allocated), unit: "x", detail: "no collection after: an upper bound of the garbage too" });
    if (i === 0) {
      budgets.push({ metric: "companyfacts parse and read, median", limit: `<= ${SEC_TIME_BUDGET_MS} ms (5 MB)`, measured: `${sig(r.totalMs)} ms`, pass: mode.smoke ? null : r.totalMs <= SEC_TIME_BUDGET_MS });
      budgets.push({ metric: "companyfacts memory / file size", limit: `<= ${SEC_MEMORY_BUDGET}x`, measured: `${sig(Math.max(r.retained, r.allocated))}x`, pass: mode.smoke ? null : Math.max(r.retained, r.allocated) <= SEC_MEMORY_BUDGET });
    }
  });
  const q = quartersCost(paddedCompanyFacts(0), reps, warmup);
  figures.push({
    metric: "the pane's normalise step on the 0.9 MB fixture: fiscal years alone; years and quarters",
    value: `${sig(q.yearsMs)}; ${sig(q.yearsAndQuartersMs)}`,
    unit: "ms",
    detail: `(years and quarters) / years alone ${sig(q.ratio)}x, range ${q.spread}; median of ${reps} interleaved runs`,
  });
  return { id: "sec", title: "SEC companyfacts reader", available: true, figures, budgets, notes, seconds: (Date.now() - t0) / 1000 };
}
