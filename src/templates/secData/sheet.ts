/**
 * The "SEC data" sheet: every line item a company's figures hold, as read from its filings, with
 * where each figure came from. Pure: a `Financials` (fiscal years, from SEC companyfacts or any
 * other source; or its quarters) in, a sheet plan out; every writer (Office.js, the preview, ExcelJS) renders it,
 * since it uses nothing but cells, number formats, styles and widths.
 *
 *   rows 1-5    title, source, units (B3), how to read the marks
 *   the grid    items down in statement order (the vocabulary's), fiscal years (or quarters) across, money in
 *               millions (blue: figures from the filings). Column B names the tag(s) read; after
 *               the years, the rows of the item's sources and the notes on its series. A derived
 *               figure's number format ends in "*", a restated one's in "r", as `aiflag sec`
 *               prints them: the cell stays a number that formulas read.
 *   sources     one row per figure, in the grid's order (item, then year): tag, the figure in
 *               millions (a formula pointing at its grid cell, so each is reached from the
 *               other), the figure as filed, form, filing date, accession number, the
 *               first-reported figure when a later filing changed it, and how it was derived.
 *   missing     items with no figure, and items missing some years, with the reason.
 *   notes       the source's caveats.
 */
import type { Fact, Financials } from "../../model/financials";
import { LINE_ITEM_IDS, LINE_ITEMS, type LineItemId } from "../../model/lineItems";
import { padCik } from "../../sources/sec/address";
import { abs, cell, columnLetter } from "../cellRefs";
import { COLUMN_NOUN, inMillions, periodColumnsOf, QUARTERS_NOT_ANNUALISED, shownAt, unitsText } from "../company";
import { MONEY_FORMAT, TEXT_FORMAT } from "../formats";
import { caveatsOf, companyLabel, sourceOf, writeNotes, writeSheetHeader } from "../notes";
import type { SheetPlan } from "../plan";
import { capitalised } from "../redFlag/lineItems";
import { SheetBuilder } from "../sheetBuilder";
import { factNote, firstReported, markedMoneyFormat, secProvenance } from "./facts";
import { gapsOf } from "./gaps";

export const SEC_DATA_KEY = "secdata";
export const SEC_DATA_SHEET = "SEC data";

/** Row of the grid's header (fiscal years across); items start two rows below, after the year ends. */
export const GRID_HEADER_ROW = 7;
const FIRST_YEAR_COL = 2; // column C
const AS_FILED_FORMAT = "#,##0;(#,##0)";

/** The columns of the sources table, left to right. */
export const SOURCE_COLUMNS = {
  item: "A",
  tag: "B",
  year: "C",
  shown: "D",
  asFiled: "E",
  form: "F",
  filed: "G",
  accn: "H",
  firstReported: "I",
  note: "J",
} as const;

export interface SecDataLayout {
  /** Grid row of each item the figures hold, by line-item id. */
  itemRow: Readonly<Partial<Record<LineItemId, number>>>;
  /** Column index (0-based) of the first fiscal year. */
  firstYearCol: number;
  years: number;
  /** Header row of the sources table, and its first and last rows. */
  sourcesHeaderRow: number;
  sourcesRows: { first: number; last: number };
  /** First sources row of each item, by id (its figures follow, oldest first). */
  sourcesRowOf: Readonly<Partial<Record<LineItemId, number>>>;
  /** Header row of the missing-figures block. */
  missingHeaderRow: number;
}

/** "USD" for figures as filed; "USD (units of 1,000)" for a source that gives another scale. */
function asFiledUnit(f: Financials): string {
  const scale = f.units.scale ?? 1;
  return scale === 1 ? f.units.currency : `${f.units.currency}, units of ${scale.toLocaleString("en-US")}`;
}

const rowsText = (first: number, last: number) => (first === last ? `row ${first}` : `rows ${first}-${last}`);

