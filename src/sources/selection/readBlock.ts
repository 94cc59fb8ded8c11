/**
 * From a grid to a block model: which line holds the period header, which positions are periods (in
 * time order), and which line each recognised line item lives on, with its numbers.
 *
 * Decisions:
 * - Header: among the lines above the first recognised line item, the one with the most period
 *   cells (two or more; one if little else is on the line), the lowest on a tie (closest to the data; titles
 *   such as "Year Ended December 31," sit above it). Excel serial dates count only on a line whose
 *   filled cells are all in the serial range AND which says it holds dates (`datesAllowed`: date
 *   formats, or a blank or "Period" label): figures are never turned into dates.
 * - Period positions: with a header, the positions whose header is a period (a "Units", "Source"
 *   or "% chg" column is left out). Without one, every position where some line holds a number,
 *   taken as oldest first (convention 1 of the core), and said so.
 * - Periods are put in time order (oldest first) whatever the sheet order: filings print the
 *   newest year first, and the series flags read oldest first.
 * - One line per line item: lines with numbers before blank ones, then the stronger match (exact
 *   before prefix, a "Total ..." line before a plain one), then more numbers, then the higher line. "Revenue:" headings without numbers
 *   lose to "Total revenue"; a recognised but blank line is kept so that a message can name it.
 */
import { columnName, type CellPosition } from "../../core/cells/a1";
import type { LineItemId } from "../../model/lineItems";
import { recogniseLabel, type LabelMatch } from "./labels/recognise";
import { readCellNumber } from "./cellNumber";
import { filledFormats, type Grid } from "./grid";
import { datesAllowed, isSerialDate, orderOf, parsePeriod, periodsPerYearOf, type PeriodLabel, type PeriodOrder } from "./periods";

export interface BlockPeriod {
  /** "FY2024", "Dec-24", "2023"; "column D" / "row 7" when the block has no header. */
  label: string;
  /** Position along the lines. */
  position: number;
  /** Months from year 0 to the period's last month (see `periods.ts`); undefined without a header. */
  key?: number;
}

export interface ModelRow {
  item: LineItemId;
  /** The label as the model writes it. */
  label: string;
  match: LabelMatch;
  /** Where the label sits. */
  labelCell: CellPosition;
  /** One entry per period, oldest first. */
  values: ReadonlyArray<number | null>;
  cells: readonly CellPosition[];
  /** Periods whose number was read from text (see `cellNumber.ts`). */
  fromText: readonly boolean[];
  numbers: number;
}

export interface BlockModel {
  /** Oldest first. */
  periods: readonly BlockPeriod[];
  /** The sheet order of the periods; "assumed" when there is no header to tell. */
  order: PeriodOrder | "assumed";
  periodsPerYear?: number;
  headerLine?: number;
  /** One per recognised line item. */
  rows: ReadonlyMap<LineItemId, ModelRow>;
  /** Labels of lines holding numbers that name no line item, for the pane to show. */
  unrecognised: readonly string[];
}

interface Header {
  line: number;
  periods: Array<{ position: number; label: PeriodLabel }>;
}

function headerOn(grid: Grid, line: number): Header | undefined {
  const whole = grid.lines[line];
  const cells = whole.slice(1);
  const filled = cells.filter((x) => x !== null);
  const serial = filled.length >= 2 && filled.every(isSerialDate) && datesAllowed(whole[0], filledFormats(whole, grid.formats?.[line]));
  const periods = cells.flatMap((x, k) => {
    const label = parsePeriod(x, serial);
    return label ? [{ position: k + 1, label }] : [];
  });
  // Two periods make a header even among "Units" / "Source" / "% chg" cells; a lone one only
  // when little else is on the line (a title such as "Outlook 2025 (draft)" is not a header).
  const enough = periods.length >= 2 || (periods.length === 1 && filled.length <= 2);
  return enough ? { line, periods } : undefined;
}

function findHeader(grid: Grid, firstItemLine: number): Header | undefined {
  let best: Header | undefined;
  for (let i = 0; i < Math.max(1, firstItemLine) && i < grid.lines.length; i++) {
    const h = headerOn(grid, i);
    if (h && (!best || h.periods.length >= best.periods.length)) best = h;
  }
  return best;
}

function periodsWithoutHeader(grid: Grid): BlockPeriod[] {
  const width = grid.lines[0]?.length ?? 0;
  const out: BlockPeriod[] = [];
  for (let j = 1; j < width; j++) {
    const hasNumber = grid.lines.some((line) => readCellNumber(line[j]).kind === "number");
    if (!hasNumber) continue;
    const p = grid.at(0, j);
    out.push({ label: grid.orientation === "rows" ? `column ${columnName(p.col)}` : `row ${p.row + 1}`, position: j });
  }
  return out;
}

function rowOf(grid: Grid, line: number, match: LabelMatch, periods: readonly BlockPeriod[]): ModelRow {
  const cells = periods.map((p) => grid.at(line, p.position));
  const readings = periods.map((p) => readCellNumber(grid.lines[line][p.position]));
  const values = readings.map((r) => (r.kind === "number" ? r.value : null));
  return {
    item: match.item,
    label: String(grid.lines[line][0]).trim(),
    match,
    labelCell: grid.at(line, 0),
    values,
    cells,
    fromText: readings.map((r) => r.kind === "number" && r.fromText),
    numbers: values.filter((v) => v !== null).length,
  };
}

function better(a: ModelRow, b: ModelRow): boolean {
  if ((a.numbers > 0) !== (b.numbers > 0)) return a.numbers > 0;
  if (a.match.score !== b.match.score) return a.match.score > b.match.score;
  return a.numbers > b.numbers;
}

export function readBlock(grid: Grid): BlockModel {
  const matches = grid.lines.map((line) => recogniseLabel(line[0]));
  const firstItem = matches.findIndex((m) => m !== undefined);
  const header = findHeader(grid, firstItem === -1 ? grid.lines.length : firstItem);
  let periods: BlockPeriod[];
  let order: BlockModel["order"] = "assumed";
  let periodsPerYear: number | undefined;
  if (header) {
    const sorted = [...header.periods].sort((a, b) => a.label.key - b.label.key);
    periods = sorted.map((p) => ({ label: p.label.text, position: p.position, key: p.label.key }));
    order = orderOf(header.periods.map((p) => p.label.key));
    periodsPerYear = periodsPerYearOf(header.periods.map((p) => p.label));
  } else {
    periods = periodsWithoutHeader(grid);
  }
  const rows = new Map<LineItemId, ModelRow>();
  const unrecognised: string[] = [];
  grid.lines.forEach((line, i) => {
    if (i === header?.line) return;
    const match = matches[i];
    if (!match) {
      const label = typeof line[0] === "string" ? line[0].trim() : "";
      if (label !== "" && periods.some((p) => readCellNumber(line[p.position]).kind === "number")) unrecognised.push(label);
      return;
    }
    const row = rowOf(grid, i, match, periods);
    const held = rows.get(match.item);
    if (!held || better(row, held)) rows.set(match.item, row);
  });
  return { periods, order, ...(periodsPerYear === undefined ? {} : { periodsPerYear }), ...(header ? { headerLine: header.line } : {}), rows, unrecognised };
}
