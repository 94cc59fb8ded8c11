/**
 * How big a result will be, known before it is computed. HyperFormula reserves a spill area
 * when it reads a formula, from the formula text alone, so the size comes from the shapes of
 * the arguments as written and a literal `output`:
 * - a utility's result has a fixed shape (FLAGS spills the catalogue, EXPLAIN and SCORE one
 *   cell), measured once on its first worked example;
 * - `output = "detail"` spills one row per label (a flag's detail table always has the same
 *   labels, measured once on its first example) and 2 columns for a series flag, or 1 + one
 *   per element for an element-wise flag;
 * - otherwise a series flag gives one cell and an element-wise flag the broadcast shape of its
 *   `cells` arguments (convention 2).
 */
import { shapeOf, type RawArg, type Shape } from "../core/cells/values";
import { exampleRawArgs } from "../core/docs/formula";
import type { FunctionDefinition } from "../core/framework/definition";
import { invokeFunction } from "../core/framework/invoke";

const ONE: Shape = { rows: 1, cols: 1 };

/** Where `output` sits in a flag's arguments, or -1 for a function without it. */
export function outputIndex(def: FunctionDefinition): number {
  return def.params.findIndex((p) => p.name === "output");
}

const probed = new Map<string, Shape>();

/** The shape of a result whose shape does not depend on the data, measured on the first example. */
function probe(def: FunctionDefinition, output: "detail" | undefined): Shape {
  const key = `${def.id}:${output ?? ""}`;
  const known = probed.get(key);
  if (known) return known;
  const example = def.examples[0];
  const args: RawArg[] = example ? exampleRawArgs(example.args) : [];
  if (output) {
    while (args.length < outputIndex(def)) args.push(null);
    args.push(output);
  }
  const shape = shapeOf(invokeFunction(def, args));
  probed.set(key, shape);
  return shape;
}

function broadcast(shapes: ReadonlyArray<Shape | undefined>): Shape {
  return shapes.find((s): s is Shape => s !== undefined && (s.rows > 1 || s.cols > 1)) ?? ONE;
}

/**
 * The result shape of `def` called with arguments of these shapes (undefined: omitted) and
 * this `output` (a literal as written, or undefined when it is not a literal).
 */
export function predictShape(def: FunctionDefinition, args: ReadonlyArray<Shape | undefined>, output: string | undefined): Shape {
  if (def.kind === "utility") return probe(def, undefined);
  const elements = def.kind === "elementwise" ? broadcast(def.params.map((p, i) => (p.kind === "cells" ? args[i] : undefined))) : ONE;
  if (output?.trim().toLowerCase() !== "detail") return elements;
  const rows = probe(def, "detail").rows;
  return { rows, cols: def.kind === "series" ? 2 : 1 + elements.rows * elements.cols };
}
