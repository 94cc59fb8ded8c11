/**
 * The screen computes what the analysis computes: for each company of a zip of the real fixtures,
 * each flag's value and status equal `analyseFinancials(readCompanyFacts(doc).annual)` with the
 * same assumptions, for the same fiscal year; and the trend and SCORE are those of the core.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { analyseFinancials, type ComputedFlag } from "../../../src/analysis";
import { invokeFunction } from "../../../src/core/framework/invoke";
import { findFunction } from "../../../src/core/registry";
import type { Financials } from "../../../src/model/financials";
import type { ScreenReport } from "../../../src/screen/report";
import { readCompanyFacts } from "../../../src/sources/sec";
import { fixtureDoc } from "../../sources/sec/fixtures";
import { runCli } from "../helpers";
import { entryName, MSFT_CIK, NVDA_CIK, realEntries, tempDir, writeZip } from "./archive";

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeZip(dir, "real.zip", realEntries());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function screen(...options: string[]): Promise<ScreenReport> {
  const { code, out, err } = await runCli(["screen", join(dir, "real.zip"), "--json", ...options]);
  expect({ code, err: code === 0 ? "" : err }).toEqual({ code: 0, err: "" });
  return JSON.parse(out) as ScreenReport;
}

/** The figures as they stood at the end of the fiscal year labelled `year` (written here independently of the screen). */
function upTo(f: Financials, year: number): Financials {
  const k = f.periods.findIndex((p) => p.fiscalYear === year);
  expect(k).toBeGreaterThanOrEqual(0);
  const items: Financials["items"] = {};
  for (const [id, s] of Object.entries(f.items)) items[id as keyof Financials["items"]] = { ...s!, values: s!.values.slice(0, k + 1) };
  return { ...f, periods: f.periods.slice(0, k + 1), items };
}

const DOCS = { [MSFT_CIK]: "MSFT", [NVDA_CIK]: "NVDA" } as const;

/** Every flag the analysis computes on the year itself (its period ends with the year's label). */
function expectedFlags(f: Financials, assumptions: Record<string, number>): ComputedFlag[] {
  const label = f.periods[f.periods.length - 1].label;
  return analyseFinancials(f, { assumptions })
    .flags.filter((x): x is ComputedFlag => x.state === "computed")
    .filter((x) => x.period === label || x.period.endsWith(` to ${label}`));
}

function checkAgainstAnalysis(report: ScreenReport, annualOf: (cik: number) => Financials, assumptions: Record<string, number>): void {
  expect(report.companies).toHaveLength(2);
  for (const company of report.companies) {
    const f = annualOf(company.cik);
    const expected = expectedFlags(f, assumptions);
    expect(company.fiscalYearLabel).toBe(f.periods[f.periods.length - 1].label);
    expect(company.flags.map((x) => x.id).sort()).toEqual(expected.map((x) => x.id).sort());
    for (const flag of expected) {
      const got = company.flags.find((x) => x.id === flag.id)!;
      const amount = findFunction(flag.id)!.valueKind === "amount";
      expect(typeof flag.value).toBe("number");
      // Money flags are shown in millions: the same number, scaled.
      expect(got.value).toBe(amount ? (flag.value as number) / 1e6 : flag.value);
      // A status the analysis cannot give (ROIC without a cost of capital: #N/A saying so) is no status here.
      expect(got.status).toBe(typeof flag.status === "string" ? flag.status : null);
      expect(got.period).toBe(flag.period);
    }
    const statuses = expected.flatMap((x) => (typeof x.status === "string" ? [x.status] : []));
    expect(company.scored).toBe(statuses.length);
    expect(company.score).toBe(invokeFunction(findFunction("SCORE")!, [[statuses]])[0][0]);
    const revenue = f.items.revenue!.values[f.periods.length - 1]!.value;
    expect(company.revenueMillions).toBe(revenue / 1e6);
  }
}

test("each flag of each company is what analyseFinancials gives for its latest fiscal year", async () => {
  const report = await screen();
  checkAgainstAnalysis(report, (cik) => readCompanyFacts(fixtureDoc(DOCS[cik as keyof typeof DOCS])).annual, { economic_life: 3 });
  // The fixtures' reference figures: Microsoft FY2025 FCFCONV (71,611 - 2,283 of finance-lease principal) / 101,832 (0.68x, WATCH).
  const msft = report.companies.find((c) => c.cik === MSFT_CIK)!;
  expect(msft.flags.find((x) => x.id === "FCFCONV")).toMatchObject({ value: (71_611 - 2_283) / 101_832, status: "WATCH", period: "FY2025" });
  expect(msft.fiscalYearEnd).toBe("2025-06-30");
});

