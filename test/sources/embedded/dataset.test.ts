/**
 * The embedded source (src/sources/embedded) against the reference CSVs it was copied from. The
 * project never reads ../shared at build or run time; this test does, when the folder is there,
 * so a typo in the copy cannot go unnoticed. Without the folder it says plainly that it skips.
 *
 * Deliberate differences and additions, each with its source (DIFFERENCES below):
 * - capex FY2016-FY2022 for every company (the CSV starts in FY2023): each company's Form 10-K of
 *   those years; Microsoft's are also checked here against SEC's companyfacts fixture;
 * - Microsoft depreciation of property and equipment FY2023-FY2025 (11,000 / 15,200 / 22,000,
 *   us-gaap:Depreciation, the PP&E note rounded to $0.1B) and finance-lease principal payments
 *   (1,056 / 1,286 / 2,283, us-gaap:FinanceLeasePrincipalPayments), checked against the fixture;
 *   the CSV's Microsoft "depreciation" column is its D&A add-back, kept as depreciation_amortization;
 * - Alphabet FY2025 depreciation 21,136 (us-gaap:Depreciation, 10-K filed February 2026), blank in the CSV;
 * - Alphabet's first 2025 capex guidance carries its commitment, Google Cloud backlog of 93,200 at
 *   4 February 2025 (Q4 2024 earnings call), blank in the CSV.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CAPEX_GUIDANCE } from "../../../src/sources/embedded/capexGuidance";
import { DATASET_YEARS, HYPERSCALERS, STATEMENT_FROM, type EmbeddedCompany } from "../../../src/sources/embedded/hyperscalers";
import { valuesOf } from "../../../src/model/financials";
import { fixtureCompany } from "../sec/fixtures";
import { USEFUL_LIFE_CHANGES, serverBookLife } from "../../../src/sources/embedded/usefulLives";
import { sharedPath } from "../../helpers/shared";
import { skipBecause } from "../../helpers/skip";

const DATA_DIR = sharedPath("data");
const findCompany = (ticker: string) => HYPERSCALERS.find((c) => c.ticker === ticker);

/** The reference's one "depreciation" column is, by the vocabulary, depreciation for Alphabet and D&A for the others. */
const referenceDepreciation = (ticker: string) => (ticker === "GOOGL" ? "depreciation" : "depreciation_amortization");
const present = existsSync(join(DATA_DIR, "hyperscalers-annual.csv"));

/** Figures the embedded data hold where the reference CSVs hold none, keyed "TICKER year item"; each with its source. */
const ADDITIONS: Readonly<Record<string, number>> = {
  "GOOGL 2025 depreciation": 21136, // Alphabet Form 10-K FY2025, filed February 2026
  "MSFT 2023 depreciation": 11000, // Microsoft Form 10-K, PP&E note, rounded to $0.1B
  "MSFT 2024 depreciation": 15200,
  "MSFT 2025 depreciation": 22000,
  "MSFT 2023 finance_lease_principal": 1056, // us-gaap:FinanceLeasePrincipalPayments
  "MSFT 2024 finance_lease_principal": 1286,
  "MSFT 2025 finance_lease_principal": 2283,
};

/** The guidance commitments that differ from capex-guidance.csv, by announcement date. */
const GUIDANCE_ADDITIONS: Readonly<Record<string, number>> = { "2025-02-04": 93200 }; // Google Cloud backlog, Q4 2024 call

/** The reference CSVs hold no quoted fields: a plain split is enough. */
function readCsv(file: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(join(DATA_DIR, file), "utf8").trim().split(/\r?\n/);
  const keys = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ""]));
  });
}

const num = (s: string): number | null => (s.trim() === "" ? null : Number(s));

if (!present) {
  skipBecause(`the dataset cross-check needs ${DATA_DIR}, which is absent on this machine (set AIFLAG_SHARED_DIR to use a copy elsewhere).`);
}

