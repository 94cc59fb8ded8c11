/**
 * The red-flag model, blank and filled with each sample company, evaluated by the formula
 * engine: no formula errors (blank inputs show "needs input"), the master check is TRUE when
 * filled, and every Flags value and status equals the core's own result on the same data,
 * computed here by calling the core directly.
 */
import type { CellValue } from "hyperformula";
import type { CellOutput, RawArg } from "../../src/core/cells/values";
import { invokeFunction } from "../../src/core/framework/invoke";
import { GROUPS } from "../../src/core/framework/definition";
import { findFunction, REGISTRY } from "../../src/core/registry";
import type { Financials } from "../../src/model/financials";
import { cell, columnLetter, parseCell } from "../../src/templates/cellRefs";
import { NEEDS_INPUT } from "../../src/templates/formulas";
import type { WorkbookPlan } from "../../src/templates/plan";
import { FLAG_COLUMNS } from "../../src/templates/redFlag/flagsSheet";
import { buildRedFlagModel } from "../../src/templates/redFlagModel";
import { restated, stretch } from "../../bench/lib/financials";
import { expectSameAsCore } from "../engine/helpers";
import { analyseFinancials } from "../../src/analysis";
import { hardwareShare } from "../../src/analysis/hardwareShare";
import { valuesOf } from "../../src/model/financials";
import type { LineItemId } from "../../src/model/lineItems";
import { yearSpans } from "../../src/templates/company";
import { lastYears, latest as latestOf, numbersFrom, SAMPLES, tickerOf } from "./companies";
import { enter, errorCells, load, rowOf, sheetOf } from "./helpers";

/** The server book lives the filings disclose (SOURCES.md) and the economic life the template assumes. */
const BOOK_LIFE: Record<string, number> = { MSFT: 6, GOOGL: 6, AMZN: 6, META: 5.5 };
const ECONOMIC_LIFE = 3;

const flags = REGISTRY.filter((d) => d.kind !== "utility");

function defaultOf(id: string, param: string): number {
  const p = findFunction(id)?.params.find((x) => x.name === param);
  if (typeof p?.defaultValue !== "number") throw new Error(`${id}.${param} has no default`);
  return p.defaultValue;
}

/** What each flag should compute on a company's data, straight from its figures and the analysis's hardware share: args, or needs input. */
function expectedArgs(c: Financials): Record<string, RawArg[] | null> {
  const { statementStart, vintageStart } = yearSpans(c);
  const statements = (item: "revenue" | "cost_of_revenue") => [numbersFrom(c, item, statementStart)];
  const guidance = c.disclosures.capexGuidance;
  const book = BOOK_LIFE[tickerOf(c)];
  const share = hardwareShare(c, book).value;
  const hardware = [numbersFrom(c, "capex", vintageStart).map((x) => x * share)];
  const leases = valuesOf(c, "finance_lease_principal")?.at(-1) ?? null;
  const commitments = guidance?.revisions.map((r) => r.commitment);
  return {
    GROSSMARGINGAP: [statements("revenue"), statements("cost_of_revenue"), defaultOf("GROSSMARGINGAP", "growth_threshold"), defaultOf("GROSSMARGINGAP", "tolerance")],
    // Commitments are passed when given at every announcement (Alphabet's are).
    CAPEXCREEP: guidance ? [[guidance.revisions.map((r) => r.guidance)], ...(commitments?.every((x) => x !== null) ? [[commitments]] : [])] : null,
    SOVEREIGN: null,
    ENERGYRISK: null,
    DEPCLIFF: [hardware, book, ECONOMIC_LIFE, latestOf(c, "operating_income")],
    DEPGAP: [hardware, book, ECONOMIC_LIFE, latestOf(c, "operating_income")],
    FCFCONV: [latestOf(c, "operating_cash_flow"), latestOf(c, "capex"), latestOf(c, "net_income"), leases],
    REVENUEGAP: null,
    INFERENCECOST: null,
    TALENTLOAD: null,
    RUNWAY: null,
    CAPRESTATE: null,
    BONUSDEP: null,
    // The samples carry no balance sheet: the returns and forensic scores wait for it.
    ROIC: null,
    INCROIC: null,
    USEFULLIFE: null,
    BENEISH: null,
    ALTMANZ: null,
    ACCRUALS: null,
  };
}

