/**
 * Every AIFLAG function as a HyperFormula function, registered from the same registry Excel's
 * custom functions come from, under the same names: `AIFLAG.<ID>`. HyperFormula accepts the dot
 * in a function name (its own CHISQ.DIST has one) and matches names case-insensitively, so a
 * formula reads exactly as in Excel. Arguments reach the core through `invokeFunction`, the one
 * boundary, with ranges as blocks; results come back as cells or a spilled block.
 */
import { ArraySize, CellError as HfCellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
import type { CellOutput, Matrix, Shape } from "../core/cells/values";
import { NAMESPACE } from "../core/docs/formula";
import type { FunctionDefinition } from "../core/framework/definition";
import { invokeFunction } from "../core/framework/invoke";
import { findFunction, REGISTRY } from "../core/registry";
import { outputIndex, predictShape } from "./resultShape";
import { argToCore, cellToEngine, type EngineCell } from "./values";

/** HyperFormula's own types for a call's syntax tree and evaluation state (not exported by name). */
type HfAst = Parameters<FunctionPlugin["arraySizeForAst"]>[0];
type HfState = Parameters<FunctionPlugin["arraySizeForAst"]>[1];
type HfCall = Extract<HfAst, { procedureName: string }>;

export const engineName = (def: FunctionDefinition): string => `${NAMESPACE}.${def.id}`;

/** Fits a result into the area reserved for it: padded with blanks, or an error if it is larger. */
function fit(def: FunctionDefinition, result: Matrix<CellOutput>, reserved: Shape): EngineCell | SimpleRangeValue {
  const rows = result.length;
  const cols = rows === 0 ? 0 : result[0].length;
  if (rows > reserved.rows || cols > reserved.cols) {
    return new HfCellError(
      ErrorType.VALUE,
      `${engineName(def)} returns ${rows} x ${cols} cells here, but the engine sized the result as ${reserved.rows} x ${reserved.cols} ` +
        'from the formula text: give ranges as addresses (B2:D2) rather than names, and output as literal text ("detail").',
    );
  }
  if (reserved.rows === 1 && reserved.cols === 1) return cellToEngine(result[0][0]);
  // A single error (wrong input) shows in the top-left cell only, as in Excel.
  const block: EngineCell[][] = [];
  for (let r = 0; r < reserved.rows; r++) {
    const row: EngineCell[] = [];
    for (let c = 0; c < reserved.cols; c++) row.push(r < rows && c < cols ? cellToEngine(result[r][c]) : "");
    block.push(row);
  }
  return SimpleRangeValue.onlyValues(block);
}

export class AiflagPlugin extends FunctionPlugin {
  /** The one method behind every AIFLAG function: the call's own name says which. */
  aiflag(ast: HfCall, state: HfState) {
    const def = findFunction(ast.procedureName);
    if (!def) return new HfCellError(ErrorType.NAME, `${ast.procedureName} is not an AIFLAG function`);
    const reserved = this.shapeOf(def, ast, state);
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (...args: unknown[]) =>
      fit(def, invokeFunction(def, args.map(argToCore)), reserved),
    );
  }

  /** HyperFormula asks this when it reads the formula, before any value exists. */
  aiflagSize(ast: HfCall, state: HfState): ArraySize {
    const def = findFunction(ast.procedureName);
    if (!def) return ArraySize.scalar();
    const shape = this.shapeOf(def, ast, state);
    return new ArraySize(shape.cols, shape.rows);
  }

  private shapeOf(def: FunctionDefinition, ast: HfCall, state: HfState): Shape {
    const args = ast.args.map((arg) => {
      if (arg.type === "EMPTY") return undefined;
      const size = this.arraySizeForAst(arg, state);
      return { rows: size.height, cols: size.width };
    });
    const out = ast.args[outputIndex(def)];
    const output = out === undefined || out.type === "EMPTY" ? "value" : out.type === "STRING" ? out.value : undefined;
    return predictShape(def, args, output);
  }
}

function metadataOf(def: FunctionDefinition): ImplementedFunctions[string] {
  return {
    method: "aiflag",
    sizeOfResultArrayMethod: "aiflagSize",
    // Ranges arrive whole (ANY), never vectorised cell by cell: the core reads blocks itself.
    parameters: def.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, ...(p.optional ? { optionalArg: true } : {}) })),
    vectorizationForbidden: true,
  };
}

AiflagPlugin.implementedFunctions = Object.fromEntries(REGISTRY.map((def) => [engineName(def), metadataOf(def)]));

let registered = false;

/**
 * Registers the plugin once per process (HyperFormula keeps plugins in a static registry). The
 * names are their own translation in every language registered so far: AIFLAG names are not
 * translated in Excel either.
 */
export function registerAiflagFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries(REGISTRY.map((def) => [engineName(def), engineName(def)]));
  const translations = Object.fromEntries(HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, names]));
  HyperFormula.registerFunctionPlugin(AiflagPlugin, translations);
  registered = true;
}
