import { naError } from "../../src/core/cells/errors";
import { depCliff } from "../../src/core/flags/depCliff";
import { depGap } from "../../src/core/flags/depGap";
import { EXPLAIN_PARTS } from "../../src/core/utilities/explain";
import { REGISTRY, findFunction } from "../../src/core/registry";
import { call, call1, expectError, row } from "../helpers/call";

const EX = "EXPLAIN";

describe("EXPLAIN", () => {
  test("the default part is the summary", () => {
    expect(call1(EX, "DEPCLIFF")).toBe(depCliff.words.summary);
    expect(call1(EX, "DEPCLIFF", null)).toBe(depCliff.words.summary);
  });

  test("names are case-insensitive, with or without the AIFLAG. prefix; parts are case-insensitive and trimmed", () => {
    expect(call1(EX, "aiflag.depgap", "WHY")).toBe(depGap.words.why);
    expect(call1(EX, " DepGap ", " watch ")).toBe(depGap.words.watch);
    expect(call1(EX, "AIFLAG.DEPGAP", "thresholds")).toBe(depGap.words.thresholds);
  });

  test("syntax comes from the parameter list", () => {
    expect(call1(EX, "DEPCLIFF", "syntax")).toBe("AIFLAG.DEPCLIFF(capex, book_life, economic_life, [operating_income], [output])");
    expect(call1(EX, "REVENUEGAP", "syntax")).toBe(
      "AIFLAG.REVENUEGAP(ai_spend, ai_revenue, [cost_multiplier], [target_gross_margin], [output])",
    );
    expect(call1(EX, "EXPLAIN", "syntax")).toBe("AIFLAG.EXPLAIN(flag, [part])");
    expect(call1(EX, "FLAGS", "syntax")).toBe("AIFLAG.FLAGS()");
  });

  test("every part of every function is a non-empty text", () => {
    for (const def of REGISTRY) {
      for (const part of EXPLAIN_PARTS) {
        const text = call1(EX, def.id, part);
        expect(typeof text).toBe("string");
        expect((text as string).length).toBeGreaterThan(0);
      }
    }
  });

  test("utilities explain themselves too", () => {
    expect(call1(EX, "SCORE", "thresholds")).toBe(findFunction("SCORE")!.words.thresholds);
  });

  test("an unknown name is #N/A listing the known ones", () => {
    const known = REGISTRY.map((d) => d.id).join(", ");
    expectError(call1(EX, "DEPCLIF"), "#N/A", `no AIFLAG function is called "DEPCLIF"; known: ${known}`);
  });

  test("an unknown part is #VALUE! listing the parts; a blank part is the summary", () => {
    expectError(call1(EX, "DEPCLIFF", "method"), "#VALUE!", 'part must be "summary", "why", "watch", "syntax" or "thresholds", not "method"');
    expectError(call1(EX, "DEPCLIFF", 3), "#VALUE!", /part must be .* not 3/);
    expect(call1(EX, "DEPCLIFF", "")).toBe(depCliff.words.summary);
  });

  test("flag is required and must be text", () => {
    expectError(call1(EX, null), "#VALUE!", 'flag is required: Name of an AIFLAG function, e.g. "DEPCLIFF"');
    expectError(call1(EX, 3), "#VALUE!", "flag: expected text, got 3");
    expectError(call1(EX, row("DEPCLIFF", "DEPGAP")), "#VALUE!", "flag must be a single text");
  });

  test("an error in the flag cell passes through", () => {
    const incoming = naError("from the sheet");
    expect(call1(EX, incoming)).toBe(incoming);
  });

  test("returns one cell", () => {
    expect(call(EX, "FCFCONV", "why")).toHaveLength(1);
  });
});
