/** `aiflag report` on the embedded companies: the numbers are the core's, in every format. */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { call1, row } from "../helpers/call";
import { hardwareShare } from "../../src/analysis/hardwareShare";
import type { ReportCell } from "../../src/cli/report/buildReport";
import { valuesOf, type Financials } from "../../src/model/financials";
import type { LineItemId } from "../../src/model/lineItems";
import { EMBEDDED as HYPERSCALERS } from "../../src/sources/embedded";
import { runCli } from "./helpers";

const values = (f: Financials, item: LineItemId) => valuesOf(f, item) as number[];

type JsonCell = ReportCell;

interface JsonReport {
  companies: Array<{
    company: string;
    rows: Array<JsonCell & { flag: string; notes: string[]; byPeriod?: JsonCell[]; sensitivity?: JsonCell[]; direction?: { fellInLastTwo: boolean } }>;
    needs: string[];
    hardwareShare?: { value: number; basis: string };
  }>;
}

/** The latest figure of an item (earlier years may hold capex alone). */
const latestOf = (f: Financials, item: LineItemId) => values(f, item).at(-1)!;
/** Depreciation flags read capex x the hardware share, against operating income (the latest year). */
function depreciationArgs(f: Financials, book: number): [ReturnType<typeof row>, number, number] {
  const share = hardwareShare(f, book).value;
  return [row(...values(f, "capex").map((x) => x * share)), book, latestOf(f, "operating_income")];
}

test("the table lists every sample company with the flags its figures allow", async () => {
  const { code, out } = await runCli(["report"]);
  expect(code).toBe(0);
  for (const c of HYPERSCALERS) expect(out).toContain(c.company.name);
  expect(out.split("\n")[0]).toMatch(/^Company\s+Flag\s+Period\s+Case\s+Value\s+Status\s+Note$/);
  // FCF conversion for every year (after Microsoft's finance-lease principal), the direction on the latest.
  expect(out).toMatch(/Microsoft\s+FCFCONV\s+FY2023\s+0\.81x\s+OK/);
  expect(out).toMatch(/Microsoft\s+FCFCONV\s+FY2025\s+0\.68x\s+WATCH\s+0\.81x \(FY2023\), 0\.83x \(FY2024\), 0\.68x \(FY2025\): rose in FY2024, fell in FY2025$/m);
  expect(out).toMatch(/Microsoft\s+GROSSMARGINGAP\s+FY2023 to FY2025\s+-0\.1 pts\s+OK/);
  // Money with its units; the depreciation flags at three economic lives against the book life.
  expect(out).toMatch(/Alphabet\s+DEPCLIFF\s+FY2016 to FY2025\s+economic life 3 vs book 6\s+\$31\.8B\s+WATCH/);
  expect(out).toMatch(/Alphabet\s+DEPCLIFF\s+FY2016 to FY2025\s+economic life 5 vs book 6\s+\$9\.2B\s+OK\s+.*economic_life = 5 \(sensitivity\)/);
  // The hardware share each company's depreciation flags used, once, with its working.
  expect(out).toContain("  Alphabet: Hardware share 57.5% (calibrated): the mid-year schedule over the 6-year book life");
});

test("JSON values equal the core's own results on the same figures", async () => {
  const { out } = await runCli(["report", "--json"]);
  const report = JSON.parse(out) as JsonReport;
  for (const company of HYPERSCALERS) {
    const rows = report.companies.find((c) => c.company === company.company.name)!.rows;
    const latest = (item: LineItemId) => values(company, item).at(-1)!;
    const fcf = rows.find((r) => r.flag === "FCFCONV")!;
    expect(fcf.period).toBe(`FY${company.periods.at(-1)!.fiscalYear}`);
    const leases = valuesOf(company, "finance_lease_principal")?.at(-1) ?? null;
    expect(fcf.value).toBeCloseTo(call1("FCFCONV", latest("operating_cash_flow"), latest("capex"), latest("net_income"), leases) as number, 12);
    // Every year with statements, each the core's on that year.
    expect(fcf.byPeriod?.map((p) => p.period)).toEqual(["FY2023", "FY2024", "FY2025"]);
    fcf.byPeriod!.forEach((p, i) => {
      const at = (item: LineItemId) => valuesOf(company, item)?.at(i - 3) ?? null;
      expect(p.value).toBeCloseTo(call1("FCFCONV", at("operating_cash_flow"), at("capex"), at("net_income"), at("finance_lease_principal")) as number, 12);
    });
    const gmg = rows.find((r) => r.flag === "GROSSMARGINGAP")!;
    const revenue = row(...values(company, "revenue").slice(-3));
    const cost = row(...values(company, "cost_of_revenue").slice(-3));
    expect(gmg.value).toBeCloseTo(call1("GROSSMARGINGAP", revenue, cost) as number, 12);
    expect(gmg.status).toBe(call1("GROSSMARGINGAP", revenue, cost, null, null, null, "status"));
  }
});