(present ? describe : describe.skip)("embedded data equals ../shared/data", () => {
  test("hyperscalers-annual.csv, row by row, with the additions listed above", () => {
    const rows = readCsv("hyperscalers-annual.csv");
    const embedded = HYPERSCALERS.flatMap((c) => c.years.filter((y) => y.fiscalYear >= STATEMENT_FROM).map((y) => ({ c, y })));
    expect(embedded).toHaveLength(rows.length);
    for (const row of rows) {
      const company = findCompany(row.ticker);
      expect(company?.name).toBe(row.company);
      const y = company?.years.find((x) => x.fiscalYear === Number(row.fiscal_year));
      const dep = referenceDepreciation(row.ticker);
      const expected: Record<string, unknown> = {
        fiscalYear: Number(row.fiscal_year),
        periodEnd: row.period_end,
        revenue: num(row.revenue),
        cost_of_revenue: num(row.cost_of_revenue),
        gross_profit: num(row.gross_profit),
        operating_income: num(row.operating_income),
        net_income: num(row.net_income),
        operating_cash_flow: num(row.operating_cash_flow),
        capex: num(row.capex),
        [dep]: num(row.depreciation),
      };
      for (const [key, value] of Object.entries(ADDITIONS)) {
        const [ticker, year, item] = key.split(" ");
        if (ticker === row.ticker && year === row.fiscal_year) expected[item] = value;
      }
      expect(y).toEqual(expected);
    }
  });

  test("capex-guidance.csv, row by row", () => {
    const rows = readCsv("capex-guidance.csv");
    const embedded = Object.entries(CAPEX_GUIDANCE).flatMap(([ticker, g]) => g.revisions.map((r) => ({ ticker, g, r })));
    expect(embedded).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const { ticker, g, r } = embedded[i];
      expect(ticker).toBe(row.ticker);
      expect(g.guidedFiscalYear).toBe(Number(row.guided_fiscal_year));
      expect(r.announced).toBe(row.announced);
      expect(r.guidance).toBe(Number(row.capex_guidance));
      expect(r.commitment).toBe(GUIDANCE_ADDITIONS[row.announced] ?? num(row.commitment_value));
      if (row.commitment_measure !== "") expect(g.commitmentMeasure).toBe(row.commitment_measure);
    });
  });

  test("SOURCES.md: the useful-life table and the figures quoted in its caveats", () => {
    const text = readFileSync(join(DATA_DIR, "SOURCES.md"), "utf8");
    // A shortening is written "back to N years" in the table, an extension "A -> B".
    for (const c of USEFUL_LIFE_CHANGES) expect(text).toMatch(new RegExp(`${c.fromYears} -> ${c.toYears}|back to ${c.toYears} years`));
    expect(text).toContain("4,596 / 5,341 / 3,499");
    expect(text).toContain("$91,447M");
    expect(text).toContain("June 30");
  });
});

