/**
 * What a visitor sees first: one sheet with Microsoft's figures (the embedded source),
 * laid out as an analyst's model (labels in column A, fiscal years across), and a few live
 * AIFLAG formulas under it: values, statuses, a spilled row, a spilled detail table and a bad
 * input showing #VALUE! with its reason. A plan like any template's, written through the same
 * host, so it also shows the plan styles. Select A4:D12 and use "Analyse selection".
 */
import { cellAddress } from "../core/cells/a1";
import type { LineItemId } from "../model/lineItems";
import { embeddedCompany } from "../sources/embedded";
import { findFunction } from "../core/registry";
import { flagValueFormat, shownAt, unitsText, yearSpans } from "../templates/company";
import { MONEY_FORMAT } from "../templates/formats";
import type { CellPlan, WorkbookPlan } from "../templates/plan";

export const SAMPLE_SHEET = "Microsoft";

/** Row (1-based) of each figure, worded as Microsoft's 10-K words it; the formulas below refer to these rows. */
const ROWS: ReadonlyArray<{ label: string; row: number; item: LineItemId }> = [
  { label: "Revenue", row: 5, item: "revenue" },
  { label: "Cost of revenue", row: 6, item: "cost_of_revenue" },
  { label: "Gross margin", row: 7, item: "gross_profit" },
  { label: "Operating income", row: 8, item: "operating_income" },
  { label: "Net income", row: 9, item: "net_income" },
  { label: "Net cash from operations", row: 10, item: "operating_cash_flow" },
  { label: "Additions to property and equipment", row: 11, item: "capex" },
  { label: "Depreciation, amortization, and other", row: 12, item: "depreciation_amortization" },
];

/** The cell block the sample's model occupies (labels and figures), for the README and tests. */
export const SAMPLE_MODEL_RANGE = "A4:D12";

/**
 * A few formulas, each with what it shows. `status` adds the same call with "status" beside it;
 * `flag` names the flag whose value the cell holds, so that it takes that value's format as
 * every other view shows it (a multiple "0.70x", a change in margin signed, money "$39.6B").
 */
const FORMULAS: ReadonlyArray<{ row: number; label: string; formula: string; flag?: string; status?: string }> = [
  { row: 15, label: "FCF conversion, FY2025 (FCF / net income)", formula: "=AIFLAG.FCFCONV(D10,D11,D9)", flag: "FCFCONV", status: '=AIFLAG.FCFCONV(D10,D11,D9,,"status")' },
  { row: 16, label: "Gross-margin change FY2023-FY2025", formula: "=AIFLAG.GROSSMARGINGAP(B5:D5,B6:D6)", flag: "GROSSMARGINGAP", status: '=AIFLAG.GROSSMARGINGAP(B5:D5,B6:D6,,,,"status")' },
  { row: 17, label: "Depreciation cliff (three vintages of total capex; book life 6 years, economic 3)", formula: "=AIFLAG.DEPCLIFF(B11:D11,6,3)", flag: "DEPCLIFF", status: '=AIFLAG.DEPCLIFF(B11:D11,6,3,,"status")' },
  { row: 18, label: "FCF conversion per year (spills across)", formula: "=AIFLAG.FCFCONV(B10:D10,B11:D11,B9:D9)", flag: "FCFCONV" },
  { row: 19, label: "A bad input shows #VALUE! and why (select it)", formula: '=AIFLAG.FCFCONV("n/a",D11,D9)' },
];

/** Where the detail table's formula goes: column A, so its labels have room; its title is the row above. */
const DETAIL = { titleRow: 21, formula: '=AIFLAG.FCFCONV(D10,D11,D9,,"detail")' };

export function buildSamplePlan(): WorkbookPlan {
  const company = embeddedCompany("MSFT");
  if (!company) throw new Error("the embedded data has no Microsoft");
  const name = company.company.name;
  const units = unitsText(company);
  const valueFormat = (id: string) => {
    const def = findFunction(id);
    if (!def) throw new Error(`the sample calls ${id}, which the catalogue lacks`);
    return flagValueFormat(def, company);
  };
  const cells: CellPlan[] = [
    { ref: "A1", value: `${name}: a sample model (${units})`, style: "title" },
    { ref: "A2", value: "Type a value or a formula in any cell, =AIFLAG.* included; insert templates and analyse a selection from the taskpane.", style: "note" },
    { ref: "A4", value: units, style: "header" },
  ];
  // The years with statements (the embedded data hold capex alone before them): the formulas below read columns B to D.
  const years = company.periods.map((_p, k) => k).slice(yearSpans(company).statementStart);
  years.forEach((k, i) => cells.push({ ref: cellAddress({ row: 3, col: 1 + i }), value: company.periods[k].label, style: "header" }));
  for (const { label, row, item } of ROWS) {
    cells.push({ ref: `A${row}`, value: label, style: "label" });
    years.forEach((k, i) => {
      const v = shownAt(company, item, k);
      if (v !== null) cells.push({ ref: cellAddress({ row: row - 1, col: 1 + i }), value: v, numberFormat: MONEY_FORMAT, style: "input" });
    });
  }
  cells.push({ ref: "A14", value: "AIFLAG formulas", style: "header" });
  cells.push({ ref: "B14", value: "Value", style: "header" }, { ref: "C14", value: "Status", style: "header" }, { ref: "D14", style: "header" });
  for (const f of FORMULAS) {
    cells.push({ ref: `A${f.row}`, value: f.label, style: "label" });
    const format = f.flag ? valueFormat(f.flag) : undefined;
    cells.push({ ref: `B${f.row}`, formula: f.formula, style: "calc", ...(format ? { numberFormat: format } : {}) });
    if (f.status) cells.push({ ref: `C${f.row}`, formula: f.status, style: "status" });
  }
  cells.push({ ref: `A${DETAIL.titleRow}`, value: "FY2025 FCF conversion in detail (one formula in the cell below, spilling down)", style: "note" });
  cells.push({ ref: `A${DETAIL.titleRow + 1}`, formula: DETAIL.formula, style: "calc" });
  // The cells the per-year row spills into keep its format, as formatted blanks (Excel keeps a cell's format under a spill).
  const perYear = valueFormat("FCFCONV");
  if (perYear) cells.push({ ref: "C18", numberFormat: perYear }, { ref: "D18", numberFormat: perYear });
  return {
    title: `Sample (${name})`,
    sheets: [
      {
        key: "sample",
        name: SAMPLE_SHEET,
        cells,
        columnWidths: [
          { column: "A", width: 48 },
          { column: "B", width: 13 },
          { column: "C", width: 13 },
          { column: "D", width: 13 },
        ],
        statusFormats: [{ kind: "status", range: "C15:C17" }],
      },
    ],
    names: [],
    activate: "sample",
  };
}
