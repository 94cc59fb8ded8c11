/**
 * The AIFLAG formula of each flag over the Inputs sheet, from its derived binding (bindings.ts):
 * which cells it reads, how many of the required ones are blank, and the call for output
 * "value" or "status". An optional input with no default (SOVEREIGN's cash collected,
 * CAPEXCREEP's commitments) is passed only when every one of its cells is filled; a status
 * measured against such an input (ROIC's cost of capital, `statusNeeds`) is empty until it is.
 */
import type { FunctionDefinition } from "../../core/framework/definition";
import { REGISTRY } from "../../core/registry";
import { aiflagCall, text } from "../formulas";
import type { ArgBinding, FlagBinding } from "./bindings";
import { isDerivedRow } from "./derivedRows";
import { assumption, itemCell, itemSeries, latestItemCell, slotSeries, type InputsLayout } from "./layout";

/** The flags of the catalogue, in display order: every function that is not a utility. */
export function catalogueFlags(): FunctionDefinition[] {
  return REGISTRY.filter((def) => def.kind !== "utility");
}

function refOf(layout: InputsLayout, arg: ArgBinding): string {
  switch (arg.from) {
    case "series":
      return itemSeries(layout, arg.item);
    case "latest":
      return latestItemCell(layout, arg.item);
    case "slots":
      return slotSeries(layout, arg.item);
    case "assumption":
      return assumption(layout, arg.key);
    case "omitted":
      return "";
  }
}

/** An optional parameter with no default: the flag works without it. */
const omittable = (def: FunctionDefinition, i: number) => def.params[i].optional === true && def.params[i].defaultValue === undefined;

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
const blanksIn = (ref: string, derived: boolean) => (derived ? `(ROWS(${ref})*COLUMNS(${ref})-COUNT(${ref}))` : `COUNTBLANK(${ref})`);

/** The formulas of a flag over the given argument references ("" for an argument left out). */
function formulasOver(def: FunctionDefinition, refs: readonly string[], derived: readonly boolean[] = []): FlagFormulas {
  const given = refs.map((_r, i) => i).filter((i) => refs[i] !== "");
  const required = given.filter((i) => !omittable(def, i));
  const optional = given.filter((i) => omittable(def, i));
  if (optional.length > 1) throw new Error(`${def.id}: the Flags sheet handles one optional input, not ${optional.length}`);
  const withOutput = (args: readonly string[], output: "value" | "status") => (output === "value" ? [...args] : [...args, text(output)]);
  return {
    blanks: required.map((i) => blanksIn(refs[i], derived[i] === true)).join("+"),
    call(output) {
      const full = aiflagCall(def.id, withOutput(refs, output));
      if (optional.length === 0) return full;
      const j = optional[0];
      // A status measured against the optional input (ROIC's cost of capital) stays empty without it, as for a blank input.
      const without =
        output === "status" && def.statusNeeds === def.params[j].name
          ? text("")
          : aiflagCall(def.id, withOutput(refs.map((r, i) => (i === j ? "" : r)), output));
      return `IF(COUNTBLANK(${refs[j]})>0,${without},${full})`;
    },
  };
}

/** Whether an argument reads a derived row (formulas over other rows: derivedRows.ts). */
const readsDerived = (arg: ArgBinding) => (arg.from === "series" || arg.from === "latest") && isDerivedRow(arg.item);

export function flagFormulas(binding: FlagBinding, layout: InputsLayout): FlagFormulas {
  return formulasOver(binding.def, binding.args.map((arg) => refOf(layout, arg)), binding.args.map(readsDerived));
}

/** The formulas of an element-wise flag on year k alone (the by-year rows the charts draw). */
export function flagFormulasInYear(binding: FlagBinding, layout: InputsLayout, k: number): FlagFormulas {
  const refs = binding.args.map((arg) => {
    if (arg.from === "latest") return itemCell(layout, arg.item, k);
    if (arg.from === "series" || arg.from === "slots") throw new Error(`${binding.def.id} reads more than one year: it has no by-year row`);
    return refOf(layout, arg);
  });
  return formulasOver(binding.def, refs, binding.args.map(readsDerived));
}