/**
 * What a flag this file does not work out by hand (one registered later) should show: the
 * analysis of the same figures, which reads each parameter from the line item the analysis maps
 * it to, as the template does. Null when the analysis needs input the figures lack.
 */
function analysedResult(c: Financials, id: string): { value: CellOutput; status?: CellOutput } | null {
  const flag = analyseFinancials(c, { assumptions: { economic_life: ECONOMIC_LIFE } }).flags.find((f) => f.id === id);
  if (!flag) throw new Error(`the analysis does not cover ${id}`);
  return flag.state === "computed" ? { value: flag.value, ...(flag.status !== undefined ? { status: flag.status } : {}) } : null;
}

/** The core's value and status on the arguments worked out here, or the analysis's for a flag not worked out here. */
function expectedResult(c: Financials, id: string, table: Record<string, RawArg[] | null>): { value: CellOutput; status?: CellOutput } | null {
  if (!(id in table)) return analysedResult(c, id);
  const args = table[id];
  if (args === null) return null;
  return { value: coreResult(id, args, "value"), ...(findFunction(id)?.hasStatus ? { status: coreResult(id, args, "status") } : {}) };
}

function coreResult(id: string, args: RawArg[], output: "value" | "status"): CellOutput {
  const def = findFunction(id);
  if (!def) throw new Error(id);
  const full = [...args];
  while (full.length < def.params.length - 1) full.push(null);
  return invokeFunction(def, output === "value" ? full : [...full, output])[0][0];
}

/** Column letter of a header on a sheet's header row (the row whose column A reads `first`); the header may go on with its units. */
function columnOf(plan: WorkbookPlan, key: string, first: string, header: string): string {
  const headerRow = rowOf(plan, key, first);
  const found = sheetOf(plan, key).cells.find((c) => parseCell(c.ref).row === headerRow && typeof c.value === "string" && (c.value === header || c.value.startsWith(`${header} (`)));
  if (!found) throw new Error(`no column ${header} on ${key}`);
  return found.ref.replace(/\d+$/, "");
}

const flagRow = (plan: WorkbookPlan, id: string) => rowOf(plan, "flags", new RegExp(`\\(AIFLAG\\.${id}\\)$`));

const cases: Array<[string, Financials | null]> = [["blank", null], ...SAMPLES.map((c): [string, Financials] => [tickerOf(c), c])];

