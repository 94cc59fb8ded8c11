/**
 * Periods come from each fact's own dates, never from fy/fp; fiscal years carry the company's
 * own label; quarters are labelled within their fiscal year.
 */
import { spanDays } from "../../../src/sources/sec/dates";
import { baseFiscalYear, describeYearEnd } from "../../../src/sources/sec/calendar";
import { readCompanyFacts } from "../../../src/sources/sec";
import { figure, fixtureCompany, fixtureDoc, M, provenanceOf } from "./fixtures";
import { companyFacts, fact } from "./synthetic";

test("a 10-K's three years of income facts, all labelled with the filing's fy, land in three fiscal years", () => {
  const doc = fixtureDoc("MSFT");
  const inTheFy2025TenK = doc.facts["us-gaap"].RevenueFromContractWithCustomerExcludingAssessedTax.units.USD.filter(
    (x) => x.accn === "0000950170-25-100235" && x.start !== undefined && spanDays(x.start, x.end) > 350,
  );
  expect(inTheFy2025TenK.map((x) => [x.fy, x.end, x.val])).toEqual([
    [2025, "2023-06-30", 211_915 * M],
    [2025, "2024-06-30", 245_122 * M],
    [2025, "2025-06-30", 281_724 * M],
  ]);
  const annual = fixtureCompany("MSFT").annual;
  expect(figure(annual, "revenue", "FY2023")).toBe(211_915 * M);
  expect(figure(annual, "revenue", "FY2024")).toBe(245_122 * M);
  expect(figure(annual, "revenue", "FY2025")).toBe(281_724 * M);
});

test("scrambling fy and fp changes no figure and no period", () => {
  const doc = fixtureDoc("NVDA");
  for (const concept of Object.values(doc.facts["us-gaap"])) {
    for (const facts of Object.values(concept.units)) for (const x of facts) [x.fy, x.fp] = [null, "Q3"];
  }
  const scrambled = readCompanyFacts(doc);
  const original = fixtureCompany("NVDA");
  for (const kind of ["annual", "quarterly", "ttm"] as const) {
    expect(scrambled[kind].periods).toEqual(original[kind].periods);
    expect(scrambled[kind].items).toEqual(original[kind].items);
  }
});

test("fiscal years carry the company's own label and their end date", () => {
  const msft = fixtureCompany("MSFT");
  const nvda = fixtureCompany("NVDA");
  expect(msft.annual.periods.at(-1)).toEqual({ label: "FY2025", kind: "annual", fiscalYear: 2025, start: "2024-07-01", end: "2025-06-30" });
  expect(nvda.annual.periods.at(-1)).toEqual({ label: "FY2026", kind: "annual", fiscalYear: 2026, start: "2025-01-27", end: "2026-01-25" });
  expect(msft.company.fiscalYearEnd).toBe("June 30");
  expect(nvda.company.fiscalYearEnd).toBe("last Sunday of January");
  expect(msft.company).toMatchObject({ name: "MICROSOFT CORPORATION", cik: 789019 });
});

test("every fiscal year is 350-380 days long and every quarter 80-100, consecutive within its year", () => {
  for (const company of ["MSFT", "NVDA"] as const) {
    const { annual, quarterly } = fixtureCompany(company);
    for (const p of annual.periods) expect(spanDays(p.start!, p.end!)).toBeGreaterThanOrEqual(350);
    for (const p of annual.periods) expect(spanDays(p.start!, p.end!)).toBeLessThanOrEqual(380);
    for (const p of quarterly.periods) {
      expect(spanDays(p.start!, p.end!)).toBeGreaterThanOrEqual(80);
      expect(spanDays(p.start!, p.end!)).toBeLessThanOrEqual(100);
      expect(p.label).toBe(`Q${p.quarter} FY${p.fiscalYear}`);
    }
  }
  const q = fixtureCompany("NVDA").quarterly.periods.filter((p) => p.fiscalYear === 2026);
  expect(q.map((p) => [p.label, p.start, p.end])).toEqual([
    ["Q1 FY2026", "2025-01-27", "2025-04-27"],
    ["Q2 FY2026", "2025-04-28", "2025-07-27"],
    ["Q3 FY2026", "2025-07-28", "2025-10-26"],
    ["Q4 FY2026", "2025-10-27", "2026-01-25"],
  ]);
});

