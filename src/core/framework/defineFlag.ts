import { isCellError, notFiniteError, type CellError } from "../cells/errors";
import type { CellInput, CellOutput, Matrix, RawArg, Shape } from "../cells/values";
import { broadcastShape, cellValue, isOmitted, positionOf, readCells, readScalar, readSeries, type CellsArg } from "../params/read";
import type { ArgsOf, ParamSpec } from "../params/spec";
import { naError } from "../cells/errors";
import type { Example, FunctionDefinition, GroupId, Words } from "./definition";
import type { ValueKind } from "../format/valueKind";
import type { Figure, FlagLogic, Measured } from "./explanation";
import { outputParam, readOutput } from "./output";
import type { Status } from "./status";

/**
 * Builders that turn a flag's one definition (words, parameters, logic) into a
 * `FunctionDefinition`: argument reading, the `output` argument, spills and detail tables
 * are handled here once for every flag.
 */

interface FlagSpec<P extends readonly ParamSpec[], M extends Measured> extends FlagLogic<ArgsOf<P>, M> {
  id: string;
  group: GroupId;
  valueKind: ValueKind;
  words: Words;
  params: P;
  examples: readonly Example[];
  /** False for a lever that is not a warning sign (BONUSDEP): `output = "status"` is then `#N/A`. */
  hasStatus?: boolean;
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

function statusOf<A, M extends Measured>(logic: FlagLogic<A, M>, m: M, a: A): Status | CellError {
  if (isCellError(m.value)) return m.value;
  // A value that overflowed shows as #N/A (invoke.ts): its status must not read RED, WATCH or OK.
  if (!Number.isFinite(m.value)) return notFiniteError();
  return logic.classify(m as M & { value: number }, a);
}

function detailColumn<A, M extends Measured>(
  logic: FlagLogic<A, M>,
  words: Words,
  m: M,
  a: A,
  related: readonly Figure[] = [],
): Array<[string, CellOutput]> {
  const status = statusOf(logic, m, a);
  const { figures, reason } = logic.explain(m, a, status);
  return [
    ...[...figures, ...related].map((f): [string, CellOutput] => [f.label, f.value]),
    [words.valueLabel, m.value],
    ["Status", status],
    ["Reason", reason],
  ];
}

function readDefault(spec: ParamSpec): number {
  if (typeof spec.defaultValue !== "number") throw new Error(`${spec.name} has no numeric default`);
  return spec.defaultValue;
}

/** A flag over whole series (GROSSMARGINGAP, DEPCLIFF, ...): one result per call. */
export function defineSeriesFlag<const P extends readonly ParamSpec[], M extends Measured>(spec: FlagSpec<P, M>): FunctionDefinition {
  const params = [...spec.params, outputParam];
  const hasStatus = spec.hasStatus ?? true;
  return {
    id: spec.id,
    group: spec.group,
    valueKind: spec.valueKind,
    kind: "series",
    words: spec.words,
    params,
    hasStatus,
    examples: spec.examples,
    run(args: readonly RawArg[]): Matrix<CellOutput> {
      const a: Record<string, number | readonly number[] | undefined> = {};
      spec.params.forEach((p, i) => {
        const raw = args[i];
        if (p.optional && isOmitted(raw)) a[p.name] = p.defaultValue === undefined ? undefined : readDefault(p);
        else a[p.name] = p.kind === "series" ? readSeries(p, raw) : readScalar(p, raw);
      });
      const output = readOutput(args[spec.params.length]);
      const typed = a as ArgsOf<P>;
      spec.check?.(typed, "");
      const m = spec.measure(typed);
      if (output === "value") return [[m.value]];
      if (output === "status") return [[hasStatus ? statusOf(spec, m, typed) : noStatus(spec.id)]];
      return detailColumn(spec, spec.words, m, typed);
    },
  };
}

function noStatus(id: string): CellError {
  return naError(`${id} is a policy lever, not a warning sign: it has no status`);
}

/**
 * An element-wise flag (FCFCONV, SOVEREIGN, ...): cells or same-shaped ranges, single cells
 * broadcast, the result keeps the shape (convention 2). Per-cell `#N/A` stays in its cell.
 */
export function defineElementwiseFlag<const P extends readonly ParamSpec[], M extends Measured>(
  spec: ElementwiseFlagSpec<P, M>,
): FunctionDefinition {
  const params = [...spec.params, outputParam];
  const hasStatus = spec.hasStatus ?? true;
  // The argument record, one per definition, reused for every element of every call (calls run
  // one at a time and each element sets every property). Besides saving an allocation, its
  // hidden class then lives as long as the definition: a full garbage collection between calls
  // cannot throw away the optimised code of `measure` that depends on it.
  const a: Record<string, number | undefined> = {};
  return {
    id: spec.id,
    group: spec.group,
    valueKind: spec.valueKind,
    kind: "elementwise",
    words: spec.words,
    params,
    hasStatus,
    examples: spec.examples,
    run(args: readonly RawArg[]): Matrix<CellOutput> {
      const cells: Array<{ spec: ParamSpec; arg: CellsArg | undefined; scalar?: number }> = spec.params.map((p, i) => {
        const raw = args[i];
        if (p.optional && isOmitted(raw)) {
          return { spec: p, arg: undefined, scalar: p.defaultValue === undefined ? undefined : readDefault(p) };
        }
        if (p.kind === "number") return { spec: p, arg: undefined, scalar: readScalar(p, raw) };
        return { spec: p, arg: readCells(p, raw) };
      });
      const output = readOutput(args[spec.params.length]);
      const shape = broadcastShape(cells.flatMap((c) => (c.arg ? [{ spec: c.spec, arg: c.arg }] : [])));
      const n = shape.rows * shape.cols;
      const typed = a as ArgsOf<P>;
      const check = spec.check;
      const load = (k: number) => {
        for (const c of cells) a[c.spec.name] = c.arg ? cellValue(c.arg, c.arg.shape.rows * c.arg.shape.cols === 1 ? 0 : k) : c.scalar;
        if (check) check(typed, positionOf(k, shape));
      };
      if (output === "detail") {
        const elements: Array<MeasuredElement<ArgsOf<P>, M>> = [];
        for (let k = 0; k < n; k++) {
          load(k);
          // A copy per element: the record above is reused, and `relate` sees every element at once.
          const own = { ...typed };
          elements.push({ a: own, m: spec.measure(own) });
        }
        const related = spec.relate?.(elements, shape);
        const columns = elements.map((e, k) => detailColumn(spec, spec.words, e.m, e.a, related?.[k]));
        return columns[0].map(([label], row) => [label, ...columns.map((col) => col[row]?.[1] ?? "")]);
      }
      // The path of every call that spills values or statuses, element by element, read straight
      // from the blocks Excel passed (no copy), the result built row by row in its shape:
      // - per argument: its name, and either the row being read or a fixed value (an option, an
      //   omitted argument, or a single cell broadcast);
      // - the choice of output made once, not per element.
      const count = cells.length;
      const names = cells.map((c) => c.spec.name);
      const broadcast = cells.map((c) => !c.arg || c.arg.shape.rows * c.arg.shape.cols === 1);
      const fixed = cells.map((c, j) => (broadcast[j] ? (c.arg ? cellValue(c.arg, 0) : c.scalar) : undefined));
      const magnitude = cells.map((c) => c.arg?.magnitude === true);
      const rowOf: Array<readonly CellInput[] | undefined> = new Array<readonly CellInput[] | undefined>(count);
      const [n0, n1, n2, n3, n4] = names;
      /** Argument j in column c of the current row: readCells checked every cell, a finite number. */
      const valueAt = (j: number, c: number): number | undefined => {
        const source = rowOf[j];
        if (source === undefined) return fixed[j];
        const x = source[c] as number;
        return magnitude[j] ? Math.abs(x) : x; // convention 6, as numberOf
      };
      const cellOf: (m: M) => CellOutput =
        output === "value" ? (m) => m.value : hasStatus ? (m) => statusOf(spec, m, typed) : () => noStatus(spec.id);
      const result: Matrix<CellOutput> = [];
      for (let r = 0, k = 0; r < shape.rows; r++) {
        for (let j = 0; j < count; j++) rowOf[j] = broadcast[j] ? undefined : cells[j].arg?.block[r];
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
    },
  };
}
