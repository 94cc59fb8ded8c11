/**
 * The flag builders, on a fixed test catalogue of their own (not the registry): what every flag
 * gets from the framework, so that a new flag only has to say what is its own.
 */
import type { Shape } from "../../src/core/cells/values";
import { defineElementwiseFlag } from "../../src/core/framework/defineElementwiseFlag";
import { defineSeriesFlag } from "../../src/core/framework/defineFlag";
import { invokeFunction } from "../../src/core/framework/invoke";
import { higherIsWorse } from "../../src/core/framework/status";
import { param } from "../../src/core/params/spec";
import { expectError } from "../helpers/call";

const BANDS = higherIsWorse(4, 3);
const words = { title: "t", summary: "s", why: "w", watch: "w", method: "m", thresholds: "t", valueLabel: "Doubled" };
const REASONS = { RED: "high", WATCH: "middling", OK: "low" };

function makeFlag(withRelate: boolean) {
  const seen: Array<{ xs: number[]; shape: Shape }> = [];
  const def = defineElementwiseFlag({
    id: "TESTFLAG",
    group: "signals",
    valueKind: "amount",
    words,
    params: [param.cells("x", "money", "x"), param.cells("y", "money", "y")],
    examples: [],
    measure: (a) => ({ value: a.x * 2 }),
    classify: (m) => BANDS.classify(m.value),
    explain: (_m, a) => ({ figures: [{ label: "x", value: a.x, kind: "amount" }], reasons: REASONS }),
    ...(withRelate
      ? {
          relate(elements: ReadonlyArray<{ a: { x: number; y: number }; m: { value: number } }>, shape: Shape) {
            seen.push({ xs: elements.map((e) => e.a.x), shape });
            return elements.map((_e, k) => [{ label: "Sum of y so far", value: elements.slice(0, k + 1).reduce((s, f) => s + f.a.y, 0) }]);
          },
        }
      : {}),
  });
  return { def, seen };
}

describe("defineElementwiseFlag relate hook", () => {
  test("receives every element with its own arguments, and the shape", () => {
    const { def, seen } = makeFlag(true);
    invokeFunction(def, [[[1, 2, 3]], 10, "detail"]);
    expect(seen).toEqual([{ xs: [1, 2, 3], shape: { rows: 1, cols: 3 } }]);
  });

  test("its figures follow the flag's own figures and precede value, status and reason", () => {
    const { def } = makeFlag(true);
    const t = invokeFunction(def, [[[1, 2, 3]], [[10, 20, 30]], "detail"]);
    expect(t.map((r) => r[0])).toEqual(["x", "Sum of y so far", "Doubled", "Status", "Reason"]);
    expect(t[1]).toEqual(["Sum of y so far", 10, 30, 60]);
    expect(t[2]).toEqual(["Doubled", 2, 4, 6]);
    expect(t[3]).toEqual(["Status", "OK", "RED", "RED"]);
    expect(t[4]).toEqual(["Reason", "low", "high", "high"]);
  });

  test("is not called for value or status output", () => {
    const { def, seen } = makeFlag(true);
    expect(invokeFunction(def, [[[1, 2]], 10, "value"])).toEqual([[2, 4]]);
    expect(invokeFunction(def, [[[1, 2]], 10, "status"])).toEqual([["OK", "RED"]]);
    expect(seen).toHaveLength(0);
  });

  test("without it the detail table is as before", () => {
    const { def } = makeFlag(false);
    const t = invokeFunction(def, [[[1, 2]], 10, "detail"]);
    expect(t.map((r) => r[0])).toEqual(["x", "Doubled", "Status", "Reason"]);
  });
});

describe("the detail table, structured", () => {
  test("detail() gives the rows run spills, with the kind of each row's numbers", () => {
    const { def } = makeFlag(false);
    const rows = def.detail!([[[1, 2]], 10, null]);
    expect(rows).toEqual([
      { label: "x", kind: "amount", cells: [1, 2] },
      { label: "Doubled", kind: "amount", cells: [2, 4] },
      { label: "Status", cells: ["OK", "RED"] },
      { label: "Reason", cells: ["low", "high"] },
    ]);
    expect(invokeFunction(def, [[[1, 2]], 10, "detail"])).toEqual(rows.map((r) => [r.label, ...r.cells]));
  });
});

/** A series flag over one series, with the reasons as a function of the status and the value. */
const sumFlag = defineSeriesFlag({
  id: "SUMFLAG",
  group: "signals",
  valueKind: "amount",
  words: { ...words, valueLabel: "Sum" },
  params: [param.series("xs", "money", "xs, oldest first")],
  examples: [],
  measure: (a) => ({ value: a.xs.reduce((s, x) => s + x, 0) }),
  classify: (m) => BANDS.classify(m.value),
  explain: (m, a) => ({
    figures: [{ label: "Periods", value: a.xs.length }, { label: "Mean", value: m.value / a.xs.length }],
    reasons: (status, value) => `${status} at ${value}`,
  }),
});

describe("reasons: written per status by the flag, picked by the framework", () => {
  test("a function of the status gets the status and the finite value", () => {
    expect(invokeFunction(sumFlag, [[[1, 4]], "detail"])).toEqual([
      ["Periods", 2],
      ["Mean", 2.5],
      ["Sum", 5],
      ["Status", "RED"],
      ["Reason", "RED at 5"],
    ]);
  });

  test("a value that overflows is #N/A in the value, the status and every non-finite figure; the reason is its message", () => {
    const t = invokeFunction(sumFlag, [[[1e308, 1e308]], "detail"]);
    expectError(t[1][1], "#N/A", /too large or undefined/);
    expectError(t[2][1], "#N/A", /too large or undefined/);
    expectError(t[3][1], "#N/A", /too large or undefined/);
    expect(t[4][1]).toMatch(/too large or undefined/);
    expectError(invokeFunction(sumFlag, [[[1e308, 1e308]]])[0][0], "#N/A", /too large or undefined/);
    expectError(invokeFunction(sumFlag, [[[1e308, 1e308]], "status"])[0][0], "#N/A", /too large or undefined/);
  });
});

