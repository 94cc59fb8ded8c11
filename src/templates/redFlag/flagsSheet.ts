/**
 * The red-flag model's Flags sheet: one row per flag of the catalogue under the heading of its
 * group (its live AIFLAG formula over the Inputs rows, the value, the status and the words from
 * AIFLAG.EXPLAIN), an overall AIFLAG.SCORE, the economic-life sensitivity of the depreciation
 * flags, and the by-year rows the charts draw (FCF conversion with its direction).
 *
 * "needs input": column D counts the blank inputs a flag requires; while it is above 0 the
 * value cell shows the text "needs input" and the status cell stays empty (so SCORE and the
 * red / amber / green formats skip it).
 */
import { NAMESPACE } from "../../core/docs/formula";
import { GROUPS } from "../../core/framework/definition";
import { STATUSES } from "../../core/framework/status";
import { flagMoneyFormat, flagValueFormat, unitsText, type TemplateCompany } from "../company";
import { aiflagCall, definitionOf, NEEDS_INPUT, text, unlessBlank } from "../formulas";
import { caveatsOf, companyLabel, sourceOf, writeNotes, writeSheetHeader } from "../notes";
import type { SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { onSheet } from "../sheetRef";
import type { FlagBinding } from "./bindings";
import { flagFormulas } from "./flagFormulas";
import { CHECKS_KEY, FLAGS_KEY, guidedYear, periodRangeText, periodText, type InputsLayout } from "./layout";
import { writeSensitivity } from "./sensitivityRows";
import { writeTrendRows, type TrendRows } from "./trendRows";

/** What the value cell of a flag meaningful on fiscal years only says over quarters. */
export const NOT_ON_QUARTERS = "fiscal years only";

/** Columns of the flags table: what a reader looks for first (the value and its status) next to the flag's name. */
export const FLAG_COLUMNS = {
  flag: "A",
  value: "B",
  status: "C",
  period: "D",
  blanks: "E",
  formula: "F",
  summary: "G",
  thresholds: "H",
} as const;

const TABLE_HEADER_ROW = 7;

function periodFormula(binding: FlagBinding, layout: InputsLayout): string {
  if (binding.period === "all years") return `=${periodRangeText(layout, layout.spans.statementStart)}`;
  if (binding.period === "vintages") return `=${periodRangeText(layout, layout.spans.vintageStart)}`;
  if (binding.period === "latest year") return `=${periodText(layout, layout.years - 1)}`;
  return `="FY"&${guidedYear(layout)}&" guidance"`;
}

export interface FlagsSheetLayout extends TrendRows {
  /** Row of each flag, by id. */
  flagRow: Readonly<Record<string, number>>;
  scoreCell: string;
}

export function buildFlagsSheet(
  company: TemplateCompany,
  layout: InputsLayout,
  checksMasterCell: string,
  bindings: readonly FlagBinding[],
): { sheet: SheetPlan; flagsLayout: FlagsSheetLayout } {
  const sb = new SheetBuilder(FLAGS_KEY, "Flags");
  const C = FLAG_COLUMNS;
  const money = flagMoneyFormat(company);
  writeSheetHeader(sb, `Red flags: ${companyLabel(company)}`, sourceOf(company), unitsText(company));
  sb.value("A4", "Data checks pass", { style: "label" });
  sb.formula("B4", `=${onSheet(CHECKS_KEY, checksMasterCell)}`, { style: "check" });
  sb.value(
    "A5",
    `A flag is a question to ask, not a verdict. "${NEEDS_INPUT}": column ${FLAG_COLUMNS.blanks} counts the blank inputs the flag needs; fill them on the Inputs sheet.`,
    { style: "note" },
  );

  // The value's unit is in the header: money in the model's units, the other kinds as their number format shows them.
  const headers: Array<[string, string]> = [
    [C.flag, "Flag"],
    [C.value, `Value (money in ${moneyWords(company)})`],
    [C.status, "Status"],
    [C.period, "Period"],
    [C.blanks, "Blank inputs"],
    [C.formula, "Live formula (value cell)"],
    [C.summary, "What it measures (AIFLAG.EXPLAIN)"],
    [C.thresholds, "Thresholds (AIFLAG.EXPLAIN)"],
  ];
  for (const [col, label] of headers) sb.value(`${col}${TABLE_HEADER_ROW}`, label, { style: "header" });

  const flagRow: Record<string, number> = {};
  let row = TABLE_HEADER_ROW + 1;
  let group: string | undefined;
  for (const binding of bindings) {
    const { def } = binding;
    // One heading row per group of the catalogue (the pane's groups): the returns and forensic scores read apart from the AI flags.
    if (def.group !== group) {
      group = def.group;
      sb.value(`${C.flag}${row}`, GROUPS.find((g) => g.id === group)?.title ?? group, { style: "header" });
      sb.input(`${C.status}${row++}`, null, { style: "status" }); // inside the statuses' range: formatted, empty
    }
    sb.value(`${C.flag}${row}`, `${def.words.title} (${NAMESPACE}.${def.id})`, { style: "label" });
    // A flag meaningful on fiscal years only, over quarters: why, instead of a number that would mislead.
    if (binding.notComputed) {
      sb.value(`${C.value}${row}`, NOT_ON_QUARTERS, { style: "note" });
      sb.input(`${C.status}${row}`, null, { style: "status" });
      sb.value(`${C.formula}${row}`, binding.notComputed, { style: "note" });
      flagRow[def.id] = row++;
      continue;
    }
    const f = flagFormulas(binding, layout);
    const blanks = `${C.blanks}${row}`;
    sb.formula(`${C.formula}${row}`, `=FORMULATEXT(${C.value}${row})`, { style: "note" });
    sb.formula(`${C.period}${row}`, periodFormula(binding, layout), { style: "calc" });
    sb.formula(blanks, `=${f.blanks}`, { style: "calc", numberFormat: "0" });
    const format = flagValueFormat(def, company);
    sb.formula(`${C.value}${row}`, unlessBlank(blanks, f.call("value")), { style: "calc", ...(format ? { numberFormat: format } : {}) });
    // A policy lever (BONUSDEP) has no status: its cell stays empty rather than showing #N/A.
    if (def.hasStatus) sb.formula(`${C.status}${row}`, unlessBlank(blanks, f.call("status"), text("")), { style: "status" });
    else sb.input(`${C.status}${row}`, null, { style: "status" });
    sb.formula(`${C.summary}${row}`, `=${aiflagCall("EXPLAIN", [text(def.id)])}`, { style: "note" });
    sb.formula(`${C.thresholds}${row}`, `=${aiflagCall("EXPLAIN", [text(def.id), text("thresholds")])}`, { style: "note" });
    flagRow[def.id] = row;
    row++;
  }
  const statuses = `${C.status}${TABLE_HEADER_ROW + 1}:${C.status}${row - 1}`;
  sb.statusFormat(statuses);

  // One number for the statuses present; "needs input" while none is.
  const scoreCell = `${C.value}${row}`;
  const counted = STATUSES.map((s) => `COUNTIF(${statuses},${text(s)})`).join("+");
  sb.value(`${C.flag}${row}`, `Score of the flags with inputs, ${NAMESPACE}.SCORE: ${definitionOf("SCORE").words.valueLabel}`, { style: "label" });
  sb.formula(scoreCell, `=IF(${counted}>0,${aiflagCall("SCORE", [statuses])},${text(NEEDS_INPUT)})`, {
    style: "calc",
    numberFormat: "0",
  });
  row += 2;

  const sensitivity = writeSensitivity(sb, layout, row, bindings, money);
  const trend = writeTrendRows(sb, layout, sensitivity.nextRow + 1, TABLE_HEADER_ROW, bindings);
  writeNotes(sb, trend.nextRow + 1, caveatsOf(company));
  sb.width(C.flag, 52).width(C.value, 16).width(C.status, 10).width(C.period, 16).width(C.blanks, 10).width(C.formula, 40).width(C.summary, 60).width(C.thresholds, 60);
  sb.freeze(TABLE_HEADER_ROW, 1);
  return {
    sheet: sb.build(),
    flagsLayout: { flagRow, scoreCell, ...trend },
  };
}

/** What the money results are counted in, for the Value header: "USD, shown in billions ($39.6B)". */
function moneyWords(company: TemplateCompany): string {
  if (company !== null && company.units.scale === undefined) return `${unitsText(company)}`;
  const billions = flagMoneyFormat(company).includes('"B"');
  const currency = company?.units.currency ?? "USD";
  return `${currency}, shown in ${billions ? "billions" : "millions"}`;
}