test("the depreciation flags use the disclosed server life and say so", async () => {
  const { out } = await runCli(["report", "--json"]);
  const msft = (JSON.parse(out) as JsonReport).companies.find((c) => c.company === "Microsoft")!;
  const [hardware, , income] = depreciationArgs(HYPERSCALERS[0], 6);
  const cliff = msft.rows.find((r) => r.flag === "DEPCLIFF")!;
  expect(cliff.value).toBeCloseTo(call1("DEPCLIFF", hardware, 6, 3, income) as number, 9);
  expect(cliff).toMatchObject({ unit: "USD millions", valueText: "$34.3B", case: "economic life 3 vs book 6" });
  expect(cliff.notes).toEqual(["book_life = 6 (disclosed)", "economic_life = 3 (default)", "hardware_share = 0.768 (calibrated)"]);
  expect(cliff.sensitivity?.map((p) => [p.case, p.status])).toEqual([
    ["economic life 3 vs book 6", "WATCH"],
    ["economic life 4 vs book 6", "OK"],
    ["economic life 5 vs book 6", "OK"],
  ]);
  cliff.sensitivity!.forEach((p, j) => expect(p.value).toBeCloseTo(call1("DEPCLIFF", hardware, 6, 3 + j, income) as number, 9));
  expect(msft.hardwareShare).toMatchObject({ basis: "calibrated" });
  const withLives = await runCli(["report", "--json", "--book-life", "5", "--economic-life", "2", "--hardware-share", "0.5"]);
  const cliff5 = (JSON.parse(withLives.out) as JsonReport).companies[0].rows.find((r) => r.flag === "DEPCLIFF")!;
  expect(cliff5.value).toBeCloseTo(call1("DEPCLIFF", row(...values(HYPERSCALERS[0], "capex").map((x) => x * 0.5)), 5, 2, income) as number, 9);
  expect(cliff5.notes).toEqual(["book_life = 5 (given)", "economic_life = 2 (given)", "hardware_share = 0.5 (given)"]);
});

test("CSV output has one line per flag result and a header", async () => {
  const { out } = await runCli(["report", "--csv"]);
  const lines = out.trim().split("\n");
  expect(lines[0]).toBe("company,flag,period,case,value,unit,value_text,status,error");
  expect(lines.length).toBeGreaterThan(HYPERSCALERS.length * 3);
  expect(lines.filter((l) => l.startsWith("Microsoft,FCFCONV"))).toEqual([
    expect.stringMatching(/^Microsoft,FCFCONV,FY2023,,0\.80\d+,,0\.81x,OK,$/),
    expect.stringMatching(/^Microsoft,FCFCONV,FY2024,,0\.82\d+,,0\.83x,OK,$/),
    expect.stringMatching(/^Microsoft,FCFCONV,FY2025,,0\.68\d+,,0\.68x,WATCH,$/),
  ]);
  expect(lines.find((l) => l.startsWith("Microsoft,DEPCLIFF"))).toMatch(/^Microsoft,DEPCLIFF,FY2016 to FY2025,economic life 3 vs book 6,34276\.\d+,USD millions,\$34\.3B,WATCH,$/);
});

test("bad command lines exit 2 with the usage", async () => {
  expect((await runCli(["frobnicate"])).code).toBe(2);
  const both = await runCli(["report", "--json", "--csv"]);
  expect(both.code).toBe(2);
  expect(both.err).toMatch(/choose --json or --csv/);
  expect((await runCli(["report", "--book-life", "0"])).err).toMatch(/--book-life must be a number of years/);
  expect((await runCli(["report", "--hardware-share", "60%"])).err).toMatch(/--hardware-share must be a share in \(0, 1\], such as 0\.6/);
  expect((await runCli(["report", "--wacc", "9"])).err).toMatch(/--wacc must be a rate as a decimal in \(0, 1\), such as 0\.09 for 9%/);
});

