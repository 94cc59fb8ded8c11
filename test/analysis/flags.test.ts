import { analyseSelection, type Analysis, type BlockValue, type ComputedFlag, type NeedsInputFlag } from "../../src/analysis";
import { PARAM_SOURCES } from "../../src/analysis/flags/paramSources";
import { inputParams } from "../../src/analysis/flags/sources";
import { invokeFunction } from "../../src/core/framework/invoke";
import { REGISTRY } from "../../src/core/registry";
import { CATALOGUE, flag } from "./helpers/catalogue";
import { ALPHABET_NEWEST_FIRST, GOOGL, META, META_TRANSPOSED, MICROSOFT, MSFT, STARTUP_NO_HEADER } from "./cases/models";

const analyse = (values: BlockValue[][], assumptions = {}) =>
  analyseSelection({ sheet: "Model", address: "B2", values }, { registry: CATALOGUE, assumptions });

function computed(a: Analysis, id: string): ComputedFlag {
  const f = a.flags.find((x) => x.id === id);
  if (f?.state !== "computed") throw new Error(`${id} was not computed: ${f?.state === "needs-input" ? f.message : "absent"}`);
  return f;
}

function needs(a: Analysis, id: string): NeedsInputFlag {
  const f = a.flags.find((x) => x.id === id);
  if (f?.state !== "needs-input") throw new Error(`${id} does not need input`);
  return f;
}

/** The core's own answer on the same numbers, called directly; optional arguments not given are left out, "value" / "status" last. */
function direct(id: string, ...given: Parameters<typeof invokeFunction>[1]) {
  const args = [...given];
  const output = args[args.length - 1] === "value" || args[args.length - 1] === "status" ? [args.pop()!] : [];
  while (args.length < inputParams(flag(id)).length) args.push(null);
  return invokeFunction(flag(id), [...args, ...output])[0][0];
}
const latest = (xs: readonly number[]) => xs[xs.length - 1];

describe("flags computed through the core equal the core's direct results", () => {
  test.each([
    ["Microsoft, labels down", MICROSOFT, MSFT],
    ["Alphabet, newest first with text capex", ALPHABET_NEWEST_FIRST, GOOGL],
    ["Meta, transposed", META_TRANSPOSED, META],
  ])("%s", (_name, block, d) => {
    const a = analyse(block);
    const fcf = computed(a, "FCFCONV");
    expect(fcf.value).toBe(direct("FCFCONV", latest(d.cfo), latest(d.capex), latest(d.netIncome), "value"));
    expect(fcf.status).toBe(direct("FCFCONV", latest(d.cfo), latest(d.capex), latest(d.netIncome), "status"));
    const gm = computed(a, "GROSSMARGINGAP");
    expect(gm.value).toBe(direct("GROSSMARGINGAP", [d.revenue], [d.cost], 0.3, 0, "value"));
    expect(gm.status).toBe(direct("GROSSMARGINGAP", [d.revenue], [d.cost], 0.3, 0, "status"));
  });

  test("Microsoft FY2025 FCF conversion is the issue's worked example: 0.7032, WATCH", () => {
    const fcf = computed(analyse(MICROSOFT), "FCFCONV");
    expect(fcf.value).toBeCloseTo(0.7032, 4);
    expect(fcf.status).toBe("WATCH");
    expect(fcf.period).toBe("FY2025");
    expect(fcf.inputs.map((i) => [i.param, i.label])).toEqual([
      ["operating_cash_flow", "Net cash from operations"],
      ["capex", "Additions to property and equipment"],
      ["net_income", "Net income"],
    ]);
  });

  test("the series flags read every period, oldest first, even from a newest-first filing", () => {
    const gm = computed(analyse(ALPHABET_NEWEST_FIRST), "GROSSMARGINGAP");
    expect(gm.period).toBe("2023 to 2025");
    expect(gm.inputs[0].values).toEqual(GOOGL.revenue);
  });

  test("the start-up model: every estimate flag it can feed, equal to the core", () => {
    const a = analyseSelection({ sheet: "S", address: "A1", values: STARTUP_NO_HEADER }, { registry: CATALOGUE });
    expect(computed(a, "INFERENCECOST").value).toBe(direct("INFERENCECOST", 80, 120, "value"));
    expect(computed(a, "TALENTLOAD").value).toBe(direct("TALENTLOAD", 45, 120, "value"));
    const sov = computed(a, "SOVEREIGN");
    expect(sov.value).toBe(direct("SOVEREIGN", 36, 120, 20, "value"));
    expect(sov.status).toBe(direct("SOVEREIGN", 36, 120, 20, "status"));
    expect(sov.status).toBe("RED");
    // No header: the frequency is unknown, so RUNWAY keeps the core's default (monthly burn) and says so.
    const run = computed(a, "RUNWAY");
    expect(run.value).toBe(direct("RUNWAY", 210, 50, 12, "value"));
    expect(run.settings).toEqual([{ param: "periods_per_year", value: 12, why: "default" }]);
  });
});

