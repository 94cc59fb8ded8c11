/**
 * The builder of element-wise flags (FCFCONV, SOVEREIGN, ...): cells or same-shaped ranges,
 * single cells broadcast, the result keeps the shape (convention 2), a per-cell `#N/A` stays in
 * its cell. Argument reading, the `output` argument, the status and the detail table are handled
 * here once for every element-wise flag.
 */
import type { CellInput, CellOutput, Matrix, RawArg, Shape } from "../cells/values";
import { broadcastShape, isOmitted, positionOf, readCells, readChoice, readWhole, type CellsArg } from "../params/read";
import type { ArgsOf, ParamSpec } from "../params/spec";
import type { DetailRow, FunctionDefinition } from "./definition";
import { detailColumn, detailMatrix, detailRows, type DetailEntry } from "./detail";
import type { Measured } from "./explanation";
import { checkKinds, flagFace, type ElementwiseFlagParam, type ElementwiseFlagSpec, type MeasuredElement } from "./flagSpec";
import { outputParam, type Output } from "./output";
import { finiteCell, flagStatus } from "./verdict";

/** What every row of a value or status spill reads: per argument, a block or a fixed value. */
interface SpillPlan<M> {
  names: readonly string[];
  fixed: ReadonlyArray<number | string | undefined>;
  blocks: ReadonlyArray<Matrix<CellInput> | undefined>;
  magnitude: readonly boolean[];
  shape: Shape;
  cellOf: (m: M) => CellOutput;
}

/** How one argument of an element-wise call is read: a checked block, or one value for every element. */
interface ElementArg {
  name: string;
  /** The block, when the argument is a range of more than one cell. */
  block?: CellsArg;
  /** The value every element sees otherwise: a single cell, an option, a default, or undefined. */
  fixed: number | string | undefined;
}

function readElementArgs(params: readonly ParamSpec[], args: readonly RawArg[]): { elementArgs: ElementArg[]; shape: Shape } {
  const elementArgs = params.map((p, i): ElementArg => {
    const raw = args[i];
    if (p.kind !== "cells") return { name: p.name, fixed: readWhole(p, raw) as number | string | undefined };
    if (p.optional && isOmitted(raw)) return { name: p.name, fixed: p.defaultValue };
    const block = readCells(p, raw);
    if (block.shape.rows * block.shape.cols > 1) return { name: p.name, block, fixed: undefined };
    const x = block.block[0][0] as number; // readCells checked it: a finite number within its rule
    return { name: p.name, fixed: block.magnitude ? Math.abs(x) : x };
  });
  const blocks = params.flatMap((spec, j) => {
    const block = elementArgs[j].block;
    return block ? [{ spec, arg: block }] : [];
  });
  return { elementArgs, shape: broadcastShape(blocks) };
}

