/**
 * The selection source: a block of the analyst's sheet read as `Financials` with cell
 * provenance, and what the reading found. Its mapping table is `labels/synonyms.ts`.
 */
export { readSelection, rowFor, blocksComputation, EMPTY_READING, SELECT_A_BLOCK, SHAPE_NOTICES, type BlockShape, type SelectionReading } from "./read";
export type { BlockValue, Selection } from "./selection";
export type { Orientation } from "./grid";
export type { BlockPeriod, ModelRow } from "./readBlock";
export { recogniseLabel, type LabelMatch } from "./labels/recognise";
