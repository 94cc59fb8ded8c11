/**
 * Section 3, template insertion: each template written through the Office.js writer
 * (src/host/officeWriter.ts `writePlan`, as the taskpane's host calls it) into a recording fake
 * of `Excel.RequestContext` (bench/lib/recordingContext.ts), filled with the sample data (1x)
 * and with ten times the data (10x):
 *
 *   red-flag model       Microsoft, 10 fiscal years (capex; statements 3)  vs 30 years (3x)
 *   depreciation cliff   Microsoft, 10 capex vintages                      vs 30 vintages (3x)
 *   hyperscaler comp.    the 4 sample companies                            vs 40 companies (10x)
 *
 * (the larger data is synthetic, bench/lib/financials.ts: the real years repeated backwards with a
 * 10% a year decline). Thirty years is more history than any SEC filer has (XBRL began in 2009);
 * the schedule grows with the square of the vintages, so a hundred would only measure a refusal.
 * Figures: syncs, the size of each request, planned cells, and the writer's own estimate.
 * Budgets: syncs constant and <= 3, bytes linear in the plan's cells (bytes per cell at 10x at
 * most 1.25x that at 1x), every request < 5 MB.
 */
import { performance } from "node:perf_hooks";
import { writePlan } from "../src/host/officeWriter";
import { EMBEDDED } from "../src/sources/embedded";
import { buildDepreciationCliff } from "../src/templates/depreciationCliff";
import { buildHyperscalerComparison } from "../src/templates/hyperscalerComparison";
import type { WorkbookPlan } from "../src/templates/plan";
import { buildRedFlagModel } from "../src/templates/redFlagModel";
import { resolvePlan } from "../src/templates/resolve";
import { manyCompanies, stretch } from "./lib/financials";
import { RecordingContext } from "./lib/recordingContext";
import type { BudgetCheck, Figure, Mode, SectionResult } from "./lib/report";
import { grouped, round, sig } from "./lib/stats";

export const MAX_SYNCS = 3;
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** "Linear": bytes per planned cell at 10x may not exceed this multiple of the 1x figure. */
export const LINEARITY_SLACK = 1.25;

interface Case {
  template: string;
  /** How many times the sample the larger data is (smoke runs use 2). */
  big: number;
  build(scale: number): WorkbookPlan;
}

const msft = EMBEDDED[0];

const CASES: readonly Case[] = [
  { template: "red-flag model", big: 3, build: (k) => buildRedFlagModel(k === 1 ? msft : stretch(msft, msft.periods.length * k)) },
  { template: "depreciation cliff", big: 3, build: (k) => buildDepreciationCliff(k === 1 ? msft : stretch(msft, msft.periods.length * k)) },
  { template: "hyperscaler comparison", big: 10, build: (k) => buildHyperscalerComparison(k === 1 ? EMBEDDED : manyCompanies(EMBEDDED, EMBEDDED.length * k)) },
];

interface Measured {
  /** The three members with the most bytes, with their share: "formulas 55%, numberFormat 30%, ...". */
  makeup: string;
  syncs: number;
  requestBytes: number[];
  ops: number;
  cells: number;
  estimate: number;
  ms: number;
}

async function insert(plan: WorkbookPlan): Promise<Measured> {
  const rec = new RecordingContext(["Sheet1", plan.sheets[0]?.name ?? "Inputs"]);
  const t0 = performance.now();
  const report = await writePlan(rec.context as Excel.RequestContext, plan, resolvePlan);
  const ms = performance.now() - t0;
  const by: Record<string, number> = {};
  for (const sync of rec.syncs) for (const [k, v] of Object.entries(sync.bytesByMember)) by[k] = (by[k] ?? 0) + v;
  const total = Object.values(by).reduce((a, b) => a + b, 0);
  const makeup = Object.entries(by)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k, v]) => `${k} ${Math.round((100 * v) / total)}%`)
    .join(", ");
  return {
    makeup,
    syncs: rec.syncs.length,
    requestBytes: rec.syncs.map((s) => s.bytes),
    ops: rec.totalOps,
    cells: plan.sheets.reduce((n, s) => n + s.cells.length, 0),
    estimate: report.requestBytes,
    ms,
  };
}

