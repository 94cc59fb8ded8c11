/** The Analyse tab's words and assumptions, pure: counts that never take an error for a value, tones, prefills. */
import { analyseSelection, assumptionFields, type Analysis } from "../../src/analysis";
import { analysedOutcome, computedFlags, failedFlags } from "../../src/taskpane/analysisText";
import { assumptionsOf, parseAssumption, prefill, prefillAll, typed } from "../../src/taskpane/assumptionState";
import { ECONOMIC_LIFE_ESTIMATE } from "../../src/templates/lives";
import { MICROSOFT_MODEL_BLOCK } from "../helpers/modelBlock";

const analyse = (values: Array<Array<string | number | null>>, assumptions = {}): Analysis => analyseSelection({ sheet: "Model", address: "Model!B2", values }, { assumptions });
const field = (param: string) => assumptionFields().find((f) => f.param === param)!;

describe("the status after an analysis", () => {
  test("nothing computed reads as a warning, never a success", () => {
    const a = analyse([["", "2024", "2025"], ["Headcount", 10, 12]]);
    expect(analysedOutcome(a)).toEqual({ message: `Analysed: 0 of ${a.flags.length} flags computed. The others need figures or assumptions: see below.`, tone: "warning" });
  });

  test("a quarter of the flags or more is a success", () => {
    const a = analyse(MICROSOFT_MODEL_BLOCK, { book_life: 6, economic_life: 3, tax_rate: 0.21, bonus_share: 1, recovery_years: 5, discount_rate: 0.08 });
    expect(computedFlags(a).length * 4).toBeGreaterThanOrEqual(a.flags.length);
    expect(analysedOutcome(a).tone).toBe("success");
  });

  test("errors are counted apart from values", () => {
    const a = analyse(MICROSOFT_MODEL_BLOCK.map((r) => [r[0], r[3]]));
    expect(failedFlags(a).map((f) => f.id)).toContain("GROSSMARGINGAP");
    expect(computedFlags(a).map((f) => f.id)).not.toContain("GROSSMARGINGAP");
    expect(analysedOutcome(a).message).toMatch(new RegExp(`^Analysed: ${computedFlags(a).length} of ${a.flags.length} `));
  });

  test("an odd selection's sentence stands for the count", () => {
    const a = analyseSelection({ sheet: "Model", address: "Model!C3", values: [[1]] });
    expect(analysedOutcome(a)).toEqual({ message: a.notice, tone: "warning" });
  });
});

describe("the assumptions' fields", () => {
  test("derived from the registry: every single-number option, once per name, with its readers", () => {
    const params = assumptionFields().map((f) => f.param);
    expect(params).toEqual(expect.arrayContaining(["growth_threshold", "tolerance", "book_life", "economic_life", "tax_rate", "discount_rate", "periods_per_year"]));
    expect(params).not.toContain("ppa_share"); // an estimate per period, not an assumption
    expect(params).not.toContain("capex");
    expect(new Set(params).size).toBe(params.length);
    expect(field("book_life").readers).toEqual(["DEPCLIFF", "DEPGAP"]);
  });

  test("prefilled from a recognised row first, then the headers, AIFLAG's estimate, the default, else blank", () => {
    const withLife = analyse([...MICROSOFT_MODEL_BLOCK, ["Server book life (DEPCLIFF, DEPGAP)", 6, null, null]]);
    expect(prefill(field("book_life"), withLife)).toEqual({ text: "6", source: "row", note: 'From "Server book life (DEPCLIFF, DEPGAP)" (C8)' });
    const plain = analyse(MICROSOFT_MODEL_BLOCK);
    expect(prefill(field("book_life"), plain)).toEqual({ text: "", source: "blank", note: "Needed by DEPCLIFF, DEPGAP" });
    expect(prefill(field("periods_per_year"), plain)).toMatchObject({ text: "1", source: "periods" });
    expect(prefill(field("economic_life"), plain)).toMatchObject({ text: String(ECONOMIC_LIFE_ESTIMATE), source: "estimate" });
    expect(prefill(field("growth_threshold"), plain)).toEqual({ text: "0.3", source: "default", note: "Default of GROSSMARGINGAP" });
    // Without period headers, each reader keeps its own default.
    const noHeader = analyse([["Cash", 300, 270], ["Net burn", 30, 32]]);
    expect(field("periods_per_year").defaultValue).toBeUndefined();
    expect(prefill(field("periods_per_year"), noHeader)).toEqual({ text: "", source: "default", note: "Defaults: 1 (GROSSMARGINGAP), 12 (RUNWAY)" });
  });

  test("the analysis receives only what it cannot find itself: typed values and estimates", () => {
    const a = analyse(MICROSOFT_MODEL_BLOCK);
    const states = prefillAll(assumptionFields(), a);
    expect(assumptionsOf(states)).toEqual({ economic_life: ECONOMIC_LIFE_ESTIMATE });
    states.book_life = typed(field("book_life"), a, "5.5");
    states.growth_threshold = typed(field("growth_threshold"), a, "25%");
    states.tolerance = typed(field("tolerance"), a, "flat");
    expect(assumptionsOf(states)).toEqual({ economic_life: ECONOMIC_LIFE_ESTIMATE, book_life: 5.5, growth_threshold: 0.25 });
    expect(typed(field("book_life"), a, " ")).toEqual(prefill(field("book_life"), a));
  });

  test.each([
    ["6", 6],
    ["0.3", 0.3],
    ["30%", 0.3],
    ["1,000", 1000],
    ["six", undefined],
    ["", undefined],
  ])("%j reads as %j", (text, value) => {
    expect(parseAssumption(text)).toBe(value);
  });
});
