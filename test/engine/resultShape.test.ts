/**
 * The engine reserves a spill area from the formula text before anything is computed: the
 * predicted shape must be the shape the core then returns, for every function and output.
 */
import { shapeOf, type RawArg, type Shape } from "../../src/core/cells/values";
import { exampleRawArgs } from "../../src/core/docs/formula";
import { invokeFunction } from "../../src/core/framework/invoke";
import { REGISTRY } from "../../src/core/registry";
import { outputIndex, predictShape } from "../../src/engine/resultShape";

const shapeOfArg = (a: RawArg): Shape | undefined => (a === null || a === undefined ? undefined : Array.isArray(a) ? shapeOf(a) : { rows: 1, cols: 1 });

/** Each example as written, and with every `cells` argument widened to a row of three periods. */
function cases() {
  return REGISTRY.flatMap((def) =>
    def.examples.flatMap((ex) => {
      const plain = exampleRawArgs(ex.args) as RawArg[];
      const widened = plain.map((a, i) => (def.params[i]?.kind === "cells" && typeof a === "number" ? [[a, a, a]] : a));
      return [
        { def, args: plain, label: `${def.id} example` },
        ...(def.kind === "elementwise" ? [{ def, args: widened, label: `${def.id} over a row of 3` }] : []),
      ];
    }),
  );
}

const outputs = ["value", "status", "detail"] as const;

test.each(cases().flatMap((c) => outputs.map((output) => ({ ...c, output }))))("$label, output $output", ({ def, args, output }) => {
  const idx = outputIndex(def);
  const full: RawArg[] = [...args];
  if (idx >= 0) {
    while (full.length < idx) full.push(null);
    full.push(output);
  }
  const actual = shapeOf(invokeFunction(def, full));
  const predicted = predictShape(def, full.map(shapeOfArg), idx >= 0 ? output : undefined);
  // A status of a policy lever is a single #N/A: it fits in any reserved area.
  if (!(output === "status" && !def.hasStatus)) expect(predicted).toEqual(actual);
});

test("a non-literal output is sized as a value (a detail then reports the mismatch)", () => {
  const fcf = REGISTRY.find((d) => d.id === "FCFCONV");
  if (!fcf) throw new Error("FCFCONV missing");
  expect(predictShape(fcf, [{ rows: 1, cols: 3 }, { rows: 1, cols: 1 }, { rows: 1, cols: 3 }, { rows: 1, cols: 1 }], undefined)).toEqual({ rows: 1, cols: 3 });
});
