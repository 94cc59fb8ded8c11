/**
 * The Flags sheet's economic-life sensitivity: each flag that takes an economic life (DEPCLIFF,
 * DEPGAP) at the lives of the analysis's sensitivity (3, 4 and 5 years) side by side, beside the
 * book life it compares against. The lives sit in blue header cells that every formula reads, so
 * the analyst can try others; the flags read hardware capex and operating income as in the table
 * above. Which flags: those with the parameter, from the registry (nothing here names a flag).
 */
import { SENSITIVITY_LIVES, SENSITIVITY_PARAM } from "../../analysis/flags/sensitivity";
import { NAMESPACE } from "../../core/docs/formula";
import { cell, fixRow } from "../cellRefs";
import { text, unlessBlank } from "../formulas";
import type { SheetBuilder } from "../sheetBuilder";
import type { FlagBinding } from "./bindings";
import { flagFormulas } from "./flagFormulas";
import { assumption, type InputsLayout } from "./layout";

const LIFE_FORMAT = '0.0" years"';

/** Writes the block from `row` when a flag takes an economic life; returns the first free row. */
export function writeSensitivity(sb: SheetBuilder, layout: InputsLayout, row: number, bindings: readonly FlagBinding[], money: string): { nextRow: number } {
  // A flag not computed over these columns (fiscal years only, over quarters) has no lives to vary.
  const varied = bindings.filter((b) => !b.notComputed && b.def.params.some((p) => p.name === SENSITIVITY_PARAM));
  if (varied.length === 0) return { nextRow: row };
  const bookLife = varied[0].args.find((_a, i) => varied[0].def.params[i].name === "book_life");
  sb.value(`A${row}`, "Economic-life sensitivity: each depreciation flag at several economic lives against the book life", { style: "header" });
  row++;
  const headerRow = row;
  sb.value(`A${headerRow}`, "Flag (money in the units of the Value column) / economic life (years, change them)", { style: "header" });
  sb.value(`B${headerRow}`, "Book life (years)", { style: "header" });
  // Values under the lives, then the statuses under the same lives: one coloured block.
  const n = SENSITIVITY_LIVES.length;
  const valueCol = (j: number) => 2 + j;
  const statusCol = (j: number) => 2 + n + j;
  SENSITIVITY_LIVES.forEach((life, j) => {
    sb.value(cell(valueCol(j), headerRow), life, { style: "input", numberFormat: LIFE_FORMAT });
    sb.formula(cell(statusCol(j), headerRow), `="Status, "&${cell(valueCol(j), headerRow)}&" years"`, { style: "header" });
  });
  const first = row + 1;
  row++;
  for (const binding of varied) {
    sb.value(`A${row}`, `${binding.def.words.title} (${NAMESPACE}.${binding.def.id})`, { style: "label" });
    if (bookLife?.from === "assumption") sb.formula(`B${row}`, `=${assumption(layout, bookLife.key)}`, { style: "calc", numberFormat: LIFE_FORMAT });
    SENSITIVITY_LIVES.forEach((_life, j) => {
      const lifeCell = fixRow(cell(valueCol(j), headerRow));
      const f = flagFormulas(binding, layout, { [SENSITIVITY_PARAM]: lifeCell });
      sb.formula(cell(valueCol(j), row), unlessBlank(f.blanks, f.call("value")), { style: "calc", numberFormat: money });
      sb.formula(cell(statusCol(j), row), unlessBlank(f.blanks, f.call("status"), text("")), { style: "status" });
    });
    row++;
  }
  sb.statusFormat(`${cell(statusCol(0), first)}:${cell(statusCol(n - 1), row - 1)}`);
  return { nextRow: row };
}
