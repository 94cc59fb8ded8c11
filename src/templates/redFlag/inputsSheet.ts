/**
 * The red-flag model's Inputs sheet: fiscal years (or quarters) across, one line item per row, a units cell, a
 * source / comment column, filing figures in blue, estimates blank on a pale fill, and a
 * sheet-scoped name for every row and assumption. Which rows and assumption cells the flags need
 * is derived (bindings.ts); how each one is shown comes from lineItems.ts and assumptions.ts.
 */
import { LINE_ITEM_IDS, type LineItemId } from "../../model/lineItems";
import { cell, columnLetter } from "../cellRefs";
import { inMillions, periodColumnsOf, QUARTERS_NOT_ANNUALISED, shownAt, unitsText, yearSpans, type TemplateCompany } from "../company";
import { writeCalibration, writeHardwareRow } from "../depreciation/calibration";
import { caveatsOf, companyLabel, sourceOf, writeNotes, writeSheetHeader } from "../notes";
import type { NamePlan, SheetPlan } from "../plan";
import { MONEY_FORMAT, TEXT_FORMAT, YEAR_FORMAT } from "../formats";
import { SheetBuilder } from "../sheetBuilder";
import { assumptionCells } from "./assumptions";
import { DERIVED_ROWS, type DerivedRow } from "./derivedRows";
import type { RedFlagInputs } from "./bindings";
import { commentColumn, GUIDANCE_SLOTS, INPUTS_KEY, type InputsLayout } from "./layout";
import { inputRows, SLOT_ITEMS, withReaders, type InputRow } from "./lineItems";

const FIRST_YEAR_COL = 1; // column B
const HEADER_ROW = 6;

export interface InputsSheet {
  sheet: SheetPlan;
  names: NamePlan[];
  layout: InputsLayout;
}