/** A flag without `classify`: a measure, not a warning sign. */
const leverFlag = defineElementwiseFlag({
  id: "LEVERFLAG",
  group: "policy",
  valueKind: "amount",
  words,
  params: [param.cells("x", "money", "x")],
  examples: [],
  measure: (a) => ({ value: a.x * 2 }),
  explain: (m) => ({ figures: [], reasons: `worth ${m.value}` }),
});

describe("a flag without classify has no status", () => {
  test("hasStatus is derived from it", () => {
    expect(leverFlag.hasStatus).toBe(false);
    expect(makeFlag(false).def.hasStatus).toBe(true);
  });

  test('output "status" is #N/A saying so, in every cell', () => {
    const s = invokeFunction(leverFlag, [[[1, 2]], "status"]);
    for (const cell of s[0]) expectError(cell, "#N/A", "LEVERFLAG is not a warning sign, so it has no status");
  });

  test("the detail table says so in the status row and keeps the flag's sentence as the reason", () => {
    const t = invokeFunction(leverFlag, [3, "detail"]);
    expectError(t[1][1], "#N/A", /has no status/);
    expect(t[2]).toEqual(["Reason", "worth 6"]);
  });
});

/** A flag with an option of a fixed set of texts, as ALTMANZ's model and BONUSDEP's schedule will be. */
const modelFlag = defineElementwiseFlag({
  id: "MODELFLAG",
  group: "signals",
  valueKind: "multiple",
  words,
  params: [
    param.cells("x", "count", "x"),
    param.choice(
      "model",
      "Which model",
      [
        { text: "Z''", name: "Z_double_prime", description: "non-manufacturers" },
        { text: "Z", description: "manufacturers" },
      ],
      "Z''",
    ),
  ],
  examples: [],
  measure: (a) => ({ value: a.model === "Z" ? a.x : -a.x }),
  classify: (m) => BANDS.classify(m.value),
  explain: () => ({ figures: [], reasons: REASONS }),
});

describe("choice parameters", () => {
  test("the value is one of the texts, matched in any case and with spaces ignored", () => {
    expect(invokeFunction(modelFlag, [[[1, 2]], "z"])).toEqual([[1, 2]]);
    expect(invokeFunction(modelFlag, [[[1, 2]], " Z'' "])).toEqual([[-1, -2]]);
  });

  test("left out, a blank cell or empty text is the default", () => {
    for (const blank of [null, undefined, [[null]], "", "  "]) expect(invokeFunction(modelFlag, [1, blank])).toEqual([[-1]]);
  });

  test("anything else is #VALUE! listing the choices", () => {
    expectError(invokeFunction(modelFlag, [1, "Z'"])[0][0], "#VALUE!", `model must be "Z''" or "Z", not "Z'"`);
    expectError(invokeFunction(modelFlag, [1, 3])[0][0], "#VALUE!", `model must be "Z''" or "Z", not 3`);
    expectError(invokeFunction(modelFlag, [1, [["Z", "Z"]]])[0][0], "#VALUE!", "model must be a single text");
  });

  test("the description lists the choices, what each does, and the default", () => {
    expect(modelFlag.params[1].description).toBe(`Which model: "Z''" (non-manufacturers, default) or "Z" (manufacturers).`);
    expect(modelFlag.params[1].defaultValue).toBe("Z''");
  });

  test("output is one too", () => {
    expectError(invokeFunction(modelFlag, [1, null, "verdict"])[0][0], "#VALUE!", 'output must be "value", "status" or "detail", not "verdict"');
    expect(invokeFunction(modelFlag, [5, "Z", " STATUS "])).toEqual([["RED"]]);
  });
});

describe("each builder reads only the parameter kinds it handles", () => {
  const base = { group: "signals" as const, valueKind: "amount" as const, words, examples: [], measure: () => ({ value: 1 }), explain: () => ({ figures: [], reasons: "r" }) };

  test("a series parameter in an element-wise flag, or cells in a series flag, is refused (and does not compile)", () => {
    expect(() =>
      defineElementwiseFlag({
        ...base,
        id: "BADFLAG",
        // @ts-expect-error an element-wise flag reads cells, numbers and choices, not whole series
        params: [param.series("xs", "money", "xs")],
      }),
    ).toThrow("BADFLAG.xs: a series parameter is not read by this builder");
    expect(() =>
      defineSeriesFlag({
        ...base,
        id: "BADFLAG",
        // @ts-expect-error a series flag reads series, numbers and choices, not broadcast cells
        params: [param.cells("x", "money", "x")],
      }),
    ).toThrow("BADFLAG.x: a cells parameter is not read by this builder");
  });

  test("a text without choices is refused in a flag: an option needs its choices", () => {
    expect(() =>
      defineElementwiseFlag({
        ...base,
        id: "BADFLAG",
        // @ts-expect-error a free text is not an option a flag can read
        params: [param.text("name", "a name")],
      }),
    ).toThrow("BADFLAG.name: a text without choices parameter is not read by this builder");
  });
});
