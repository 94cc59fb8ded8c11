/** `--xlsx`: the red-flag model with formulas and cached values, readable by Excel before the add-in loads. */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileFormula } from "../../src/cli/output/planToExcelJs";
import { valuesOf } from "../../src/model/financials";
import { EMBEDDED } from "../../src/sources/embedded";
import { call1 } from "../helpers/call";
import { runCli } from "./helpers";

test("AIFLAG calls are stored as Excel stores JavaScript custom functions", () => {
  expect(fileFormula('=IF(D8>0,"needs input",AIFLAG.FCFCONV(A1:C1,A2,A3))')).toBe('IF(D8>0,"needs input",_xldudf_AIFLAG_FCFCONV(A1:C1,A2,A3))');
  expect(fileFormula("=SUM(A1:A3)")).toBe("SUM(A1:A3)");
});

test("the Microsoft model carries the core's FCF conversion as the cached result", async () => {
  const dir = mkdtempSync(join(tmpdir(), "aiflag-xlsx-"));
  const { code } = await runCli(["report", "--xlsx", "msft.xlsx", "--company", "Microsoft"], dir);
  expect(code).toBe(0);
  expect(readdirSync(dir)).toEqual(["msft.xlsx"]); // no temporary file left behind

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "msft.xlsx"));
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Inputs", "Flags", "Checks"]);

  const formulas: Array<{ formula: string; result: unknown }> = [];
  wb.getWorksheet("Flags")!.eachRow((r) =>
    r.eachCell((c) => {
      if (c.formula) formulas.push({ formula: c.formula, result: c.result });
    }),
  );
  const fcf = formulas.find((f) => f.formula.includes("_xldudf_AIFLAG_FCFCONV(") && !f.formula.includes('"status"') && !f.formula.startsWith("FORMULATEXT"));
  expect(fcf).toBeDefined();
  const latest = (item: "operating_cash_flow" | "capex" | "net_income" | "finance_lease_principal") => valuesOf(EMBEDDED[0], item)!.at(-1)!;
  const args = [latest("operating_cash_flow"), latest("capex"), latest("net_income"), latest("finance_lease_principal")];
  expect(fcf!.result as number).toBeCloseTo(call1("FCFCONV", ...args) as number, 9);
  expect(formulas.some((f) => /AIFLAG\.[A-Z]/.test(f.formula) && !f.formula.includes("FORMULATEXT"))).toBe(false);

  // The master check is a formula whose cached result is TRUE.
  let master: unknown;
  wb.getWorksheet("Checks")!.eachRow((r) => r.eachCell((c) => (c.formula?.startsWith("AND(") && master === undefined ? (master = c.result) : undefined)));
  expect(master).toBe(true);
}, 30000);