describe.each(cases)("red-flag model, %s", (_label, company) => {
  const plan = buildRedFlagModel(company);
  const loaded = load(plan);
  const valueCol = columnOf(plan, "flags", "Flag", "Value");
  const statusCol = columnOf(plan, "flags", "Flag", "Status");

  test("has Inputs, Flags and Checks, and opens on Flags", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Inputs", "Flags", "Checks"]);
    expect(plan.activate).toBe("flags");
  });

  test("every formula evaluates without an error", () => {
    expect(errorCells(loaded)).toEqual([]);
  });

  test("one row per flag of the catalogue, under a heading row per group", () => {
    for (const def of flags) expect(flagRow(plan, def.id)).toBeGreaterThan(0);
    // The table runs from under its header to the score row: one row per flag and per group.
    const groups = new Set(flags.map((d) => d.group));
    expect(rowOf(plan, "flags", /^Score of the flags/) - rowOf(plan, "flags", "Flag") - 1).toBe(flags.length + groups.size);
    for (const g of GROUPS.filter((x) => groups.has(x.id))) expect(rowOf(plan, "flags", g.title)).toBeGreaterThan(rowOf(plan, "flags", "Flag"));
    expect(rowOf(plan, "flags", "Forensic scores")).toBe(flagRow(plan, "BENEISH") - 1);
  });

  test(`the master check is ${company ? "TRUE" : "FALSE (no data yet)"}`, () => {
    expect(loaded.value("checks", "B4")).toBe(company !== null);
    expect(loaded.value("flags", "B4")).toBe(company !== null);
  });

  test.each(flags.map((d) => d.id))("%s: value and status equal the core's", (id) => {
    const r = flagRow(plan, id);
    const want = company ? expectedResult(company, id, expectedArgs(company)) : null;
    const value = loaded.value("flags", `${valueCol}${r}`);
    const status = loaded.value("flags", `${statusCol}${r}`);
    if (want === null) {
      expect(value).toBe(NEEDS_INPUT);
      expect(status === null || status === "").toBe(true);
      return;
    }
    expectSameAsCore(value, want.value);
    if (findFunction(id)?.hasStatus) expectSameAsCore(status, want.status!);
  });

  test("the score is AIFLAG.SCORE of the statuses present", () => {
    const scoreRow = rowOf(plan, "flags", /^Score of the flags/);
    const statuses: CellValue[] = flags.map((d) => loaded.value("flags", `${statusCol}${flagRow(plan, d.id)}`));
    const present = statuses.filter((s) => s === "RED" || s === "WATCH" || s === "OK");
    const score = loaded.value("flags", `${valueCol}${scoreRow}`);
    if (present.length === 0) expect(score).toBe(NEEDS_INPUT);
    else expectSameAsCore(score, invokeFunction(findFunction("SCORE")!, [[present as string[]]])[0][0]);
  });

  test("the by-year rows: revenue growth, gross margin and FCFCONV for every year with statements, with the direction", () => {
    const growthRow = rowOf(plan, "flags", "Revenue growth");
    const marginRow = rowOf(plan, "flags", "Gross margin");
    const fcfRow = rowOf(plan, "flags", "FCF conversion (AIFLAG.FCFCONV)");
    const directionRow = rowOf(plan, "flags", "Direction against the year before");
    const fellRow = rowOf(plan, "flags", "Fell in each of the last two years");
    for (let i = 0; i < 3; i++) {
      const col = columnLetter(1 + i);
      if (!company) {
        expect(loaded.value("flags", `${col}${marginRow}`)).toBe(NEEDS_INPUT);
        expect(loaded.value("flags", `${col}${fcfRow}`)).toBe(NEEDS_INPUT);
        continue;
      }
      const k = yearSpans(company).statementStart + i;
      const at = (item: LineItemId) => valuesOf(company, item)?.[k] ?? null;
      if (i > 0) expectSameAsCore(loaded.value("flags", `${col}${growthRow}`), at("revenue")! / valuesOf(company, "revenue")![k - 1]! - 1);
      expectSameAsCore(loaded.value("flags", `${col}${marginRow}`), (at("revenue")! - at("cost_of_revenue")!) / at("revenue")!);
      const fcf = coreResult("FCFCONV", [at("operating_cash_flow"), at("capex"), at("net_income"), at("finance_lease_principal") ?? null], "value");
      expectSameAsCore(loaded.value("flags", `${col}${fcfRow}`), fcf);
    }
    if (!company) {
      expect(loaded.value("flags", `B${fellRow}`)).toBe(NEEDS_INPUT);
      return;
    }
    // The same direction as the analysis reads from the same figures.
    const analysed = analyseFinancials(company, { assumptions: { economic_life: ECONOMIC_LIFE } }).flags.find((f) => f.id === "FCFCONV");
    if (analysed?.state !== "computed" || !analysed.direction) throw new Error("FCFCONV has no direction");
    const steps = analysed.direction.steps.map((st) => (st.change < 0 ? "fell" : st.change > 0 ? "rose" : "unchanged"));
    expect(["C", "D"].map((col) => loaded.value("flags", `${col}${directionRow}`))).toEqual(steps);
    expect(loaded.value("flags", `B${fellRow}`)).toBe(analysed.direction.fellInLastTwo);
  });

  if (company) {
    test("the hardware share in native formulas equals the analysis's calibration; its working is in cells", () => {
      const expected = hardwareShare(company, BOOK_LIFE[tickerOf(company)]);
      const shareRow = rowOf(plan, "inputs", "Hardware share used by the depreciation flags");
      expect(loaded.value("inputs", `B${shareRow}`)).toBeCloseTo(expected.value, 9);
      expect(loaded.value("inputs", `B${rowOf(plan, "inputs", /Modelled FY/)}`)).toBeCloseTo(expected.working!.modelled, 6);
      expect(loaded.value("inputs", `B${rowOf(plan, "inputs", /Reported FY/)}`)).toBe(expected.working!.reported);
      // Hardware capex is a formula in every year: capex x the share used.
      const hardwareRow = rowOf(plan, "inputs", /^Hardware capex/);
      const cells = sheetOf(plan, "inputs").cells.filter((c) => parseCell(c.ref).row === hardwareRow && parseCell(c.ref).col > 0 && c.style !== "note");
      expect(cells).toHaveLength(company.periods.length);
      expect(cells.every((c) => c.formula !== undefined)).toBe(true);
    });

    test("the economic-life sensitivity equals the analysis at each life", () => {
      const analysis = analyseFinancials(company, { assumptions: { economic_life: ECONOMIC_LIFE } }).flags;
      for (const id of ["DEPCLIFF", "DEPGAP"]) {
        const flag = analysis.find((f) => f.id === id);
        if (flag?.state !== "computed" || !flag.sensitivity) throw new Error(`${id} has no sensitivity`);
        const r = rowOf(plan, "flags", new RegExp(`\\(AIFLAG\\.${id}\\)$`), 2);
        const n = flag.sensitivity.points.length;
        flag.sensitivity.points.forEach((p, j) => {
          expectSameAsCore(loaded.value("flags", cell(2 + j, r)), p.value);
          expectSameAsCore(loaded.value("flags", cell(2 + n + j, r)), p.status!);
        });
      }
    });
  }

  test("the charts read rows of the Flags sheet that hold a header and data", () => {
    const sheet = sheetOf(plan, "flags");
    expect(sheet.charts).toHaveLength(2);
    for (const chart of sheet.charts ?? []) {
      const [from, to] = chart.dataRange.split(":").map(parseCell);
      expect(sheet.cells.some((c) => c.ref === cell(from.col, from.row))).toBe(true);
      expect(to.row).toBeGreaterThan(from.row);
    }
  });
});

