/**
 * The embedded source (src/sources/embedded) against the reference CSVs it was copied from. The
 * project never reads ../shared at build or run time; this test does, when the folder is there,
 * so a typo in the copy cannot go unnoticed. Without the folder it says plainly that it skips.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CAPEX_GUIDANCE } from "../../../src/sources/embedded/capexGuidance";
import { DATASET_YEARS, HYPERSCALERS, type EmbeddedCompany } from "../../../src/sources/embedded/hyperscalers";
import { USEFUL_LIFE_CHANGES, serverBookLife } from "../../../src/sources/embedded/usefulLives";
import { sharedPath } from "../../helpers/shared";
import { skipBecause } from "../../helpers/skip";

const DATA_DIR = sharedPath("data");
const findCompany = (ticker: string) => HYPERSCALERS.find((c) => c.ticker === ticker);

/** The reference's one "depreciation" column is, by the vocabulary, depreciation for Alphabet and D&A for the others. */
const depreciationOf = (y: EmbeddedCompany["years"][number]) => ("depreciation" in y ? y.depreciation : y.depreciation_amortization);
const present = existsSync(join(DATA_DIR, "hyperscalers-annual.csv"));

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
  test("hyperscalers-annual.csv, row by row", () => {
    const rows = readCsv("hyperscalers-annual.csv");
    const embedded = HYPERSCALERS.flatMap((c) => c.years.map((y) => ({ c, y })));
    expect(embedded).toHaveLength(rows.length);
    for (const row of rows) {
      const company = findCompany(row.ticker);
      expect(company?.name).toBe(row.company);
      const y = company?.years.find((x) => x.fiscalYear === Number(row.fiscal_year));
      const dep = company?.ticker === "GOOGL" ? "depreciation" : "depreciation_amortization";
      expect(y).toEqual({
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
      });
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
      expect(r.commitment).toBe(num(row.commitment_value));
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
    for (const y of c.years) expect((y.revenue ?? NaN) - (y.cost_of_revenue ?? NaN)).toBe(y.gross_profit);
  });

  test("every company covers the same fiscal years, oldest first", () => {
    for (const c of HYPERSCALERS) expect(c.years.map((y) => y.fiscalYear)).toEqual(DATASET_YEARS);
  });

  test("only Alphabet 2025 depreciation is missing, as the source says", () => {
    const missing = HYPERSCALERS.flatMap((c) => c.years.filter((y) => depreciationOf(y) === null).map((y) => `${c.ticker} ${y.fiscalYear}`));
    expect(missing).toEqual(["GOOGL 2025"]);
  });

  test("Alphabet's line is depreciation of property and equipment; the others' are D&A (the vocabulary's split)", () => {
    const itemOf = (c: EmbeddedCompany) => c.years.map((y) => ("depreciation" in y ? "depreciation" : "depreciation_amortization"));
    expect(Object.fromEntries(HYPERSCALERS.map((c) => [c.ticker, [...new Set(itemOf(c))]]))).toEqual({
      MSFT: ["depreciation_amortization"],
      GOOGL: ["depreciation"],
      AMZN: ["depreciation_amortization"],
      META: ["depreciation_amortization"],
    });
  });

  test("every company cites its source and keeps its caveats", () => {
    for (const c of HYPERSCALERS) {
      expect(c.source).toMatch(/Form 10-K \/ earnings releases, fiscal years 2023-2025/);
      expect(c.caveats.length).toBeGreaterThan(0);
    }
    expect(findCompany("MSFT")?.source).toMatch(/June 30/);
  });

  test("server book lives follow the latest change covering most servers", () => {
    expect(serverBookLife("MSFT")?.years).toBe(6);
    expect(serverBookLife("GOOGL")?.years).toBe(6);
    expect(serverBookLife("AMZN")?.years).toBe(6);
    expect(serverBookLife("AMZN")?.basis).toMatch(/subset/);
    expect(serverBookLife("META")?.years).toBe(5.5);
  });
});
