/**
 * The analysis, pure. `analyseFinancials` runs every flag on one company's figures, whatever
 * their source. "Analyse selection": the host reads the selection, `analyseSelection` reads it
 * through the selection source and analyses its figures, the pane shows the result, and on
 * request the host writes `planFormulas(...)` after checking its target is empty
 * (`findEmptyArea` proposes another place when it is not).
 */
export { analyseFinancials, analyseSelection, EMPTY_ANALYSIS, type Analysis, type AnalysisOptions, type FinancialsAnalysis } from "./analyse";
export { rowFor, blocksComputation, type BlockShape, type BlockValue, type BlockPeriod, type ModelRow, type Orientation, type Selection } from "../sources/selection";
export type { ComputedFlag, FlagResult, NeedsInputFlag } from "./flags/computeFlags";
export type { MissingInput, Assumptions, SettingWhy } from "./flags/sources";
export type { Setting, UsedInput } from "./flags/feed";
export { planFormulas, defaultAnchor, writableFlags, assumptionLabel, type CellWrite, type WriteStyle, type FormulaPlan, type PlanOptions } from "./formulas/plan";
export { isEmptyContent } from "../core/cells/values";
export { findEmptyArea, type AreaAnswer, type AreaRequest, type SheetWindow } from "./formulas/emptyArea";
export { assumptionFields, isAssumption, type AssumptionField } from "./assumptions";