test("the package bin runs: npx aiflag report", () => {
  const root = resolve(__dirname, "../..");
  const out = execFileSync(process.execPath, [resolve(root, "bin/aiflag.js"), "report", "--csv"], { cwd: root, encoding: "utf8" });
  expect(out.split("\n")[0]).toBe("company,flag,period,case,value,unit,value_text,status,error");
}, 30000);

describe("a CSV company", () => {
  const dir = mkdtempSync(join(tmpdir(), "aiflag-report-"));
  const CSV =
    "company,fiscal_year,revenue,cost_of_revenue,gross_profit,operating_income,net_income,operating_cash_flow,capex,book_life,economic_life\n" +
    "Contoso,2024,100,40,60,20,15,30,10,,\nContoso,2025,130,50,80,30,20,35,20,5,2\n";
  writeFileSync(join(dir, "contoso.csv"), CSV);

  test("its own lives are read from its columns; the command line still wins over them", async () => {
    const depcliff = async (...extra: string[]) => {
      const { out } = await runCli(["report", "contoso.csv", "--json", ...extra], dir);
      return (JSON.parse(out) as JsonReport).companies[0].rows.find((r) => r.flag === "DEPCLIFF")!;
    };
    expect((await depcliff()).value).toBeCloseTo(call1("DEPCLIFF", row(10, 20), 5, 2) as number, 9);
    expect((await depcliff("--economic-life", "4")).value).toBeCloseTo(call1("DEPCLIFF", row(10, 20), 5, 4) as number, 9);
  });

  test("--wacc gives ROIC and INCROIC the status the core gives, noted as given; without it they show a value and no status", async () => {
    const withIc = join(dir, "returns.csv");
    writeFileSync(withIc, "company,fiscal_year,operating_income,tax_rate,invested_capital\nContoso,2024,20,0.21,150\nContoso,2025,30,0.21,200\n");
    const rowsOf = async (...extra: string[]) => (JSON.parse((await runCli(["report", "returns.csv", "--json", ...extra], dir)).out) as JsonReport).companies[0].rows;
    const roic = (await rowsOf("--wacc", "0.09")).find((r) => r.flag === "ROIC")!;
    expect(roic.value).toBeCloseTo((30 * (1 - 0.21)) / 200, 12);
    expect(roic.status).toBe(call1("ROIC", 30, 0.21, 200, 0.09, "status"));
    expect(roic.notes).toContain("wacc = 0.09 (given)");
    const incroic = (await rowsOf("--wacc", "0.09")).find((r) => r.flag === "INCROIC")!;
    expect(incroic.status).toBe(call1("INCROIC", row(20, 30), row(150, 200), 0.21, 0.09, "status"));
    const plain = (await rowsOf()).find((r) => r.flag === "ROIC")!;
    expect(plain.value).toBe(roic.value);
    expect(plain.status).not.toMatch(/^(RED|WATCH|OK)$/);
  });

  test("a life read from its figures is noted with the row it came from", async () => {
    const { out } = await runCli(["report", "contoso.csv"], dir);
    expect(out).toMatch(/Contoso\s+DEPCLIFF\s+.*book_life = 5 \(from contoso\.csv row 3\); economic_life = 2 \(from contoso\.csv row 3\)/);
  });

  test("--xlsx writes its red-flag model from its figures", async () => {
    const { code, err } = await runCli(["report", "contoso.csv", "--xlsx", "contoso.xlsx"], dir);
    expect([code, err]).toEqual([0, "Wrote contoso.xlsx: the red-flag model for Contoso.\n"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "contoso.xlsx"));
    const inputs = wb.getWorksheet("Inputs")!;
    expect([inputs.getCell("B6").value, inputs.getCell("C6").value, inputs.getCell("B3").value]).toEqual([2024, 2025, "USD millions"]);
    expect(inputs.getCell("A2").value).toBe("Source: contoso.csv");
  }, 30000);
});