export function buildSecDataSheet(f: Financials): { sheet: SheetPlan; layout: SecDataLayout } {
  const sb = new SheetBuilder(SEC_DATA_KEY, SEC_DATA_SHEET);
  const columns = periodColumnsOf(f);
  const years = columns.headers.length;
  const units = unitsText(f);
  const items = LINE_ITEM_IDS.filter((id) => f.items[id] !== undefined);
  const factsOf = (id: LineItemId) => (f.items[id]?.values ?? []).flatMap((fact, k) => (fact ? [{ fact, k }] : []));
  const yearCol = (k: number) => FIRST_YEAR_COL + k;
  const sourcesCol = yearCol(years);
  const notesCol = sourcesCol + 1;
  const cik = f.company.cik === undefined ? "" : `, CIK ${padCik(f.company.cik)}`;

  // Where everything goes, before anything is written: the grid points at the sources rows.
  const firstItemRow = GRID_HEADER_ROW + 2;
  const gridEnd = firstItemRow + items.length - 1;
  const sourcesHeaderRow = gridEnd + 3;
  const sourcesRowOf: Partial<Record<LineItemId, number>> = {};
  let next = sourcesHeaderRow + 1;
  for (const id of items) {
    sourcesRowOf[id] = next;
    next += factsOf(id).length;
  }
  const sourcesRows = { first: sourcesHeaderRow + 1, last: next - 1 };

  writeSheetHeader(sb, `SEC data: ${companyLabel(f)}${cik}`, sourceOf(f), units);
  sb.value(
    "A4",
    `Blue: figures from the filings, in ${units}. A figure ending in * was derived from other facts, one ending in r was changed by a later filing ` +
      "(its sources row says how and what was first reported). A blank is a figure the data do not hold: see Missing figures below.",
    { style: "note" },
  );
  sb.value(
    "A5",
    `Where each figure comes from: the sources table (${rowsText(sourcesRows.first, sourcesRows.last)}), one row per figure in the order of the grid, ` +
      "with its tag, form, filing date and accession number (the filing's address on SEC EDGAR).",
    { style: "note" },
  );

  // The grid.
  sb.value(`A${GRID_HEADER_ROW}`, `Line item (${units})`, { style: "header" });
  sb.value(`B${GRID_HEADER_ROW}`, "Tag read", { style: "header" });
  columns.headers.forEach((header, k) => sb.value(cell(yearCol(k), GRID_HEADER_ROW), header, { style: "header", numberFormat: columns.numberFormat }));
  sb.value(cell(sourcesCol, GRID_HEADER_ROW), "Sources", { style: "header" });
  sb.value(cell(notesCol, GRID_HEADER_ROW), "Notes", { style: "header" });
  const endsRow = GRID_HEADER_ROW + 1;
  sb.value(`A${endsRow}`, columns.endLabel, { style: "label" });
  f.periods.forEach((p, k) => sb.input(cell(yearCol(k), endsRow), p.end ?? null, { style: "input", numberFormat: TEXT_FORMAT }));
  if (f.company.fiscalYearEnd) sb.value(cell(notesCol, endsRow), `The fiscal year ends ${f.company.fiscalYearEnd}.`, { style: "note" });

  const itemRow: Partial<Record<LineItemId, number>> = {};
  items.forEach((id, i) => {
    const row = firstItemRow + i;
    const series = f.items[id]!;
    itemRow[id] = row;
    sb.value(`A${row}`, capitalised(LINE_ITEMS[id].label), { style: "label" });
    sb.value(`B${row}`, series.label, { style: "note" });
    series.values.forEach((fact, k) => {
      const ref = cell(yearCol(k), row);
      if (fact) sb.value(ref, shownAt(f, id, k)!, { style: "input", numberFormat: markedMoneyFormat(fact) });
      else sb.input(ref, null, { style: "input", numberFormat: MONEY_FORMAT });
    });
    const count = factsOf(id).length;
    if (count > 0) sb.value(cell(sourcesCol, row), rowsText(sourcesRowOf[id]!, sourcesRowOf[id]! + count - 1), { style: "note" });
    if (series.notes?.length) sb.value(cell(notesCol, row), series.notes.join(" "), { style: "note" });
  });

  // The sources table.
  const C = SOURCE_COLUMNS;
  const heads: Array<[string, string]> = [
    [C.item, "Line item"],
    [C.tag, "Tag"],
    [C.year, columns.kind === "quarters" ? "Quarter" : "Fiscal year"],
    [C.shown, units],
    [C.asFiled, `As filed (${asFiledUnit(f)})`],
    [C.form, "Form"],
    [C.filed, "Filed"],
    [C.accn, "Accession number"],
    [C.firstReported, `First reported (${units})`],
    [C.note, "Derived, restated or re-rounded"],
  ];
  sb.value(`A${sourcesHeaderRow - 1}`, "Sources: one row per figure", { style: "header" });
  for (const [col, text] of heads) sb.value(`${col}${sourcesHeaderRow}`, text, { style: "header" });
  for (const id of items) {
    factsOf(id).forEach(({ fact, k }, j) => writeSourceRow(sb, f, id, fact, k, sourcesRowOf[id]! + j, cell(yearCol(k), itemRow[id]!)));
  }

  // What is missing, and why.
  const missingHeaderRow = sourcesRows.last + 3;
  sb.value(`A${missingHeaderRow}`, "Missing figures", { style: "header" });
  sb.value(`B${missingHeaderRow}`, "Periods", { style: "header" });
  sb.value(`C${missingHeaderRow}`, "Why", { style: "header" });
  const gaps = gapsOf(f);
  gaps.forEach((gap, i) => {
    const row = missingHeaderRow + 1 + i;
    sb.value(`A${row}`, gap.label, { style: "label" });
    sb.value(`B${row}`, gap.periods, { style: "note" });
    sb.value(`C${row}`, gap.why, { style: "note" });
  });
  if (gaps.length === 0) sb.value(`A${missingHeaderRow + 1}`, `None: every item read has a figure in every ${COLUMN_NOUN[columns.kind]}.`, { style: "note" });

  writeNotes(sb, missingHeaderRow + Math.max(gaps.length, 1) + 2, [...(columns.kind === "quarters" ? [QUARTERS_NOT_ANNUALISED] : []), ...caveatsOf(f)]);

  // Tags are long (us-gaap:IncomeLossFromContinuingOperationsBefore...): the cell holds the whole name.
  sb.width("A", 46).width("B", 44);
  for (let col = FIRST_YEAR_COL; col < sourcesCol; col++) sb.width(columnLetter(col), 14);
  // The sources table shares columns C-J with the years: a few of them need more room.
  sb.width(C.asFiled, 18).width(C.accn, 22);
  sb.width(columnLetter(sourcesCol), 14).width(columnLetter(notesCol), 80);
  // The labels stay in view beside the years; rows are not frozen, since the sources table below has headers of its own.
  sb.freeze(0, 1);

  return {
    sheet: sb.build(),
    layout: { itemRow, firstYearCol: FIRST_YEAR_COL, years, sourcesHeaderRow, sourcesRows, sourcesRowOf, missingHeaderRow },
  };
}