test("with --book-life the depreciation flags are computed, in USD millions, as the analysis does", async () => {
  const report = await screen("--book-life", "6", "--economic-life", "2.5");
  expect(report.assumptions).toEqual({ economic_life: 2.5, book_life: 6 });
  checkAgainstAnalysis(report, (cik) => readCompanyFacts(fixtureDoc(DOCS[cik as keyof typeof DOCS])).annual, { economic_life: 2.5, book_life: 6 });
  expect(report.companies[0].flags.map((x) => x.id)).toEqual(expect.arrayContaining(["DEPCLIFF", "DEPGAP"]));
  expect(report.notes.join(" ")).toMatch(/book life of 6 years for every company \(--book-life\)/);
});

test("with --wacc ROIC and INCROIC get a status for every company, as the analysis gives it; without, a value and no status", async () => {
  const without = await screen();
  const roicOf = (r: typeof without) => r.companies.find((c) => c.cik === MSFT_CIK)!.flags.find((x) => x.id === "ROIC");
  expect(roicOf(without)).toMatchObject({ status: null });
  expect(typeof roicOf(without)?.value).toBe("number");
  expect(without.notes.join(" ")).toMatch(/ROIC, INCROIC show a value and no status.*Give --wacc RATE/);

  const report = await screen("--wacc", "0.09");
  expect(report.assumptions).toEqual({ economic_life: 3, wacc: 0.09 });
  checkAgainstAnalysis(report, (cik) => readCompanyFacts(fixtureDoc(DOCS[cik as keyof typeof DOCS])).annual, { economic_life: 3, wacc: 0.09 });
  expect(roicOf(report)?.status).toMatch(/^(RED|WATCH|OK)$/);
  expect(report.notes.join(" ")).toMatch(/cost of capital of 9% for every company \(--wacc\)/);
});

test("--fiscal-year screens that year of each company, as the analysis does on the figures up to it", async () => {
  const report = await screen("--fiscal-year", "2023");
  expect(report.fiscalYear).toBe(2023);
  checkAgainstAnalysis(report, (cik) => upTo(readCompanyFacts(fixtureDoc(DOCS[cik as keyof typeof DOCS])).annual, 2023), { economic_life: 3 });
  expect(report.companies.map((c) => c.fiscalYearLabel).sort()).toEqual(["FY2023", "FY2023"]);
});

test("the FCF-conversion trend is FCFCONV of each of the last five years, and says whether it fell twice", async () => {
  const report = await screen();
  for (const company of report.companies) {
    const f = readCompanyFacts(fixtureDoc(DOCS[company.cik as keyof typeof DOCS])).annual;
    const last = f.periods.length - 1;
    expect(company.fcfTrend.years).toEqual(f.periods.slice(last - 4).map((p) => p.label));
    const expected = company.fcfTrend.years.map((_label, i) => {
      const k = last - 4 + i;
      const [ocf, capex, ni] = (["operating_cash_flow", "capex", "net_income"] as const).map((id) => f.items[id]!.values[k]!.value);
      // Finance-lease principal is subtracted where the filings give it (missing is not zero: left out).
      const leases = f.items.finance_lease_principal?.values[k]?.value ?? 0;
      return (ocf - Math.abs(capex) - Math.abs(leases)) / ni;
    });
    company.fcfTrend.values.forEach((x, i) => expect(x).toBeCloseTo(expected[i], 12));
    const [a, b, c] = expected.slice(-3);
    expect(company.fcfTrend.fellTwoYears).toBe(a > b && b > c);
  }
  // NVIDIA FY2024-FY2026: 0.91x, 0.83x, 0.81x: it fell in each of the last two years.
  expect(report.companies.find((c) => c.cik === NVDA_CIK)!.fcfTrend.fellTwoYears).toBe(true);
});

test("a flag whose inputs stop before the year is not counted for it, and says what the year lacks", async () => {
  // Remove Microsoft's FY2025 capex: FCFCONV would read FY2024; the screen lists it as not computed.
  const doc = fixtureDoc("MSFT");
  for (const tag of Object.keys(doc.facts["us-gaap"])) {
    if (!/PaymentsToAcquire/.test(tag)) continue;
    for (const unit of Object.values(doc.facts["us-gaap"][tag].units)) unit.splice(0, unit.length, ...unit.filter((x) => x.end !== "2025-06-30"));
  }
  const path = await writeZip(dir, "nocapex.zip", [{ name: entryName(MSFT_CIK), content: JSON.stringify(doc) }]);
  const { code, out } = await runCli(["screen", path, "--json"]);
  expect(code).toBe(0);
  const company = (JSON.parse(out) as ScreenReport).companies[0];
  expect(company.flags.map((x) => x.id)).not.toContain("FCFCONV");
  expect(company.notComputed.find((g) => g.id === "FCFCONV")).toMatchObject({ missingFiling: ["capital expenditure"] });
  expect(company.missingInputs).toContain("capital expenditure");
  expect(company.fcfTrend.values[4]).toBeNull();
});
