/**
 * What a reader of an inserted template sees first: on the Flags sheet, each flag's value and
 * status right after its name; on every sheet, the units named in each header over money.
 */
import { parseCell } from "../../src/core/cells/a1";
import { TEMPLATES } from "../../src/templates/catalogue";
import { unitsText } from "../../src/templates/company";
import { embeddedCompany } from "../../src/sources/embedded";
import { FLAG_COLUMNS } from "../../src/templates/redFlag/flagsSheet";
import type { SheetPlan } from "../../src/templates/plan";
import { buildSecImport } from "../../src/templates/secImport";
import { fixtureCompany } from "../sources/sec/fixtures";

const money = (format: string | undefined) => format !== undefined && format.startsWith("#,##0");

/** A header cell over money, on a row with no header naming the units, and no such header row above in the same block of rows. */
function unitlessMoneyHeaders(sheet: SheetPlan, units: string): string[] {
  const cells = sheet.cells.map((c) => ({ ...c, ...parseCell(c.ref) }));
  const rows = new Set(cells.map((c) => c.row));
  const at = (row: number, col: number) => cells.find((c) => c.row === row && c.col === col);
  const namesUnits = (row: number) => cells.some((c) => c.row === row && c.style === "header" && String(c.value ?? c.formula).includes(units));
  /** The rows of the block holding `row`: no empty row between them. */
  const blockAbove = (row: number) => {
    const out: number[] = [];
    for (let r = row; r >= 0 && rows.has(r); r--) out.push(r);
    return out;
  };
  const found: string[] = [];
  for (const h of cells.filter((c) => c.style === "header" && typeof c.value === "string")) {
    const overMoney = h.col === 0 ? cells.some((c) => c.row === h.row + 1 && c.col > 0 && money(c.numberFormat)) : money(at(h.row + 1, h.col)?.numberFormat);
    if (overMoney && !blockAbove(h.row).some(namesUnits)) found.push(`${sheet.name}!${h.ref} "${h.value}"`);
  }
  return found;
}

describe.each(TEMPLATES.flatMap((t) => t.fills.map((fill) => ({ t, fill }))))("$t.id ($fill)", ({ t, fill }) => {
  const plan = t.build(fill);
  const company = fill === "blank" || fill === "sample" ? null : (embeddedCompany(fill) ?? null);

  test("every header over money names the units, or sits in a table whose header row does", () => {
    expect(plan.sheets.flatMap((s) => unitlessMoneyHeaders(s, unitsText(company)))).toEqual([]);
  });
});

test("Import SEC data with quarters: every header over money names the units too", () => {
  const quarters = fixtureCompany("MSFT").quarterly;
  const plan = buildSecImport(quarters);
  expect(plan.sheets.map((s) => s.name)).toEqual(["SEC data", "Inputs", "Flags", "Checks"]);
  expect(plan.sheets.flatMap((s) => unitlessMoneyHeaders(s, unitsText(quarters)))).toEqual([]);
});

test("the Flags sheet: the value and the status come right after the flag's name", () => {
  const flags = TEMPLATES[0].build("MSFT").sheets.find((s) => s.key === "flags")!;
  const header = flags.cells.find((c) => c.value === "Flag")!;
  const row = parseCell(header.ref).row + 1;
  const text = (col: string) => flags.cells.find((c) => c.ref === `${col}${row}`)?.value;
  expect([FLAG_COLUMNS.flag, FLAG_COLUMNS.value, FLAG_COLUMNS.status]).toEqual(["A", "B", "C"]);
  expect([text("A"), text("B"), text("C")]).toEqual(["Flag", "Value (money in USD, shown in billions)", "Status"]);
});
