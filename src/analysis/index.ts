/**
 * "Analyse selection", pure half. The host layer reads the selection, calls `analyseSelection`,
 * shows the flags, and on request writes `planFormulas(...)` after checking its target is empty
 * (`findEmptyArea` proposes another place when it is not).
 */
export { analyseSelection, rowFor, EMPTY_ANALYSIS, type Analysis, type AnalysisOptions } from "./analyse";
export type { BlockValue, Selection } from "./block/selection";
export type { Orientation } from "./block/grid";
export type { ModelRow, Period } from "./block/readModel";
export type { ComputedFlag, FlagResult, NeedsInputFlag } from "./flags/computeFlags";
export type { MissingInput, Assumptions } from "./flags/sources";
export type { Setting, UsedInput } from "./flags/feed";
export { LINE_ITEMS, type LineItemId } from "./labels/lineItems";
export { recogniseLabel } from "./labels/recognise";
export { planFormulas, defaultAnchor, type CellWrite, type FormulaPlan, type PlanOptions } from "./formulas/plan";
export { findEmptyArea, isEmptyCell, type AreaAnswer, type AreaRequest, type SheetWindow } from "./formulas/emptyArea";