/** One row of the sources table: the figure `fact` of `id` in period k, whose grid cell is `gridRef`. */
function writeSourceRow(sb: SheetBuilder, f: Financials, id: LineItemId, fact: Fact, k: number, row: number, gridRef: string): void {
  const C = SOURCE_COLUMNS;
  const p = secProvenance(fact);
  const toShown = (amount: number) => inMillions(f, amount);
  sb.value(`${C.item}${row}`, capitalised(LINE_ITEMS[id].label), { style: "label" });
  if (p) sb.value(`${C.tag}${row}`, p.tag, { style: "note" });
  sb.value(`${C.year}${row}`, f.periods[k].label, { style: "label" });
  sb.formula(`${C.shown}${row}`, `=${abs(gridRef)}`, { style: "calc", numberFormat: markedMoneyFormat(fact) });
  sb.value(`${C.asFiled}${row}`, fact.value, { style: "input", numberFormat: AS_FILED_FORMAT });
  if (p) {
    sb.value(`${C.form}${row}`, p.form, { style: "note" });
    sb.value(`${C.filed}${row}`, p.filed, { style: "note", numberFormat: TEXT_FORMAT });
    sb.value(`${C.accn}${row}`, p.accn, { style: "note", numberFormat: TEXT_FORMAT });
  }
  const original = firstReported(fact, toShown);
  if (original !== null) sb.value(`${C.firstReported}${row}`, original, { style: "input", numberFormat: MONEY_FORMAT });
  const note = factNote(fact, asFiledUnit(f));
  if (note) sb.value(`${C.note}${row}`, note, { style: "note" });
}