export function defineElementwiseFlag<const P extends readonly ElementwiseFlagParam[], M extends Measured>(
  spec: ElementwiseFlagSpec<P, M>,
): FunctionDefinition {
  checkKinds(spec.id, spec.params, ["cells", "number"]);
  // The argument record, one per definition, reused for every element of every call (calls run
  // one at a time and each element sets every property). Its hidden class then lives as long as
  // the definition, and so does the optimised code of `measure` that depends on it.
  const a: Record<string, number | string | undefined> = {};
  const typed = a as ArgsOf<P>;
  const check = spec.check;

  /** Every element's arguments and measurement, row-major (a copy of the record per element). */
  function measureAll(elementArgs: readonly ElementArg[], shape: Shape): Array<MeasuredElement<ArgsOf<P>, M>> {
    const elements: Array<MeasuredElement<ArgsOf<P>, M>> = [];
    for (let r = 0, k = 0; r < shape.rows; r++) {
      for (let c = 0; c < shape.cols; c++, k++) {
        for (const e of elementArgs) a[e.name] = e.block ? cellAt(e.block, r, c) : e.fixed;
        if (check) check(typed, positionOf(k, shape));
        const own = { ...typed };
        elements.push({ a: own, m: spec.measure(own) });
      }
    }
    return elements;
  }

  function detail(elementArgs: readonly ElementArg[], shape: Shape): DetailRow[] {
    const elements = measureAll(elementArgs, shape);
    const related = spec.relate?.(elements, shape);
    const columns: DetailEntry[][] = elements.map((e, k) => detailColumn(spec, spec, e.m, e.a, related?.[k]));
    return detailRows(columns);
  }

  // The two cell makers, made once per definition (not per call).
  const valueCell = (m: M): CellOutput => finiteCell(m.value);
  const statusCell = (m: M): CellOutput => flagStatus(spec.id, spec, m, typed);

  /**
   * One row of a value or status spill, element by element, read straight from the row Excel
   * passed (no copy), each result cell checked where it is made. A function per row, called once
   * a row: it is compiled with what every row taught it, where one loop over a million elements
   * would be compiled in the middle of its first call and again at each call.
   */
  function spillRow(plan: SpillPlan<M>, r: number): CellOutput[] {
    const { names, fixed, blocks, magnitude, shape, cellOf } = plan;
    const count = names.length;
    const n0 = names[0], n1 = names[1], n2 = names[2], n3 = names[3], n4 = names[4];
    const f0 = fixed[0], f1 = fixed[1], f2 = fixed[2], f3 = fixed[3], f4 = fixed[4];
    const m0 = magnitude[0], m1 = magnitude[1], m2 = magnitude[2], m3 = magnitude[3], m4 = magnitude[4];
    const s0 = blocks[0]?.[r], s1 = blocks[1]?.[r], s2 = blocks[2]?.[r], s3 = blocks[3]?.[r], s4 = blocks[4]?.[r];
    const row = new Array<CellOutput>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      // One store per argument, each at its own site (a store at one site that cycles through
      // every name is several times slower in V8); the element-wise flags take at most 5.
      if (count > 0) a[n0] = valueAt(s0, f0, m0, c);
      if (count > 1) a[n1] = valueAt(s1, f1, m1, c);
      if (count > 2) a[n2] = valueAt(s2, f2, m2, c);
      if (count > 3) a[n3] = valueAt(s3, f3, m3, c);
      if (count > 4) a[n4] = valueAt(s4, f4, m4, c);
      for (let j = 5; j < count; j++) a[names[j]] = valueAt(blocks[j]?.[r], fixed[j], magnitude[j], c);
      if (check) check(typed, positionOf(r * shape.cols + c, shape));
      row[c] = cellOf(spec.measure(typed));
    }
    return row;
  }

  /** Every call that spills values or statuses: the choice of output made once, then row by row. */
  function spill(elementArgs: readonly ElementArg[], shape: Shape, output: Exclude<Output, "detail">): Matrix<CellOutput> {
    const plan: SpillPlan<M> = {
      names: elementArgs.map((e) => e.name),
      fixed: elementArgs.map((e) => e.fixed),
      blocks: elementArgs.map((e) => e.block?.block),
      magnitude: elementArgs.map((e) => e.block?.magnitude === true),
      shape,
      cellOf: output === "value" ? valueCell : statusCell,
    };
    const result: Matrix<CellOutput> = [];
    for (let r = 0; r < shape.rows; r++) result.push(spillRow(plan, r));
    return result;
  }

  return {
    ...flagFace(spec, "elementwise"),
    run(args: readonly RawArg[]): Matrix<CellOutput> {
      const { elementArgs, shape } = readElementArgs(spec.params, args);
      const output = readChoice(outputParam, args[spec.params.length]);
      return output === "detail" ? detailMatrix(detail(elementArgs, shape)) : spill(elementArgs, shape, output);
    },
    detail(args: readonly RawArg[]): DetailRow[] {
      const { elementArgs, shape } = readElementArgs(spec.params, args);
      return detail(elementArgs, shape);
    },
  };
}

/**
 * Argument value in column c of the current row: the fixed value when the argument is not a
 * block, else the cell (readCells checked it: a finite number), |x| for a magnitude (convention 6).
 */
function valueAt(row: readonly CellInput[] | undefined, fixed: number | string | undefined, magnitude: boolean, c: number): number | string | undefined {
  if (row === undefined) return fixed;
  const x = row[c] as number;
  return magnitude ? Math.abs(x) : x;
}

/** A cell of a checked block as a number: |x| for a magnitude (convention 6). */
function cellAt(arg: CellsArg, r: number, c: number): number {
  const x = arg.block[r][c] as number;
  return arg.magnitude ? Math.abs(x) : x;
}
