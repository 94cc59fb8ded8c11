/** The element-wise builder's `relate` hook: figures that compare each element with the others. */
import type { Shape } from "../../src/core/cells/values";
import { defineElementwiseFlag } from "../../src/core/framework/defineFlag";
import { invokeFunction } from "../../src/core/framework/invoke";
import { higherIsWorse } from "../../src/core/framework/status";
import { param } from "../../src/core/params/spec";

const BANDS = higherIsWorse(4, 3);
const words = { title: "t", summary: "s", why: "w", watch: "w", method: "m", thresholds: "t", valueLabel: "Doubled" };

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
    explain: (_m, a) => ({ figures: [{ label: "x", value: a.x }], reason: "r" }),
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
    expect(t[4]).toEqual(["Reason", "r", "r", "r"]);
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
