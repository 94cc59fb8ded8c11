/**
 * The host outside Excel (a plain browser, office.js that failed to load): nothing to write
 * into, so a formula goes to the clipboard, or the user copies it by hand; templates and the
 * analysis answer with a sentence saying they need Excel (or the preview).
 */
import type { Analysis } from "../analysis";
import type { WorkbookPlan } from "../templates/plan";
import { insertResult, type BesideResult, type Host, type InsertResult, type PlanResult, type RangeResult, type RemoveResult, type SelectionResult } from "./host";
import { NO_LOAD_ON_OPEN } from "./loadOnOpen";
import { besideResult, NOT_CONNECTED_MESSAGES, planResult, rangeResult, selectionResult } from "./messages";

/** The part of `navigator.clipboard` used here. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** `navigator.clipboard` when the page has one (it needs a secure context), else undefined. */
export function browserClipboard(): ClipboardLike | undefined {
  if (typeof navigator === "undefined") return undefined;
  return navigator.clipboard ?? undefined;
}

export const NOT_CONNECTED = "not connected";

export function createNullHost(clipboard: ClipboardLike | undefined = browserClipboard()): Host {
  return {
    connected: false,
    hostName: NOT_CONNECTED,
    async insertFormula(formula: string): Promise<InsertResult> {
      if (!clipboard) return insertResult.copyByHand(formula);
      try {
        await clipboard.writeText(formula);
        return insertResult.copied();
      } catch {
        // Permission denied or the page lacks focus: copying by hand is the expected fallback.
        return insertResult.copyByHand(formula);
      }
    },
    async writePlan(_plan: WorkbookPlan): Promise<PlanResult> {
      return planResult.unsupported(NOT_CONNECTED_MESSAGES.writePlan);
    },
    async readSelection(): Promise<SelectionResult> {
      return selectionResult.unavailable(NOT_CONNECTED_MESSAGES.readSelection);
    },
    async readSelectionAddress(): Promise<RangeResult> {
      return rangeResult.unavailable(NOT_CONNECTED_MESSAGES.readSelectionAddress);
    },
    async writeFormulasBeside(_analysis: Analysis): Promise<BesideResult> {
      return besideResult.unavailable(NOT_CONNECTED_MESSAGES.writeFormulasBeside);
    },
    // Nothing is ever inserted here, so there is nothing to remove.
    lastInsertion: async () => undefined,
    async removeLastInsertion(): Promise<RemoveResult> {
      return { outcome: "unavailable", message: NOT_CONNECTED_MESSAGES.removeInsertion };
    },
    onInsertionsChange: () => () => undefined,
    ...NO_LOAD_ON_OPEN,
  };
}
