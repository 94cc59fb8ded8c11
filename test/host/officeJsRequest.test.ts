/** @jest-environment jsdom */
/**
 * The Office.js writer against Microsoft's own Excel library (test/host/officeJs.ts): the
 * requests office.js itself builds for each template and for an SEC import (the SEC data sheet
 * and the red-flag model over every fiscal year of Microsoft and NVIDIA), measured, not
 * estimated. Two requests per insertion (the sheet names; everything else); the writer's
 * estimate never undercounts what office.js sends and is not far above it; an SEC import of
 * 15+ years fits far under the budget the writer enforces and Excel on the web's 5 MB.
 */
import { writePlan } from "../../src/host/officeWriter";
import { planOps, requestEstimate, REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from "../../src/host/planOps";
import { styleRuns } from "../../src/host/planWrites";
import { TEMPLATES } from "../../src/templates/catalogue";
import type { WorkbookPlan } from "../../src/templates/plan";
import { resolvePlan } from "../../src/templates/resolve";
import { buildSecImport } from "../../src/templates/secImport";
import { parseRange } from "../../src/core/cells/a1";
import { cellAddress } from "../../src/core/cells/a1";
import { fixtureCompany } from "../sources/sec/fixtures";
import { realExcelContext } from "./officeJs";

const secImports = (["MSFT", "NVDA"] as const).map((t) => ({ name: `SEC import ${t} (${fixtureCompany(t).annual.periods.length} years)`, plan: buildSecImport(fixtureCompany(t).annual) }));
const cases: Array<{ name: string; plan: WorkbookPlan }> = [...TEMPLATES.flatMap((t) => t.fills.map((fill) => ({ name: `${t.id} (${fill})`, plan: t.build(fill) }))), ...secImports];

/** Estimate over real, per case: printed once, for the record. */
const ratios: string[] = [];
afterAll(() => console.log(`[aiflag] request estimate / office.js's own request:\n${ratios.join("\n")}`));

describe.each(cases)("$name", ({ name, plan }) => {
  test("two requests: the sheet names, then one with everything; the estimate bounds office.js's own request, within 25%", async () => {
    const { context, requests } = realExcelContext(["Sheet1", "Inputs"]);
    const report = await writePlan(context, plan, resolvePlan);
    expect(requests).toHaveLength(2);
    const write = requests[1];
    expect(write.bytes).toBeLessThanOrEqual(report.requestBytes);
    expect(report.requestBytes).toBeLessThanOrEqual(1.25 * write.bytes);
    expect(report.requestBytes).toBeLessThan(REQUEST_BUDGET_BYTES);
    ratios.push(`${name}: office.js ${Math.round(write.bytes / 1024)} KB (${write.actions} actions, ${write.paths} object paths); estimate ${Math.round(report.requestBytes / 1024)} KB, ${(report.requestBytes / write.bytes).toFixed(2)}x`);
  });
});

test("an SEC import of 15+ years is a small fraction of the budget and of Excel on the web's 5 MB", async () => {
  for (const { plan } of secImports) {
    const { context, requests } = realExcelContext();
    await writePlan(context, plan, resolvePlan);
    expect(requests[1].bytes).toBeLessThan(REQUEST_BUDGET_BYTES / 2);
    expect(requests[1].bytes).toBeLessThan(REQUEST_LIMIT_BYTES / 5);
  }
});

test("style ranges cover every styled cell exactly once, with its style, and no other cell", () => {
  for (const { plan } of cases) {
    for (const sheet of resolvePlan(plan, []).sheets) {
      const wanted = new Map(sheet.cells.filter((c) => c.style).map((c) => [c.ref, c.style]));
      const seen = new Map<string, string>();
      for (const run of styleRuns(sheet)) {
        const box = parseRange(run.address);
        for (let row = box.top; row <= box.bottom; row++) {
          for (let col = box.left; col <= box.right; col++) {
            const ref = cellAddress({ row, col });
            expect(seen.has(ref)).toBe(false);
            seen.set(ref, run.style);
          }
        }
      }
      expect(seen).toEqual(wanted);
    }
  }
});

test("the estimate is the writer's: requestEstimate of the resolved plan's operations", async () => {
  const { plan } = secImports[0];
  const { context } = realExcelContext(["Sheet1"]);
  const report = await writePlan(context, plan, resolvePlan);
  expect(report.requestBytes).toBe(requestEstimate(planOps(resolvePlan(plan, ["Sheet1"]))).bytes);
});