/** Estimates an analyst might type for Microsoft FY2025 (USD millions): test inputs, not data. */
const ESTIMATES: Record<string, number> = {
  "Inference cost (AI model usage)": 20000,
  "Sovereign / government AI revenue": 30000,
  "Cash collected on sovereign revenue": 18000,
  "Energy cost (data-centre power)": 8000,
  "Share of power under PPAs (0 to 1)": 0.6,
  "Research payroll (incl. stock compensation)": 40000,
  "AI chip spend (annual run-rate)": 50000,
  "AI revenue": 30000,
  "Cash and short-term investments": 80000,
  "Net cash burn (per year)": 10000,
  "Capitalised AI development costs": 12000,
  "Amortisation of capitalised development costs": 4000,
};
const ASSUMED: Record<string, number> = {
  "Power price change to test (ENERGYRISK)": 0.5,
  "Tax rate (ROIC, INCROIC, BONUSDEP)": 0.21,
  "Cost of capital (WACC) (ROIC, INCROIC)": 0.09,
  "Share of capex deducted at once (BONUSDEP)": 1,
  "Tax recovery period without bonus, years (BONUSDEP)": 5,
  "Discount rate (BONUSDEP)": 0.08,
};
/** Microsoft's FY2023-FY2025 balance sheet and income lines the samples lack, as an analyst would type them ($M, its 10-K filings). */
const FILINGS: Record<string, readonly [number, number, number]> = {
  "Selling, general and administrative": [30334, 32065, 32877],
  "Income before income taxes": [89311, 107787, 123627],
  "Income tax expense": [16950, 19651, 21795],
  "Marketable securities": [76558, 57228, 64323],
  "Accounts receivable": [48688, 56924, 69905],
  "Total current assets": [184257, 159734, 191131],
  "Property and equipment, gross": [163892, 212012, 298619],
  "Accumulated depreciation": [68251, 76421, 93653],
  "Property and equipment, net": [95641, 135591, 204966],
  "Total assets": [411976, 512163, 619003],
  "Total current liabilities": [104149, 125286, 141218],
  "Short-term debt": [5247, 2249, 2999],
  "Long-term debt": [41990, 42688, 40152],
  "Finance-lease liabilities": [17067, 27145, 46172],
  "Total liabilities": [205753, 243686, 275524],
  "Retained earnings": [118848, 173144, 237731],
  "Stockholders' equity": [206223, 268477, 343479],
  "Depreciation (property and equipment)": [11000, 15200, 22000],
  // The latest year is ESTIMATES' figure.
  "Cash and short-term investments": [34704, 18315, 80000],
};
const GUIDANCE = [80000, 85000, 90000];
const COMMITMENTS = [300000, 310000, 320000];