export function buildInputsSheet(company: TemplateCompany, inputs: RedFlagInputs): InputsSheet {
  const sb = new SheetBuilder(INPUTS_KEY, "Inputs");
  const names: NamePlan[] = [];
  // As many years (or quarters) as the figures hold; a blank model has the sample's years.
  const columns = periodColumnsOf(company);
  const years = columns.headers.length;
  const spans = yearSpans(company);
  const units = unitsText(company);
  const lastCol = FIRST_YEAR_COL + years - 1;
  const comment = commentColumn({ firstYearCol: FIRST_YEAR_COL, years });
  const nameRow = (name: string, row: number, cols: number) =>
    names.push({ name, sheetKey: INPUTS_KEY, range: `${cell(FIRST_YEAR_COL, row)}:${cell(FIRST_YEAR_COL + cols - 1, row)}` });

  writeSheetHeader(sb, `Red-flag model inputs: ${companyLabel(company)}`, sourceOf(company), units);
  const yearText = (k: number) => `FY${columns.headers[k]}`;
  const spanNote =
    spans.statementStart > spans.vintageStart
      ? ` Capex runs from ${yearText(spans.vintageStart)} (every vintage the depreciation flags need); the statements from ${yearText(spans.statementStart)}.`
      : "";
  sb.value("A4", `Blue: figures from the filings. Pale fill: analyst estimates the filings do not carry, blank until you enter them.${spanNote}`, {
    style: "note",
  });
  if (columns.kind === "quarters") sb.value("A5", QUARTERS_NOT_ANNUALISED, { style: "note" });

  // Periods across the header row: fiscal years as numbers (formulas read them) shown as FY2023, or quarters' labels.
  sb.value(`A${HEADER_ROW}`, `Line item (money in ${units})`, { style: "header" });
  sb.value(`${comment}${HEADER_ROW}`, "Source / comment", { style: "header" });
  for (let k = 0; k < years; k++) {
    sb.value(cell(FIRST_YEAR_COL + k, HEADER_ROW), columns.headers[k], { style: "header", numberFormat: columns.numberFormat });
  }
  names.push({ name: columns.kind === "quarters" ? "Quarters" : "FiscalYears", sheetKey: INPUTS_KEY, range: `${cell(FIRST_YEAR_COL, HEADER_ROW)}:${cell(lastCol, HEADER_ROW)}` });

  let row = HEADER_ROW + 1;
  const endRow = row;
  sb.value(`A${row}`, columns.endLabel, { style: "label" });
  for (let k = 0; k < years; k++) {
    sb.input(cell(FIRST_YEAR_COL + k, row), company?.periods[k].end ?? null, { style: "input", numberFormat: TEXT_FORMAT });
  }
  const yearEnd = company?.company.fiscalYearEnd;
  sb.value(`${comment}${row}`, yearEnd ? `Fiscal year ends ${yearEnd}.` : "Date the fiscal year ends.", { style: "note" });
  row++;

  const itemRow: Partial<Record<LineItemId, number>> = {};
  const held = company ? LINE_ITEM_IDS.filter((id) => company.items[id] !== undefined) : [];
  const rows = inputRows(inputs.readers, held, company);
  // Every row is filled by its line-item id straight from the figures; a figure in an estimate row is an input like any other.
  const writeItem = (item: InputRow, style: "input" | "estimate") => {
    sb.value(`A${row}`, item.label, { style: "label" });
    for (let k = 0; k < years; k++) {
      const v = company ? shownAt(company, item.item, k) : null;
      sb.input(cell(FIRST_YEAR_COL + k, row), v, { style: v === null ? style : "input", numberFormat: item.numberFormat });
    }
    sb.value(`${comment}${row}`, item.comment, { style: "note" });
    nameRow(item.name, row, years);
    itemRow[item.item] = row;
    row++;
  };
  for (const item of rows.filing) writeItem(item, "input");

  row++;
  sb.value(`A${row++}`, `Analyst estimates (not in the filings; money in ${units})`, { style: "header" });
  for (const item of rows.estimates) writeItem(item, "estimate");

  // Formulas over the rows above (they may read an estimate row, so they come after it).
  if (rows.derived.length > 0) {
    row++;
    sb.value(`A${row++}`, `Derived from the rows above (money in ${units}; formulas: type a figure over a year to use your own)`, { style: "header" });
    const local = (item: LineItemId, k: number) => {
      const r = itemRow[item];
      if (r === undefined) throw new Error(`a derived row reads ${item}, which the Inputs sheet does not show`);
      return cell(FIRST_YEAR_COL + k, r);
    };
    for (const item of rows.derived) {
      const derived = DERIVED_ROWS[item.item] as DerivedRow;
      sb.value(`A${row}`, item.label, { style: "label" });
      for (let k = 0; k < years; k++) {
        const ref = cell(FIRST_YEAR_COL + k, row);
        const own = company ? shownAt(company, item.item, k) : null;
        const formula = own === null ? derived.formula(local, k, company) : null;
        if (formula) sb.formula(ref, formula, { style: "calc", numberFormat: item.numberFormat });
        else sb.input(ref, own, { style: own === null ? "estimate" : "input", numberFormat: item.numberFormat });
      }
      sb.value(`${comment}${row}`, item.comment, { style: "note" });
      nameRow(item.name, row, years);
      itemRow[item.item] = row;
      row++;
    }
  }

  row++;
  sb.value(`A${row++}`, "Assumptions", { style: "header" });
  const assumptionCell: Record<string, string> = {};
  for (const a of assumptionCells(inputs.assumptions, company)) {
    const ref = cell(FIRST_YEAR_COL, row);
    sb.value(`A${row}`, a.label, { style: "label" });
    sb.input(ref, a.value, { style: a.style, numberFormat: a.numberFormat });
    sb.value(`${comment}${row}`, a.comment, { style: "note" });
    names.push({ name: a.name, sheetKey: INPUTS_KEY, range: ref });
    assumptionCell[a.key] = ref;
    row++;
  }

  // The hardware share of capex and the hardware capex row the depreciation flags read.
  let hardwareRow: number | undefined;
  const vintageReaders = inputs.flags.filter((f) => f.args.some((a) => a.from === "vintages")).map((f) => f.def.id);
  const bookLife = assumptionCell.book_life;
  if (vintageReaders.length > 0 && bookLife !== undefined) {
    row++;
    sb.value(`A${row++}`, withReaders("Hardware share of capex", vintageReaders.join(", ")), { style: "header" });
    const vintageYears = Array.from({ length: years - spans.vintageStart }, (_x, i) => spans.vintageStart + i);
    const vintageColumns = vintageYears.map((k) => FIRST_YEAR_COL + k);
    const capexCells = vintageColumns.map((col) => cell(col, itemRow.capex!));
    const latest = (item: LineItemId) => cell(lastCol, itemRow[item]!);
    const calibration = writeCalibration(
      sb,
      {
        capex: capexCells,
        years: vintageColumns.map((col) => cell(col, HEADER_ROW)),
        bookLife,
        depreciation: latest("depreciation"),
        depreciationAmortization: latest("depreciation_amortization"),
        columns: vintageColumns,
        commentColumn: comment,
      },
      row,
    );
    names.push({ name: "HardwareShare", sheetKey: INPUTS_KEY, range: calibration.used });
    row = calibration.nextRow;
    hardwareRow = row;
    writeHardwareRow(sb, capexCells, vintageColumns, calibration.used, row, `Hardware capex (capex x hardware share, ${units})`, MONEY_FORMAT);
    sb.value(`${comment}${row}`, `What ${vintageReaders.join(" and ")} read: land, buildings and fit-out do not wear out with the servers.`, { style: "note" });
    names.push({ name: "HardwareCapex", sheetKey: INPUTS_KEY, range: `${cell(vintageColumns[0], row)}:${cell(lastCol, row)}` });
    row++;
  }

  // Successive guidance for one fiscal year: announcements across, not years.
  row++;
  const guidance = company?.disclosures.capexGuidance;
  const money = (x: number | null) => (x === null || !company ? x : inMillions(company, x));
  const slotReaders = [...new Set(SLOT_ITEMS.flatMap((item) => inputs.readers.get(item) ?? []))].join(", ");
  sb.value(`A${row}`, withReaders("Capex guidance for one fiscal year", slotReaders), { style: "header" });
  for (let s = 0; s < GUIDANCE_SLOTS; s++) sb.value(cell(FIRST_YEAR_COL + s, row), `Announcement ${s + 1}`, { style: "header" });
  sb.value(`${comment}${row}`, guidance ? `Source: ${guidance.source}` : "Source: the company's earnings releases.", { style: "note" });
  row++;
  const guidedYearCell = cell(FIRST_YEAR_COL, row);
  sb.value(`A${row}`, "Fiscal year guided", { style: "label" });
  sb.input(guidedYearCell, guidance?.guidedFiscalYear, { style: guidance ? "input" : "estimate", numberFormat: YEAR_FORMAT });
  sb.value(`${comment}${row}`, "Guidance for a single fiscal year, oldest announcement first.", { style: "note" });
  names.push({ name: "GuidedFiscalYear", sheetKey: INPUTS_KEY, range: guidedYearCell });
  row++;
  const slotRow = (label: string, values: ReadonlyArray<string | number | null>, format: string, note: string, name?: string) => {
    sb.value(`A${row}`, label, { style: "label" });
    for (let s = 0; s < GUIDANCE_SLOTS; s++) {
      const v = values[s] ?? null;
      sb.input(cell(FIRST_YEAR_COL + s, row), v, { style: v === null ? "estimate" : "input", numberFormat: format });
    }
    sb.value(`${comment}${row}`, note, { style: "note" });
    if (name) nameRow(name, row, GUIDANCE_SLOTS);
    return row++;
  };
  const revisions = guidance?.revisions ?? [];
  slotRow("Announced", revisions.map((r) => r.announced), TEXT_FORMAT, "Date of each announcement.");
  const guidanceRow = slotRow(
    "Capex guidance",
    revisions.map((r) => money(r.guidance)),
    MONEY_FORMAT,
    guidance ? guidance.notes[0] : "Guided capex at each announcement (a range at its midpoint). Fill all three.",
    "CapexGuidance",
  );
  const commitmentRow = slotRow(
    `Commitments (${guidance?.commitmentMeasure ?? "backlog / RPO"})`,
    revisions.map((r) => money(r.commitment)),
    MONEY_FORMAT,
    "Optional: used only when given at every announcement." + (guidance ? ` ${guidance.notes[1]}` : ""),
    "Commitments",
  );

  row++;
  writeNotes(sb, row, [...caveatsOf(company), ...(guidance ? guidance.notes.slice(2) : [])]);

  sb.width("A", 46).width(comment, 70).freeze(HEADER_ROW, 1);
  for (let k = 0; k < Math.max(years, GUIDANCE_SLOTS); k++) sb.width(columnLetter(FIRST_YEAR_COL + k), 14);

  const layout: InputsLayout = {
    columns: columns.kind,
    yearRow: HEADER_ROW,
    headerFormat: columns.numberFormat,
    endRow,
    firstYearCol: FIRST_YEAR_COL,
    years,
    itemRow,
    assumptionCell,
    guidedYearCell,
    slotRow: { capex_guidance: guidanceRow, backlog: commitmentRow },
    spans,
    ...(hardwareRow === undefined ? {} : { hardwareRow }),
  };
  return { sheet: sb.build(), names, layout };
}