describe("embedded data is consistent with itself", () => {
  test.each(HYPERSCALERS.map((c) => [c.ticker, c] as const))("%s: gross profit = revenue - cost of revenue", (_t, c) => {
    for (const y of c.years.filter((x) => x.fiscalYear >= STATEMENT_FROM)) expect((y.revenue ?? NaN) - (y.cost_of_revenue ?? NaN)).toBe(y.gross_profit);
  });

  test("every company covers the same ten fiscal years, oldest first; before FY2023 capex alone", () => {
    expect(DATASET_YEARS).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const c of HYPERSCALERS) {
      expect(c.years.map((y) => y.fiscalYear)).toEqual(DATASET_YEARS);
      for (const y of c.years.filter((x) => x.fiscalYear < STATEMENT_FROM)) expect(Object.keys(y).sort()).toEqual(["capex", "fiscalYear", "periodEnd"]);
    }
  });

  test("capex FY2016-FY2025 as the 10-Ks report it", () => {
    expect(Object.fromEntries(HYPERSCALERS.map((c) => [c.ticker, c.years.map((y) => y.capex)]))).toEqual({
      MSFT: [8343, 8129, 11632, 13925, 15441, 20622, 23886, 28107, 44477, 64551],
      GOOGL: [10212, 13184, 25139, 23548, 22281, 24640, 31485, 32251, 52535, 91447],
      AMZN: [7804, 11955, 13427, 16861, 40140, 61053, 63645, 52729, 82999, 131819],
      META: [4491, 6733, 13915, 15102, 15115, 18567, 31431, 27045, 37256, 69691],
    });
  });

  test("Microsoft's capex, PP&E depreciation and finance-lease principal equal SEC's companyfacts (the project's fixture)", () => {
    const sec = fixtureCompany("MSFT").annual;
    const msft = findCompany("MSFT")!;
    const secValues = (item: "capex" | "depreciation" | "finance_lease_principal") => {
      const values = valuesOf(sec, item)!;
      return msft.years.map((y) => values[sec.periods.findIndex((p) => p.fiscalYear === y.fiscalYear)] ?? null);
    };
    expect(msft.years.map((y) => y.capex)).toEqual(secValues("capex").map((x) => (x === null ? null : x / 1e6)));
    for (const item of ["depreciation", "finance_lease_principal"] as const) {
      const ours = msft.years.filter((y) => y.fiscalYear >= STATEMENT_FROM).map((y) => y[item]);
      expect(ours).toEqual(secValues(item).slice(-3).map((x) => (x === null ? null : x / 1e6)));
    }
  });

  test("Meta's FY2023 capex is the restated figure, and says what was first reported", () => {
    expect(findCompany("META")?.restated?.["2023 capex"]).toEqual({ original: 27266, note: expect.stringMatching(/first reported/) });
    expect(findCompany("META")?.years.find((y) => y.fiscalYear === 2023)?.capex).toBe(27045);
  });

  test("no depreciation is missing in the years with statements; Amazon and Meta report D&A alone", () => {
    const statementYears = (c: EmbeddedCompany) => c.years.filter((y) => y.fiscalYear >= STATEMENT_FROM);
    const missing = HYPERSCALERS.flatMap((c) =>
      statementYears(c).filter((y) => (y.depreciation ?? y.depreciation_amortization ?? null) === null).map((y) => `${c.ticker} ${y.fiscalYear}`),
    );
    expect(missing).toEqual([]);
    const itemsOf = (c: EmbeddedCompany) => [...new Set(statementYears(c).flatMap((y) => Object.keys(y).filter((k) => k.startsWith("depreciation"))))].sort();
    expect(Object.fromEntries(HYPERSCALERS.map((c) => [c.ticker, itemsOf(c)]))).toEqual({
      MSFT: ["depreciation", "depreciation_amortization"],
      GOOGL: ["depreciation"],
      AMZN: ["depreciation_amortization"],
      META: ["depreciation_amortization"],
    });
  });

  test("every company cites its source and keeps its caveats, the one-off items among them", () => {
    for (const c of HYPERSCALERS) {
      expect(c.source).toMatch(/Form 10-K \/ earnings releases: capex fiscal years 2016-2025, other lines 2023-2025/);
      expect(c.caveats.length).toBeGreaterThan(0);
    }
    expect(findCompany("MSFT")?.source).toMatch(/June 30/);
    expect(findCompany("META")?.caveats.join(" ")).toContain("$15.9B");
    expect(findCompany("GOOGL")?.caveats.join(" ")).toMatch(/gains on equity securities/);
    expect(findCompany("MSFT")?.caveats.join(" ")).toMatch(/\$88\.2B .* 0\.47x/);
  });

  test("server book lives follow the latest change covering most servers", () => {
    expect(serverBookLife("MSFT")?.years).toBe(6);
    expect(serverBookLife("GOOGL")?.years).toBe(6);
    expect(serverBookLife("AMZN")?.years).toBe(6);
    expect(serverBookLife("AMZN")?.basis).toMatch(/subset/);
    expect(serverBookLife("META")?.years).toBe(5.5);
  });
});