describe("the model is live: an analyst fills the estimates of the Microsoft model", () => {
  const msft = SAMPLES[0];
  const plan = buildRedFlagModel(msft);
  const loaded = load(plan);
  const latest = columnLetter(msft.periods.length);
  for (const [label, v] of Object.entries(ESTIMATES)) enter(loaded, "inputs", `${latest}${rowOf(plan, "inputs", label)}`, v);
  for (const [label, v] of Object.entries(ASSUMED)) enter(loaded, "inputs", `B${rowOf(plan, "inputs", label)}`, v);
  ["B", "C", "D"].forEach((col, i) => {
    enter(loaded, "inputs", `${col}${rowOf(plan, "inputs", "Capex guidance")}`, GUIDANCE[i]);
    enter(loaded, "inputs", `${col}${rowOf(plan, "inputs", /^Commitments/)}`, COMMITMENTS[i]);
  });
  // The statements fill the last three year columns (the earlier ones hold capex vintages alone).
  const statementStart = msft.periods.length - 3;
  [0, 1, 2].forEach((i) => {
    const col = columnLetter(statementStart + 1 + i);
    for (const [label, v] of Object.entries(FILINGS)) enter(loaded, "inputs", `${col}${rowOf(plan, "inputs", label)}`, v[i]);
  });
  const F = (label: string) => [...FILINGS[label]];
  const years = (item: Parameters<typeof numbersFrom>[1]) => numbersFrom(msft, item, statementStart);
  const capital = [0, 1, 2].map(
    (k) =>
      F("Stockholders' equity")[k] + F("Long-term debt")[k] + F("Short-term debt")[k] + F("Finance-lease liabilities")[k] -
      F("Cash and short-term investments")[k] - F("Marketable securities")[k],
  );
  const y = { revenue: latestOf(msft, "revenue"), capex: latestOf(msft, "capex"), operatingIncome: latestOf(msft, "operating_income") };
  const E = ESTIMATES;
  const args: Record<string, RawArg[]> = {
    ...(expectedArgs(msft) as Record<string, RawArg[]>),
    CAPEXCREEP: [[GUIDANCE], [COMMITMENTS]],
    SOVEREIGN: [E["Sovereign / government AI revenue"], y.revenue, E["Cash collected on sovereign revenue"]],
    ENERGYRISK: [E["Energy cost (data-centre power)"], E["Share of power under PPAs (0 to 1)"], 0.5, y.revenue],
    REVENUEGAP: [E["AI chip spend (annual run-rate)"], E["AI revenue"], defaultOf("REVENUEGAP", "cost_multiplier"), defaultOf("REVENUEGAP", "target_gross_margin")],
    INFERENCECOST: [E["Inference cost (AI model usage)"], y.revenue],
    TALENTLOAD: [E["Research payroll (incl. stock compensation)"], y.revenue],
    RUNWAY: [E["Cash and short-term investments"], E["Net cash burn (per year)"], 1],
    CAPRESTATE: [y.operatingIncome, E["Capitalised AI development costs"], E["Amortisation of capitalised development costs"]],
    BONUSDEP: [y.capex, 0.21, 1, 5, 0.08],
    ROIC: [y.operatingIncome, 0.21, capital[2], 0.09],
    INCROIC: [[years("operating_income")], [capital], 0.21, 0.09],
    USEFULLIFE: [[F("Property and equipment, gross")], [F("Depreciation (property and equipment)")], [F("Accumulated depreciation")]],
    BENEISH: [
      [F("Accounts receivable")],
      [years("revenue")],
      [years("cost_of_revenue")],
      [F("Total current assets")],
      [F("Property and equipment, net")],
      [F("Total assets")],
      [F("Depreciation (property and equipment)")],
      [F("Selling, general and administrative")],
      [F("Total current liabilities")],
      [F("Long-term debt")],
      [years("net_income")],
      [years("operating_cash_flow")],
    ],
    ALTMANZ: [
      F("Total current assets")[2] - F("Total current liabilities")[2],
      F("Retained earnings")[2],
      y.operatingIncome,
      F("Stockholders' equity")[2],
      F("Total liabilities")[2],
      y.revenue,
      F("Total assets")[2],
      "Z''",
    ],
    ACCRUALS: [latestOf(msft, "net_income"), latestOf(msft, "operating_cash_flow"), (F("Total assets")[1] + F("Total assets")[2]) / 2],
  };

  test("no flag needs input any more, and none shows an error", () => {
    expect(errorCells(loaded)).toEqual([]);
    for (const def of flags) expect(loaded.value("flags", `${FLAG_COLUMNS.blanks}${flagRow(plan, def.id)}`)).toBe(0);
  });

  test.each(flags.map((d) => d.id))("%s equals the core on the typed inputs", (id) => {
    const r = flagRow(plan, id);
    // A flag not worked out here reads the sample's own figures (nothing typed above feeds it), as the analysis does.
    const want = expectedResult(msft, id, args);
    if (want === null) throw new Error(`${id} needs inputs the sample lacks: type them above and add its arguments to this table`);
    expectSameAsCore(loaded.value("flags", `${FLAG_COLUMNS.value}${r}`), want.value);
    if (findFunction(id)?.hasStatus) expectSameAsCore(loaded.value("flags", `${FLAG_COLUMNS.status}${r}`), want.status!);
  });

  test("a sovereign share above the revenue fails its check, and the master check with it", () => {
    enter(loaded, "inputs", `${latest}${rowOf(plan, "inputs", "Sovereign / government AI revenue")}`, y.revenue + 1);
    expect(loaded.value("checks", "B4")).toBe(false);
  });
});

