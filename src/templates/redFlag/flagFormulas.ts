/**
 * The AIFLAG formula of each flag over the Inputs sheet, from its binding: which cells it reads,
 * how many of the required ones are blank, and the call for output "value" or "status". An
 * optional input with no default (SOVEREIGN's cash collected, CAPEXCREEP's commitments) is
 * passed only when every one of its cells is filled.
 */
import type { FunctionDefinition } from "../../core/framework/definition";
import { REGISTRY } from "../../core/registry";
import { aiflagCall, blankCount, text } from "../formulas";
import { RED_FLAG_BINDINGS, type ArgBinding, type FlagBinding } from "./bindings";
import { assumption, commitmentSeries, guidanceSeries, itemSeries, latestItemCell, type InputsLayout } from "./layout";

/** The flags of the catalogue, in display order: every function that is not a utility. */
export function catalogueFlags(): FunctionDefinition[] {
  return REGISTRY.filter((def) => def.kind !== "utility");
}

export function bindingOf(def: FunctionDefinition): FlagBinding {
  const binding = RED_FLAG_BINDINGS[def.id];
  if (!binding) throw new Error(`the red-flag model has no inputs for ${def.id}: add it to RED_FLAG_BINDINGS`);
  const expected = def.params.length - 1; // every flag ends with `output`
  if (binding.args.length !== expected) throw new Error(`${def.id} takes ${expected} inputs but its binding gives ${binding.args.length}`);
  return binding;
}

function refOf(layout: InputsLayout, arg: ArgBinding): string {
  switch (arg.from) {
    case "series":
      return itemSeries(layout, arg.item);
    case "latest":
      return latestItemCell(layout, arg.item);
    case "assumption":
      return assumption(layout, arg.key);
    case "guidance":
      return guidanceSeries(layout);
    case "commitments":
      return commitmentSeries(layout);
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

export function flagFormulas(def: FunctionDefinition, layout: InputsLayout): FlagFormulas {
  const refs = bindingOf(def).args.map((arg) => refOf(layout, arg));
  const required = refs.filter((_r, i) => !omittable(def, i));
  const optional = refs.map((_r, i) => i).filter((i) => omittable(def, i));
  if (optional.length > 1) throw new Error(`${def.id}: the Flags sheet handles one optional input, not ${optional.length}`);
  const withOutput = (args: string[], output: "value" | "status") => (output === "value" ? args : [...args, text(output)]);
  return {
    blanks: blankCount(required),
    call(output) {
      const full = aiflagCall(def.id, withOutput(refs, output));
      if (optional.length === 0) return full;
      const j = optional[0];
      const without = aiflagCall(def.id, withOutput(refs.map((r, i) => (i === j ? "" : r)), output));
      return `IF(COUNTBLANK(${refs[j]})>0,${without},${full})`;
    },
  };
}
