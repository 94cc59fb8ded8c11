/**
 * The catalogue: every AIFLAG function, in display order (the order of GROUPS: red flags
 * first, utilities last). A new flag is one file in `flags/` plus one line here; the custom
 * function, its metadata, the taskpane card, the reference docs and the templates all read
 * this list.
 */
import type { FunctionDefinition } from "./framework/definition";
import { accruals } from "./flags/accruals";
import { altmanZ } from "./flags/altmanZ";
import { beneish } from "./flags/beneish";
import { bonusDep } from "./flags/bonusDep";
import { capexCreep } from "./flags/capexCreep";
import { capRestate } from "./flags/capRestate";
import { depCliff } from "./flags/depCliff";
import { depGap } from "./flags/depGap";
import { energyRisk } from "./flags/energyRisk";
import { fcfConv } from "./flags/fcfConv";
import { grossMarginGap } from "./flags/grossMarginGap";
import { incRoic } from "./flags/incRoic";
import { inferenceCost } from "./flags/inferenceCost";
import { revenueGap } from "./flags/revenueGap";
import { roic } from "./flags/roic";
import { runway } from "./flags/runway";
import { sovereign } from "./flags/sovereign";
import { talentLoad } from "./flags/talentLoad";
import { usefulLife } from "./flags/usefulLife";
import type { FunctionCatalogue } from "./utilities/catalogue";
import { defineExplain } from "./utilities/explain";
import { defineFlagsList } from "./utilities/flags";
import { score } from "./utilities/score";

/** What EXPLAIN and FLAGS read; both members are called only when a function runs, once REGISTRY exists. */
const catalogue: FunctionCatalogue = {
  list: () => REGISTRY,
  find: (name) => findFunction(name),
};

export const REGISTRY: readonly FunctionDefinition[] = [
  // The four red flags
  grossMarginGap,
  capexCreep,
  sovereign,
  energyRisk,
  // Depreciation
  depCliff,
  depGap,
  // Cash and returns
  fcfConv,
  revenueGap,
  // Returns
  roic,
  incRoic,
  usefulLife,
  // Forensic scores
  beneish,
  altmanZ,
  accruals,
  // Signals
  inferenceCost,
  talentLoad,
  runway,
  capRestate,
  // Policy
  bonusDep,
  // Utilities
  defineExplain(catalogue),
  defineFlagsList(catalogue),
  score,
];

const byId = new Map(REGISTRY.map((def) => [def.id, def]));

/** Looks a function up by name: case-insensitive, with or without the `AIFLAG.` prefix. */
export function findFunction(name: string): FunctionDefinition | undefined {
  return byId.get(name.trim().toUpperCase().replace(/^AIFLAG\./, ""));
}