describe("the blank model, once the filings are typed in, equals the filled one", () => {
  test.each(SAMPLES.map((c) => [tickerOf(c), c] as const))("%s", (_t, company) => {
    const filled = buildRedFlagModel(company);
    const blank = buildRedFlagModel(null);
    const loaded = load(blank);
    // Copy every constant input of the filled Inputs sheet into the blank one.
    for (const c of sheetOf(filled, "inputs").cells) {
      if (typeof c.value === "number" && (c.style === "input" || c.style === "estimate")) enter(loaded, "inputs", c.ref, c.value);
    }
    const reference = load(filled);
    for (const def of flags) {
      const r = flagRow(filled, def.id);
      expect(loaded.value("flags", `${FLAG_COLUMNS.value}${r}`)).toEqual(reference.value("flags", `${FLAG_COLUMNS.value}${r}`));
    }
  });
});

describe("a company from elsewhere brings its own years and units", () => {
  const msft = SAMPLES[0];

  test("ten years of statements give ten year columns, and the flags still equal the core", () => {
    const company = stretch(lastYears(msft, 3), 10);
    const plan = buildRedFlagModel(company);
    const loaded = load(plan);
    expect(errorCells(loaded)).toEqual([]);
    expect(loaded.value("inputs", "B6")).toBe(2016);
    expect(loaded.value("inputs", "K6")).toBe(2025);
    expect(loaded.value("checks", "B4")).toBe(true);
    for (const id of ["GROSSMARGINGAP", "DEPCLIFF", "FCFCONV"]) {
      expectSameAsCore(loaded.value("flags", `${FLAG_COLUMNS.value}${flagRow(plan, id)}`), coreResult(id, expectedArgs(company)[id]!, "value"));
    }
    expect(loaded.value("flags", `${FLAG_COLUMNS.period}${flagRow(plan, "GROSSMARGINGAP")}`)).toBe("FY2016-FY2025");
  });

  test("figures in US dollars as filed (scale 1) are shown in USD millions, the units in every header", () => {
    const plan = buildRedFlagModel(restated(msft, 1));
    const loaded = load(plan);
    const reference = load(buildRedFlagModel(msft));
    expect(errorCells(loaded)).toEqual([]);
    for (const key of ["inputs", "flags", "checks"]) expect(loaded.value(key, "B3")).toBe("USD millions");
    expect(loaded.value("inputs", "A6")).toBe("Line item (money in USD millions)");
    const revenueRow = rowOf(plan, "inputs", "Revenue");
    expect(["I", "J", "K"].map((col) => loaded.value("inputs", `${col}${revenueRow}`))).toEqual(numbersFrom(msft, "revenue", 7));
    for (const def of flags) expect(loaded.value("flags", `${FLAG_COLUMNS.value}${flagRow(plan, def.id)}`)).toEqual(reference.value("flags", `${FLAG_COLUMNS.value}${flagRow(plan, def.id)}`));
  });

  test("Alphabet's capex guidance comes from its disclosures, in millions", () => {
    const googl = SAMPLES[1];
    const plan = buildRedFlagModel(restated(googl, 1));
    const loaded = load(plan);
    const guidanceRow = rowOf(plan, "inputs", "Capex guidance");
    expect(["B", "C", "D"].map((col) => loaded.value("inputs", `${col}${guidanceRow}`))).toEqual([75000, 85000, 92000]);
  });
});