test("the current year's quarters are labelled before its 10-K exists", () => {
  const q = fixtureCompany("MSFT").quarterly.periods;
  expect(q.slice(-2).map((p) => [p.label, p.start, p.end])).toEqual([
    ["Q1 FY2026", "2025-07-01", "2025-09-30"],
    ["Q2 FY2026", "2025-10-01", "2025-12-31"],
  ]);
  expect(fixtureCompany("MSFT").annual.periods.at(-1)!.label).toBe("FY2025");
});

test("the rule for years ending in the first days of January", () => {
  expect(baseFiscalYear("2026-01-03")).toBe(2025);
  expect(baseFiscalYear("2026-01-07")).toBe(2025);
  expect(baseFiscalYear("2026-01-08")).toBe(2026);
  expect(baseFiscalYear("2025-12-27")).toBe(2025);
  expect(baseFiscalYear("2026-01-25")).toBe(2026);
  expect(baseFiscalYear("2025-06-30")).toBe(2025);
});

test("a 52/53-week retailer ending on 28 December or 3 January is named for the year it mostly covers", () => {
  const doc = companyFacts({
    Revenues: [fact("2023-12-31", "2024-12-28", 100, "10-K", "2025-02-20"), fact("2024-12-29", "2026-01-03", 110, "10-K", "2026-02-20")],
  });
  const { annual, company } = readCompanyFacts(doc);
  expect(annual.periods.map((p) => [p.label, p.end])).toEqual([
    ["FY2024", "2024-12-28"],
    ["FY2025", "2026-01-03"],
  ]);
  expect(company.fiscalYearEnd).toBe("the Saturday nearest the end of December");
});

test("a company that names its year for the year it starts in gets its own label, from its 10-Ks' fy", () => {
  // A retailer whose year ending 1 February 2025 is its fiscal 2024, as its 10-Ks declare.
  const tenK = (start: string, end: string, val: number, filed: string, fy: number) => fact(start, end, val, "10-K", filed, fy);
  const doc = companyFacts({
    Revenues: [tenK("2023-01-29", "2024-02-03", 100, "2024-03-13", 2023), tenK("2024-02-04", "2025-02-01", 106, "2025-03-12", 2024)],
  });
  expect(readCompanyFacts(doc).annual.periods.map((p) => p.label)).toEqual(["FY2023", "FY2024"]);
  // Without fy the date rule alone names them for the calendar year they end in.
  for (const x of doc.facts["us-gaap"].Revenues.units.USD) x.fy = null;
  expect(readCompanyFacts(doc).annual.periods.map((p) => p.label)).toEqual(["FY2024", "FY2025"]);
});

test("how a year ends, in words", () => {
  expect(describeYearEnd(["2023-06-30", "2024-06-30", "2025-06-30"])).toBe("June 30");
  expect(describeYearEnd(["2024-01-28", "2025-01-26", "2026-01-25"])).toBe("last Sunday of January");
  expect(describeYearEnd(["2023-09-30", "2024-09-28", "2025-09-27"])).toBe("last Saturday of September");
  expect(describeYearEnd(["2023-12-31", "2024-06-30"])).toBe("June 30 (latest year)");
});

test("a fact's period start is its own: provenance keeps the fact's dates", () => {
  const p = provenanceOf(fixtureCompany("MSFT").annual, "revenue", "FY2024");
  expect(p).toMatchObject({ start: "2023-07-01", end: "2024-06-30", form: "10-K" });
});
