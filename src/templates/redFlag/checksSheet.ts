/**
 * The red-flag model's Checks sheet: data sanity checks per year (or quarter), each TRUE or
 * FALSE, an "all years" column, and one master cell (B4) that is TRUE only when every check passes.
 * The statement checks run over the years with statements; capex over its vintages (company.ts).
 * Estimates are checked only where given: a blank estimate is not an error in the data.
 */
import type { LineItemId } from "../../model/lineItems";
import { abs, cell, columnLetter, range } from "../cellRefs";
import { unitsText, type ColumnKind, type TemplateCompany } from "../company";
import { MONEY_FORMAT } from "../formats";
import { caveatsOf, companyLabel, sourceOf, writeNotes, writeSheetHeader } from "../notes";
import type { SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { CHECKS_KEY, itemCell, periodEnd, yearHeader, type InputsLayout } from "./layout";

export const CHECKS_MASTER_CELL = "B4";
const TOLERANCE_CELL = "B5";
const HEADER_ROW = 7;
const FIRST_YEAR_COL = 1;

interface Check {
  /** Its label, by what the columns are. */
  label: string | ((columns: ColumnKind) => string);
  /** The years it runs over: those with statements (the default), those and the capex vintages, or all. */
  scope?: "vintages" | "all";
  /**
   * The check for column k, given a reference maker for that column's input cells and the cell
   * that orders column j (a fiscal year's number, a quarter's end date); null leaves the cell empty.
   */
  formula(at: (item: LineItemId) => string, k: number, orderAt: (j: number) => string): string | null;
}

/** The checks, in the order a reviewer reads a statement. */
export const CHECKS: readonly Check[] = [
  { label: "Revenue > 0", formula: (at) => `=AND(ISNUMBER(${at("revenue")}),${at("revenue")}>0)` },
  {
    label: "Cost of revenue <= revenue",
    formula: (at) => `=AND(ISNUMBER(${at("cost_of_revenue")}),ABS(${at("cost_of_revenue")})<=${at("revenue")})`,
  },
  {
    label: "Gross profit = revenue - cost of revenue (within the tolerance)",
    formula: (at) =>
      `=AND(ISNUMBER(${at("gross_profit")}),ABS(${at("revenue")}-ABS(${at("cost_of_revenue")})-${at("gross_profit")})<=${abs(TOLERANCE_CELL)})`,
  },
  { label: "Operating income <= gross profit", formula: (at) => `=AND(ISNUMBER(${at("operating_income")}),${at("operating_income")}<=${at("gross_profit")})` },
  { label: "Net income present", formula: (at) => `=ISNUMBER(${at("net_income")})` },
  { label: "Operating cash flow present", formula: (at) => `=ISNUMBER(${at("operating_cash_flow")})` },
  { label: "Capex >= 0 (entered positive)", scope: "vintages", formula: (at) => `=AND(ISNUMBER(${at("capex")}),${at("capex")}>=0)` },
  {
    label: "Finance-lease principal >= 0 where reported",
    formula: (at) => `=OR(ISBLANK(${at("finance_lease_principal")}),AND(ISNUMBER(${at("finance_lease_principal")}),${at("finance_lease_principal")}>=0))`,
  },
  ...(["depreciation_amortization", "depreciation"] as const).map((item) => ({
    label: `${item === "depreciation" ? "Depreciation" : "Depreciation and amortization"} >= 0 where reported`,
    formula: (at: (item: LineItemId) => string) => `=OR(ISBLANK(${at(item)}),AND(ISNUMBER(${at(item)}),${at(item)}>=0))`,
  })),
  {
    label: "Net PP&E = gross PP&E - accumulated depreciation, where all three are given (within the tolerance)",
    formula: (at) => {
      const [g, a, n] = [at("ppe_gross"), at("accumulated_depreciation"), at("ppe_net")];
      return `=OR(NOT(ISNUMBER(${g})),NOT(ISNUMBER(${a})),NOT(ISNUMBER(${n})),ABS(${g}-ABS(${a})-${n})<=${abs(TOLERANCE_CELL)})`;
    },
  },
  {
    label: "Sovereign revenue within revenue, where given",
    formula: (at) =>
      `=OR(ISBLANK(${at("sovereign_revenue")}),AND(ISNUMBER(${at("sovereign_revenue")}),${at("sovereign_revenue")}>=0,${at("sovereign_revenue")}<=${at("revenue")}))`,
  },
  {
    label: "PPA share between 0 and 1, where given",
    formula: (at) => `=OR(ISBLANK(${at("ppa_share")}),AND(ISNUMBER(${at("ppa_share")}),${at("ppa_share")}>=0,${at("ppa_share")}<=1))`,
  },
  {
    label: (columns) => (columns === "quarters" ? "Quarters run oldest to newest (by their end dates)" : "Fiscal years run oldest to newest"),
    scope: "all",
    formula: (_at, k, orderAt) => (k === 0 ? null : `=${orderAt(k)}>${orderAt(k - 1)}`),
  },
];

export function buildChecksSheet(company: TemplateCompany, layout: InputsLayout): SheetPlan {
  const sb = new SheetBuilder(CHECKS_KEY, "Checks");
  const units = unitsText(company);
  writeSheetHeader(sb, `Data checks: ${companyLabel(company)}`, sourceOf(company), units);
  sb.value("A4", "All checks pass", { style: "label" });
  sb.value("A5", "Rounding tolerance", { style: "label" });
  sb.value(TOLERANCE_CELL, 1, { style: "input", numberFormat: MONEY_FORMAT });
  sb.value("C5", `${units}: filings round each line to the million.`, { style: "note" });

  const allCol = columnLetter(FIRST_YEAR_COL + layout.years);
  sb.value(`A${HEADER_ROW}`, "Check", { style: "header" });
  sb.value(`${allCol}${HEADER_ROW}`, layout.columns === "quarters" ? "All quarters" : "All years", { style: "header" });
  for (let k = 0; k < layout.years; k++) {
    sb.formula(cell(FIRST_YEAR_COL + k, HEADER_ROW), `=${yearHeader(layout, k)}`, { style: "header", numberFormat: layout.headerFormat });
  }
  let row = HEADER_ROW + 1;
  for (const check of CHECKS) {
    sb.value(`A${row}`, typeof check.label === "string" ? check.label : check.label(layout.columns), { style: "label" });
    const written: string[] = [];
    const orderAt = (j: number) => (layout.columns === "quarters" ? periodEnd(layout, j) : yearHeader(layout, j));
    // Capex is checked wherever a year has statements or is a vintage: a gap in it is not a zero.
    const { vintageStart, statementStart } = layout.spans;
    const from = check.scope === "all" ? 0 : check.scope === "vintages" ? Math.min(vintageStart, statementStart) : statementStart;
    for (let k = from; k < layout.years; k++) {
      const f = check.formula((item) => itemCell(layout, item, k), k, orderAt);
      if (f === null) continue;
      written.push(cell(FIRST_YEAR_COL + k, row));
      sb.formula(written[written.length - 1], f, { style: "check" });
    }
    // Over the written cells only: engines differ on whether AND skips an empty cell in a range.
    sb.formula(`${allCol}${row}`, `=AND(${range(written[0], written[written.length - 1])})`, { style: "check" });
    row++;
  }
  sb.formula(CHECKS_MASTER_CELL, `=AND(${allCol}${HEADER_ROW + 1}:${allCol}${row - 1})`, { style: "check" });
  writeNotes(sb, row + 1, caveatsOf(company));
  sb.width("A", 58).freeze(HEADER_ROW, 1);
  return sb.build();
}