describe("what is missing", () => {
  test("each flag it cannot compute says what it needs, in the issue's words", () => {
    const a = analyse([["", "2024", "2025"], ["Net income", 100, 120], ["Purchases of property and equipment", -40, -50]]);
    expect(needs(a, "FCFCONV").message).toBe("FCFCONV needs: operating cash flow");
    expect(needs(a, "GROSSMARGINGAP").message).toBe("GROSSMARGINGAP needs: revenue, cost of revenue");
    expect(needs(a, "DEPCLIFF").message).toBe("DEPCLIFF needs: book useful life (an assumption), economic life (an assumption)");
    expect(needs(a, "ENERGYRISK").message).toBe(
      "ENERGYRISK needs: energy cost (an estimate), PPA share (an estimate), power price shock (an assumption), revenue",
    );
  });

  test("a recognised but blank estimate row is named", () => {
    const a = analyseSelection({ sheet: "S", address: "A1", values: STARTUP_NO_HEADER }, { registry: CATALOGUE });
    expect(needs(a, "ENERGYRISK").missing[0]).toEqual({ param: "energy_cost", label: "energy cost", itemKind: "estimate", blankRow: "Energy cost" });
    expect(needs(a, "ENERGYRISK").message).toMatch(/energy cost \(an estimate\) \("Energy cost" is blank\)/);
  });

  test("utilities read no model and are not listed", () => {
    const a = analyse(MICROSOFT);
    expect(a.flags.map((f) => f.id)).toEqual(CATALOGUE.filter((d) => d.kind !== "utility").map((d) => d.id));
  });

  test("rows that never share a period are reported, not computed", () => {
    const a = analyse([["", "2024", "2025"], ["Net cash from operations", 100, null], ["Capex", null, 50], ["Net income", 80, 90]]);
    expect(needs(a, "FCFCONV").message).toMatch(/FCFCONV cannot be computed: no period holds/);
  });
});

