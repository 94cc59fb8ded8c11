/**
 * Builders that turn a flag's one definition (words, parameters, logic) into a
 * `FunctionDefinition`: argument reading, the `output` argument, the status, spills and detail
 * tables are handled here once for every flag.
 */
import type { CellInput, CellOutput, Matrix, RawArg, Shape } from "../cells/values";
import type { ValueKind } from "../format/valueKind";
import { broadcastShape, isChoice, isOmitted, positionOf, readCells, readChoice, readWhole, type CellsArg } from "../params/read";
import type { ArgsOf, ChoiceParam, ParamKind, ParamSpec } from "../params/spec";
import type { DetailRow, Example, FunctionDefinition, GroupId, Words } from "./definition";
import { detailColumn, detailMatrix, detailRows, type DetailEntry } from "./detail";
import type { Figure, FlagLogic, Measured } from "./explanation";
import { outputParam, type Output } from "./output";
import { finiteCell, statusOf } from "./verdict";

/** The parameters a series flag reads: whole series, single numbers, choices. */
export type SeriesFlagParam = ParamSpec<string, "series" | "number"> | ChoiceParam;
/** The parameters an element-wise flag reads: cells or blocks broadcast together, single numbers, choices. */
export type ElementwiseFlagParam = ParamSpec<string, "cells" | "number"> | ChoiceParam;

interface FlagSpec<P extends readonly ParamSpec[], M extends Measured> extends FlagLogic<ArgsOf<P>, M> {
  id: string;
  group: GroupId;
  valueKind: ValueKind;
  words: Words;
  params: P;
  examples: readonly Example[];
  /**
   * Cross-argument checks after each argument passed its own (equal series lengths,
   * sovereign <= total...). `where` names the cell (", period 3") for element-wise flags.
   */
  check?(a: ArgsOf<P>, where: string): void;
}

/** One element of an element-wise flag: the arguments it was measured on and what was measured. */
export interface MeasuredElement<A, M extends Measured> {
  a: A;
  m: M;
}

interface ElementwiseFlagSpec<P extends readonly ParamSpec[], M extends Measured> extends FlagSpec<P, M> {
  /**
   * Figures that set each element against the others (INFERENCECOST compares each period with
   * the one before). Called for `output = "detail"` only, with every element in row-major order
   * and the common shape; returns one list of figures per element, shown after its own figures.
   */
  relate?(elements: ReadonlyArray<MeasuredElement<ArgsOf<P>, M>>, shape: Shape): Figure[][];
}

/** Refuses, when the flag is defined, a parameter its builder does not read (the types refuse it too). */
function checkKinds(id: string, params: readonly ParamSpec[], kinds: readonly ParamKind[]): void {
  for (const p of params) {
    const ok = p.kind === "text" ? isChoice(p) : kinds.includes(p.kind);
    if (!ok) throw new Error(`${id}.${p.name}: a ${p.kind === "text" ? "text without choices" : p.kind} parameter is not read by this builder`);
  }
}

/** What every flag definition shares; `run` and `detail` are the builder's. */
function face<P extends readonly ParamSpec[], M extends Measured>(spec: FlagSpec<P, M>, kind: "series" | "elementwise") {
  return {
    id: spec.id,
    group: spec.group,
    kind,
    valueKind: spec.valueKind,
    words: spec.words,
    params: [...spec.params, outputParam],
    hasStatus: spec.classify !== undefined,
    examples: spec.examples,
  };
}

/** A flag over whole series (GROSSMARGINGAP, DEPCLIFF, ...): one result per call. */
export function defineSeriesFlag<const P extends readonly SeriesFlagParam[], M extends Measured>(spec: FlagSpec<P, M>): FunctionDefinition {
  checkKinds(spec.id, spec.params, ["series", "number"]);
  const read = (args: readonly RawArg[]): ArgsOf<P> => {
    const a: Record<string, unknown> = {};
    spec.params.forEach((p, i) => (a[p.name] = readWhole(p, args[i])));
    const typed = a as ArgsOf<P>;
    spec.check?.(typed, "");
    return typed;
  };
  const detail = (a: ArgsOf<P>, m: M): DetailRow[] => detailRows([detailColumn(spec, spec, m, a)]);
  return {
    ...face(spec, "series"),
    run(args: readonly RawArg[]): Matrix<CellOutput> {
      const a = read(args);
      const output = readChoice(outputParam, args[spec.params.length]);
      const m = spec.measure(a);
      if (output === "value") return [[finiteCell(m.value)]];
      if (output === "status") return [[statusOf(spec.id, spec, m, a)]];
      return detailMatrix(detail(a, m));
    },
    detail(args: readonly RawArg[]): DetailRow[] {
      const a = read(args);
      return detail(a, spec.measure(a));
    },
  };
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

/**
 * An element-wise flag (FCFCONV, SOVEREIGN, ...): cells or same-shaped ranges, single cells
 * broadcast, the result keeps the shape (convention 2). Per-cell `#N/A` stays in its cell.
 */
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

  /**
   * The path of every call that spills values or statuses, element by element, read straight
   * from the blocks Excel passed (no copy), each result cell checked where it is made:
   * - per argument: its name, and either the row being read or a fixed value (an option, an
   *   omitted argument, or a single cell broadcast);
   * - the choice of output made once, not per element.
   */
  function spill(elementArgs: readonly ElementArg[], shape: Shape, output: Exclude<Output, "detail">): Matrix<CellOutput> {
    const count = elementArgs.length;
    const names = elementArgs.map((e) => e.name);
    const fixed = elementArgs.map((e) => e.fixed);
    const magnitude = elementArgs.map((e) => e.block?.magnitude === true);
    const rowOf: Array<readonly CellInput[] | undefined> = new Array<readonly CellInput[] | undefined>(count);
    const [n0, n1, n2, n3, n4] = names;
    /** Argument j in column c of the current row: readCells checked every cell, a finite number. */
    const valueAt = (j: number, c: number): number | string | undefined => {
      const source = rowOf[j];
      if (source === undefined) return fixed[j];
      const x = source[c] as number;
      return magnitude[j] ? Math.abs(x) : x; // convention 6
    };
    const cellOf: (m: M) => CellOutput = output === "value" ? (m) => finiteCell(m.value) : (m) => statusOf(spec.id, spec, m, typed);
    const result: Matrix<CellOutput> = [];
    for (let r = 0, k = 0; r < shape.rows; r++) {
      for (let j = 0; j < count; j++) rowOf[j] = elementArgs[j].block?.block[r];
      const row = new Array<CellOutput>(shape.cols);
      for (let c = 0; c < shape.cols; c++, k++) {
        // One store per argument, each at its own site (a store at one site that cycles through
        // every name is several times slower in V8); the element-wise flags take at most 5.
        if (count > 0) a[n0] = valueAt(0, c);
        if (count > 1) a[n1] = valueAt(1, c);
        if (count > 2) a[n2] = valueAt(2, c);
        if (count > 3) a[n3] = valueAt(3, c);
        if (count > 4) a[n4] = valueAt(4, c);
        for (let j = 5; j < count; j++) a[names[j]] = valueAt(j, c);
        if (check) check(typed, positionOf(k, shape));
        row[c] = cellOf(spec.measure(typed));
      }
      result.push(row);
    }
    return result;
  }

  return {
    ...face(spec, "elementwise"),
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

/** A cell of a checked block as a number: |x| for a magnitude (convention 6). */
function cellAt(arg: CellsArg, r: number, c: number): number {
  const x = arg.block[r][c] as number;
  return arg.magnitude ? Math.abs(x) : x;
}
