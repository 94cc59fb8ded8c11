/**
 * The AIFLAG formula of each flag over the Inputs sheet, from its derived binding (bindings.ts):
 * which cells it reads, how many of the required ones are blank, and the call for output
 * "value" or "status". An optional input with no default (SOVEREIGN's cash collected,
 * CAPEXCREEP's commitments) is passed only when every one of its cells is filled; a status
 * measured against such an input (ROIC's cost of capital, `statusNeeds`) is empty until it is.
 * An optional row with a default (FCFCONV's finance leases) is passed as it is. Capex read as
 * vintages is the hardware capex row; its blanks are counted on the capex row behind it.
 */
import type { FunctionDefinition } from "../../core/framework/definition";
import { REGISTRY } from "../../core/registry";
import { aiflagCall, text } from "../formulas";
import type { ArgBinding, FlagBinding } from "./bindings";
import { isDerivedRow } from "./derivedRows";
import { assumption, hardwareSeries, itemCell, itemSeries, latestItemCell, slotSeries, vintageSeries, type InputsLayout } from "./layout";

/** The flags of the catalogue, in display order: every function that is not a utility. */
export function catalogueFlags(): FunctionDefinition[] {
  return REGISTRY.filter((def) => def.kind !== "utility");
}

/** What a formula passes for one argument, and which cells must be filled for it. */
interface ArgRef {
  /** The reference passed ("" for an argument left out). */
  ref: string;
  /** The input cells behind it, counted when blank: the capex row behind hardware capex, else the reference itself. */
  inputs: string;
  /** Whether the input cells are a derived row (formulas over other rows: derivedRows.ts). */
  derived: boolean;
}

const same = (ref: string, derived = false): ArgRef => ({ ref, inputs: ref, derived });

/** Whether an argument reads a derived row. */
const readsDerived = (arg: ArgBinding) => (arg.from === "series" || arg.from === "latest") && isDerivedRow(arg.item);

function argOf(layout: InputsLayout, arg: ArgBinding): ArgRef {
  switch (arg.from) {
    case "series":
      return same(itemSeries(layout, arg.item), readsDerived(arg));
    case "vintages":
      return { ref: hardwareSeries(layout), inputs: vintageSeries(layout, arg.item), derived: false };
    case "latest":
      return same(latestItemCell(layout, arg.item), readsDerived(arg));
    case "slots":
      return same(slotSeries(layout, arg.item));
    case "assumption":
      return same(assumption(layout, arg.key));
    case "omitted":
      return same("");
  }
}

/**
 * How an argument counts: "required" (a blank one makes the flag "needs input"); "optional", an
 * optional parameter with no default, passed only when every one of its cells is filled (the
 * flag works without it); "defaulted", an optional row with a default (FCFCONV's finance leases):
 * passed as it is, a blank cell taking the default.
 */
function roleOf(def: FunctionDefinition, i: number, binding: ArgBinding | undefined): "required" | "optional" | "defaulted" {
  const p = def.params[i];
  if (p.optional !== true) return "required";
  if (p.defaultValue === undefined) return "optional";
  return binding && binding.from !== "assumption" ? "defaulted" : "required";
}

export interface FlagFormulas {
  /** Number of blank required inputs. */
  blanks: string;
  /** The AIFLAG expression (no "="), for output "value" or "status". */
  call(output: "value" | "status"): string;
}

/**
 * How many cells of a required input are blank. A derived row holds formulas that give empty
 * text when they cannot compute: what is not a number counts there (COUNTBLANK counts empty text
 * in Excel but not in every engine).
 */
const blanksIn = (arg: ArgRef) => (arg.derived ? `(ROWS(${arg.inputs})*COLUMNS(${arg.inputs})-COUNT(${arg.inputs}))` : `COUNTBLANK(${arg.inputs})`);

/** The formulas of a flag over the given arguments ("" for an argument left out). */
function formulasOver(def: FunctionDefinition, args: readonly ArgRef[], bindings: readonly ArgBinding[]): FlagFormulas {
  const given = args.map((_r, i) => i).filter((i) => args[i].ref !== "");
  const required = given.filter((i) => roleOf(def, i, bindings[i]) === "required");
  const optional = given.filter((i) => roleOf(def, i, bindings[i]) === "optional");
  if (optional.length > 1) throw new Error(`${def.id}: the Flags sheet handles one optional input, not ${optional.length}`);
  const refs = args.map((a) => a.ref);
  const withOutput = (list: readonly string[], output: "value" | "status") => (output === "value" ? [...list] : [...list, text(output)]);
  return {
    blanks: required.length === 0 ? "0" : required.map((i) => blanksIn(args[i])).join("+"),
    call(output) {
      const full = aiflagCall(def.id, withOutput(refs, output));
      if (optional.length === 0) return full;
      const j = optional[0];
      // A status measured against the optional input (ROIC's cost of capital) stays empty without it, as for a blank input.
      const without =
        output === "status" && def.statusNeeds === def.params[j].name
          ? text("")
          : aiflagCall(def.id, withOutput(refs.map((r, i) => (i === j ? "" : r)), output));
      return `IF(COUNTBLANK(${args[j].inputs})>0,${without},${full})`;
    },
  };
}

/** The flag's formulas over the Inputs sheet; `replace` passes other cells for some parameters, by name (the sensitivity's lives). */
export function flagFormulas(binding: FlagBinding, layout: InputsLayout, replace: Readonly<Record<string, string>> = {}): FlagFormulas {
  const args = binding.args.map((arg, i) => {
    const other = replace[binding.def.params[i].name];
    return other === undefined ? argOf(layout, arg) : same(other);
  });
  return formulasOver(binding.def, args, binding.args);
}

/** The formulas of an element-wise flag on year k alone (the by-year rows the charts draw). */
export function flagFormulasInYear(binding: FlagBinding, layout: InputsLayout, k: number): FlagFormulas {
  const args = binding.args.map((arg) => {
    if (arg.from === "latest") return same(itemCell(layout, arg.item, k), readsDerived(arg));
    if (arg.from !== "assumption" && arg.from !== "omitted") throw new Error(`${binding.def.id} reads more than one year: it has no by-year row`);
    return argOf(layout, arg);
  });
  return formulasOver(binding.def, args, binding.args);
}