const kb = (b: number) => `${sig(b / 1024)} KB`;

export async function runTemplates(mode: Mode): Promise<SectionResult> {
  const t0 = Date.now();
  const figures: Figure[] = [];
  const budgets: BudgetCheck[] = [];
  const notes: string[] = [];
  for (const c of CASES) {
    const big = mode.smoke ? 2 : c.big;
    const one = await insert(c.build(1));
    const many = await insert(c.build(big));
    for (const [label, m] of [["1x", one], [`${big}x`, many]] as const) {
      figures.push({
        metric: `${c.template} ${label}: syncs`,
        value: m.syncs,
        unit: "syncs",
        detail: `requests ${m.requestBytes.map((b) => kb(b)).join(" + ")}; ${grouped(m.ops)} operations; ${grouped(m.cells)} planned cells`,
      });
      figures.push({
        metric: `${c.template} ${label}: largest request`,
        value: round(Math.max(...m.requestBytes) / 1024),
        unit: "KB",
        detail: `made of ${m.makeup}; writer's estimate ${kb(m.estimate)}; plan + queue ${sig(m.ms)} ms`,
      });
    }
    const bytesOne = one.requestBytes.reduce((a, b) => a + b, 0);
    const bytesMany = many.requestBytes.reduce((a, b) => a + b, 0);
    const perCell = (bytesMany / many.cells) / (bytesOne / one.cells);
    figures.push({
      metric: `${c.template}: growth ${big}x data`,
      value: round(bytesMany / bytesOne),
      unit: "x bytes",
      detail: `cells x${sig(many.cells / one.cells)}; bytes per cell ${sig(bytesOne / one.cells)} -> ${sig(bytesMany / many.cells)}`,
    });
    const largest = Math.max(...one.requestBytes, ...many.requestBytes);
    const check = (pass: boolean) => (mode.smoke ? null : pass);
    budgets.push({
      metric: `${c.template}: syncs constant, <= ${MAX_SYNCS}`,
      limit: `<= ${MAX_SYNCS}, same at 1x and ${big}x`,
      measured: `${one.syncs} and ${many.syncs}`,
      pass: check(one.syncs === many.syncs && many.syncs <= MAX_SYNCS),
    });
    budgets.push({
      metric: `${c.template}: bytes linear in cells`,
      limit: `bytes/cell at ${big}x <= ${LINEARITY_SLACK} x 1x`,
      measured: `${sig(perCell)} x`,
      pass: check(perCell <= LINEARITY_SLACK),
    });
    budgets.push({
      metric: `${c.template}: every request < 5 MB`,
      limit: "< 5 MB",
      measured: kb(largest),
      pass: check(largest < REQUEST_LIMIT),
    });
    // The writer refuses plans its estimate puts over 2 MB: the estimate must not undercount the recording.
    if (many.estimate < Math.max(...many.requestBytes)) {
      notes.push(`${c.template}: the writer's estimate (${kb(many.estimate)}) is below the recorded request (${kb(Math.max(...many.requestBytes))})`);
    }
  }
  notes.push(
    "Request bytes: UTF-8 JSON of the operations each sync sends ({op, path, value|args}), a proxy for Office.js's request; " +
      "the writer's own estimate adds 256 bytes of envelope per call. The depreciation schedule is a vintage-by-year grid: " +
      "its cells, and so its bytes, grow with the square of the vintages; bytes per cell stay flat.",
  );
  return { id: "templates", title: "Template insertion", available: true, figures, budgets, notes, seconds: (Date.now() - t0) / 1000 };
}
