/**
 * The preview's sample sheet without a browser: each AIFLAG value cell is formatted as the same
 * flag's value is on the red-flag model's Flags sheet (its value kind's format), so a change in
 * gross margin shows its sign and a conversion shows as a multiple.
 */
import { parseCell } from "../../src/core/cells/a1";
import { formatNumber } from "../../src/preview/format";
import { buildSamplePlan } from "../../src/preview/sample";
import { buildRedFlagModel } from "../../src/templates/redFlagModel";
import { FLAG_COLUMNS } from "../../src/templates/redFlag/flagsSheet";
import { embeddedCompany } from "../../src/sources/embedded";
import type { SheetPlan } from "../../src/templates/plan";

const sample = buildSamplePlan().sheets[0];
const flags = buildRedFlagModel(embeddedCompany("MSFT")!).sheets.find((s) => s.key === "flags") as SheetPlan;

function formatAt(sheet: SheetPlan, ref: string): string | undefined {
  return sheet.cells.find((c) => c.ref === ref)?.numberFormat;
}

/** The Flags sheet's value cell of a flag: the row whose label ends "(AIFLAG.ID)". */
function flagsValueFormat(id: string): string | undefined {
  const label = flags.cells.find((c) => c.ref.startsWith(FLAG_COLUMNS.flag) && typeof c.value === "string" && c.value.endsWith(`(AIFLAG.${id})`));
  if (!label) throw new Error(`no row for ${id} on the Flags sheet`);
  return formatAt(flags, `${FLAG_COLUMNS.value}${parseCell(label.ref).row + 1}`);
}

test.each([
  ["B15", "FCFCONV"],
  ["B16", "GROSSMARGINGAP"],
  ["B17", "DEPCLIFF"],
  ["B18", "FCFCONV"],
  ["C18", "FCFCONV"],
  ["D18", "FCFCONV"],
])("%s, a value of %s, has the Flags sheet's format for it", (ref, id) => {
  const format = formatAt(sample, ref);
  expect(format).toBeDefined();
  expect(format).toBe(flagsValueFormat(id));
});

test("the margin change shows its sign, the conversion its multiple", () => {
  expect(formatNumber(0.012, formatAt(sample, "B16")!)).toBe("+1.2%");
  expect(formatNumber(-0.001, formatAt(sample, "B16")!)).toBe("-0.1%");
  expect(formatNumber(0.7032, formatAt(sample, "B15")!)).toBe("0.70x");
});