describe("periods, defaults and assumptions", () => {
  test("an element-wise flag reads the latest period in which all its rows have a number", () => {
    const a = analyse([["", "2024", "2025"], ["Net cash from operations", 100, 130], ["Capex", -50, null], ["Net income", 80, 90]]);
    const fcf = computed(a, "FCFCONV");
    expect(fcf.period).toBe("2024");
    expect(fcf.value).toBe(direct("FCFCONV", 100, -50, 80));
    expect(fcf.notes.join(" ")).toMatch(/Reads 2024/);
  });

  test("lives given as assumptions feed DEPCLIFF and DEPGAP; rows in the model do too", () => {
    const withAssumptions = analyse(MICROSOFT, { book_life: 6, economic_life: 3 });
    const cliff = computed(withAssumptions, "DEPCLIFF");
    // Microsoft's D&A exceeds the modelled depreciation of three vintages: the hardware share is capped at 1.
    expect(cliff.hardwareShare?.value).toBe(1);
    expect(cliff.value).toBe(direct("DEPCLIFF", [MSFT.capex], 6, 3, latest(MSFT.operatingIncome), "value"));
    expect(cliff.settings).toEqual([
      { param: "book_life", value: 6, why: "assumption" },
      { param: "economic_life", value: 3, why: "assumption" },
    ]);
    const withRows = analyse([...MICROSOFT, ["Server useful life (years)", 6, 6, 6], ["Economic life", null, null, 3]]);
    expect(computed(withRows, "DEPGAP").value).toBe(direct("DEPGAP", [MSFT.capex], 6, 3, latest(MSFT.operatingIncome), "value"));
  });

  test("an assumption wins over a row, because the analyst typed it", () => {
    const a = analyse([...MICROSOFT, ["Useful life", 6, 6, 6], ["Economic life", 3, 3, 3]], { book_life: 5 });
    expect(computed(a, "DEPCLIFF").value).toBe(direct("DEPCLIFF", [MSFT.capex], 5, 3, latest(MSFT.operatingIncome), "value"));
  });

  test("RUNWAY reads the frequency of the header: quarterly burn is 4 periods a year", () => {
    const a = analyse([["", "Q1-25", "Q2-25"], ["Net burn", 30, 40], ["Cash", 300, 240]]);
    const run = computed(a, "RUNWAY");
    expect(run.value).toBe(direct("RUNWAY", 240, 40, 4, "value"));
    expect(run.value).toBe(18);
    expect(run.settings).toEqual([{ param: "periods_per_year", value: 4, why: "periods-per-year" }]);
  });

  test("an optional row is used when present and left out when blank in the period read", () => {
    const base: BlockValue[][] = [["", "2024", "2025"], ["Sovereign revenue", 20, 30], ["Revenue", 100, 100]];
    const without = computed(analyse(base), "SOVEREIGN");
    expect(without.status).toBe(direct("SOVEREIGN", 30, 100, null, "status"));
    expect(without.status).toBe("WATCH");
    const partial = computed(analyse([...base, ["Cash collected", 10, null]]), "SOVEREIGN");
    expect(partial.status).toBe("WATCH");
    expect(partial.notes.join(" ")).toMatch(/"Cash collected" is not used/);
    const full = computed(analyse([...base, ["Cash collected", 10, 12]]), "SOVEREIGN");
    expect(full.status).toBe("RED");
  });

  test("R&D stands in for research payroll, with its caveat", () => {
    const a = analyse([["", "2025"], ["Revenue", 100], ["Research and development", 30]]);
    const t = computed(a, "TALENTLOAD");
    expect(t.value).toBe(0.3);
    expect(t.notes.join(" ")).toMatch(/R&D expense stands in for research payroll/);
  });

  test("a flag without status gets none (BONUSDEP)", () => {
    const a = analyse([["", "2025"], ["Capex", -100], ["Tax rate", 0.21], ["Bonus share", 1], ["Recovery period", 5], ["Discount rate", 0.08]]);
    const b = computed(a, "BONUSDEP");
    expect(b.value).toBe(direct("BONUSDEP", -100, 0.21, 1, 5, 0.08, "value"));
    expect(b.status).toBeUndefined();
  });

  test("text numbers are computed, and the cells a formula would read as text are listed", () => {
    const fcf = computed(analyse(ALPHABET_NEWEST_FIRST), "FCFCONV");
    const capex = fcf.inputs.find((i) => i.param === "capex");
    expect(capex?.textCells).toEqual(capex?.cells);
    expect(fcf.inputs.find((i) => i.param === "net_income")?.textCells).toEqual([]);
    expect(fcf.notes.join(" ")).toMatch(/"Purchases of property and equipment" holds numbers stored as text \(C10\): .*#VALUE!/);
  });

  test("a core error on the model's numbers is shown as the value, not thrown", () => {
    const a = analyse([["", "2024", "2025"], ["Revenue", 0, 100], ["Cost of revenue", 10, 20]]);
    const gm = computed(a, "GROSSMARGINGAP");
    expect(gm.value).toEqual(direct("GROSSMARGINGAP", [[0, 100]], [[10, 20]], 0.3, 0, "value"));
    expect(typeof gm.value).toBe("object");
  });
});

describe("coverage of the catalogue", () => {
  test("every parameter of every model flag is placed: a row, the periods, a default, optional, or a named assumption", () => {
    const unplaced = [...REGISTRY, ...CATALOGUE]
      .filter((d) => d.kind !== "utility")
      .flatMap((d) => inputParams(d).map((p) => ({ id: d.id, p })))
      .filter(({ p }) => !(p.name in PARAM_SOURCES) && p.defaultValue === undefined && !p.optional)
      .map(({ id, p }) => `${id}.${p.name}`);
    expect(unplaced).toEqual([]);
  });

  test("every flag is computable from a model holding all its rows", () => {
    const all: BlockValue[][] = [
      ["", "Q1 2025", "Q2 2025", "Q3 2025"],
      ["Revenue", 100, 120, 150],
      ["Cost of revenue", 40, 50, 70],
      ["Operating income", 30, 35, 40],
      ["Net income", 20, 25, 30],
      ["Operating cash flow", 35, 40, 45],
      ["Capex", -20, -25, -30],
      ["Capex guidance", 60, 70, 80],
      ["RPO", 100, 105, 108],
      ["Research payroll", 10, 11, 12],
      ["Inference cost", 30, 33, 36],
      ["Sovereign revenue", 10, 20, 40],
      ["Cash collected", 8, 12, 20],
      ["Energy cost", 5, 6, 7],
      ["PPA share", 0.4, 0.4, 0.5],
      ["Power price shock", null, null, 0.5],
      ["AI revenue", 10, 15, 20],
      ["AI capex", 10, 12, 15],
      ["Cash", 300, 280, 250],
      ["Net burn", 20, 20, 30],
      ["Capitalized software", 5, 6, 7],
      ["Amortization of capitalized software", 2, 3, 4],
      ["Useful life", null, null, 6],
      ["Economic life", null, null, 3],
      ["Tax rate", null, null, 0.21],
      ["Bonus share", null, null, 1],
      ["Recovery period", null, null, 5],
      ["Discount rate", null, null, 0.08],
      // Returns and forensic scores (invested capital, working capital and average assets are derived)
      ["Receivables", 20, 25, 35],
      ["Total current assets", 200, 210, 230],
      ["Property and equipment, gross", 300, 340, 400],
      ["Depreciation", 30, 32, 35],
      ["Accumulated depreciation", 100, 120, 140],
      ["Property and equipment, net", 200, 220, 260],
      ["Total assets", 800, 850, 900],
      ["Total current liabilities", 100, 110, 120],
      ["Short-term debt", 10, 10, 10],
      ["Long-term debt", 100, 100, 100],
      ["Marketable securities", 50, 50, 50],
      ["Total liabilities", 300, 310, 320],
      ["Retained earnings", 200, 220, 250],
      ["Stockholders' equity", 500, 540, 580],
      ["Selling, general and administrative", 15, 16, 18],
    ];
    const a = analyse(all);
    expect(a.flags.filter((f) => f.state === "needs-input").map((f) => f.id)).toEqual([]);
    for (const f of a.flags) if (f.state === "computed") expect([f.id, typeof f.value]).toEqual([f.id, "number"]);
  });
});
