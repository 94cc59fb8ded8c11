/** Where a fact sits on the analyst's sheet, when it was read from a cell. */
import type { CellPosition } from "../core/cells/a1";
import type { Fact } from "../model/financials";

export function cellOf(fact: Fact): CellPosition | undefined {
  const p = fact.provenance;
  return p.source === "cell" ? { row: p.row, col: p.col } : undefined;
}
