/**
 * AIFLAG reads back its own templates: the Inputs sheet of the red-flag model and the
 * depreciation schedule's inputs, inserted into a workbook (the preview's, computed by the
 * formula engine) and selected as a user would, are recognised row by row, lives included, so
 * the depreciation flags compute from the selection.
 */
import { analyseSelection, rowFor } from "../../../src/analysis";
import { parseRange } from "../../../src/core/cells/a1";
import { createPreviewHost } from "../../../src/preview/previewHost";
import { PreviewWorkbook } from "../../../src/preview/workbook";
import { findTemplate, type Fill } from "../../../src/templates/catalogue";
import { recogniseLabel } from "../../../src/sources/selection";

async function inserted(template: string, fill: Fill, sheet: string) {
  const book = new PreviewWorkbook();
  const host = createPreviewHost(book);
  await host.writePlan(findTemplate(template)!.build(fill));
  const id = book.sheetId(sheet)!;
  book.activate(id);
  return { book, host, id };
}

async function analyseRange(template: string, fill: Fill, sheet: string, range: string) {
  const { book, host } = await inserted(template, fill, sheet);
  const box = parseRange(range);
  book.select({ row: box.top, col: box.left }, { row: box.bottom, col: box.right });
  const read = await host.readSelection();
  if (read.outcome !== "read") throw new Error(read.message);
  return analyseSelection(read.selection);
}

test("every label of the red-flag model's Inputs sheet that names a line item or a life is recognised as it", async () => {
  const { book, id } = await inserted("redflag", "MSFT", "Inputs");
  const { rows } = book.usedSize(id);
  const labels = Array.from({ length: rows }, (_, row) => book.value(id, { row, col: 0 })).filter((x): x is string => typeof x === "string");
  const expect_ = (text: RegExp, item: string) => {
    const label = labels.find((l) => text.test(l));
    expect([label, recogniseLabel(label)?.item]).toEqual([expect.any(String), item]);
  };
  expect_(/^Revenue/, "revenue");
  expect_(/^Cost of revenue/, "cost_of_revenue");
  expect_(/^Capex/, "capex");
  expect_(/^Operating cash flow/, "operating_cash_flow");
  expect_(/^Server book life/, "book_life");
  expect_(/^Economic life/, "economic_life");
  expect_(/^Tax rate/, "tax_rate");
  expect_(/^Share of capex deducted at once/, "bonus_share");
  expect_(/^Tax recovery period/, "recovery_years");
  expect_(/^Discount rate/, "discount_rate");
  expect_(/^Power price change/, "price_shock");
});

test("the Inputs sheet selected whole: its lives are read, and DEPCLIFF and DEPGAP compute", async () => {
  const { book, id } = await inserted("redflag", "MSFT", "Inputs");
  const { rows, cols } = book.usedSize(id);
  const a = await analyseRange("redflag", "MSFT", "Inputs", `A6:${String.fromCharCode(64 + cols)}${rows}`);
  expect(rowFor(a, "book_life")?.values.filter((v) => v !== null)).toEqual([6]);
  expect(rowFor(a, "economic_life")?.values.filter((v) => v !== null)).toEqual([3]);
  const depcliff = a.flags.find((f) => f.id === "DEPCLIFF");
  expect(depcliff?.state).toBe("computed");
  expect(depcliff?.state === "computed" && typeof depcliff.value).toBe("number");
  expect(a.flags.find((f) => f.id === "DEPGAP")?.state).toBe("computed");
});

test("the depreciation schedule's inputs (capex, \"Book life (years)\", \"Economic life (years)\") are read back", async () => {
  const { book, id } = await inserted("depreciation", "MSFT", "Depreciation cliff");
  const labels = Array.from({ length: 12 }, (_, row) => book.value(id, { row, col: 0 }));
  expect(labels).toEqual(expect.arrayContaining(["Book life (years)", "Economic life (years)"]));
  for (const label of ["Book life (years)", "Economic life (years)"]) expect(recogniseLabel(label)?.item).toBe(label.startsWith("Book") ? "book_life" : "economic_life");
});
