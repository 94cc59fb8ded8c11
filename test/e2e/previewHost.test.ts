/**
 * The preview's host on its workbook, without a browser: the same Host contract as in Excel.
 * Inserting never writes over a cell, templates never touch an existing sheet, the selection is
 * read as Office.js reads it, and the formulas beside a block land where planFormulas and
 * findEmptyArea say, on empty cells only.
 */
import { analyseSelection, planFormulas } from "../../src/analysis";
import { cellAddress, parseCell, parseRange } from "../../src/core/cells/a1";
import { findTemplate } from "../../src/templates/catalogue";
import { createPreviewHost } from "../../src/preview/previewHost";
import { buildSamplePlan, SAMPLE_MODEL_RANGE, SAMPLE_SHEET } from "../../src/preview/sample";
import { PreviewWorkbook } from "../../src/preview/workbook";

function withSample() {
  const book = new PreviewWorkbook();
  const host = createPreviewHost(book);
  return { book, host, ready: host.writePlan(buildSamplePlan()) };
}

/** Every non-empty cell of every sheet, as typed: the "before" of a nothing-changed check. */
function contents(book: PreviewWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const { id, name } of book.sheets()) {
    const { rows, cols } = book.usedSize(id);
    for (let row = 0; row < rows; row++)
      for (let col = 0; col < cols; col++) {
        const text = book.input(id, { row, col });
        if (text !== "") out.set(`${name}!${cellAddress({ row, col })}`, text);
      }
  }
  return out;
}

function selectRange(book: PreviewWorkbook, range: string): void {
  const box = parseRange(range);
  book.select({ row: box.top, col: box.left }, { row: box.bottom, col: box.right });
}

test("the sample is written through writePlan, as one sheet that opens", async () => {
  const { book, ready } = withSample();
  const result = await ready;
  expect(result).toMatchObject({ outcome: "inserted", sheetNames: [SAMPLE_SHEET] });
  expect(book.sheetName(book.selection()!.sheet)).toBe(SAMPLE_SHEET);
  expect(book.input(book.selection()!.sheet, parseCell("B15"))).toBe("=AIFLAG.FCFCONV(D10,D11,D9)");
});

test("insertFormula writes into the active cell when it is empty, and never over anything", async () => {
  const { book, host, ready } = withSample();
  await ready;
  const sheet = book.selection()!.sheet;
  book.select(parseCell("F2"));
  expect(await host.insertFormula("=AIFLAG.FCFCONV(10,2,4)")).toMatchObject({ outcome: "inserted", address: "Microsoft!F2" });
  expect(book.value(sheet, parseCell("F2"))).toBe(2);
  expect(await host.insertFormula("=1")).toMatchObject({ outcome: "cell-not-empty", address: "Microsoft!F2" });
  expect(book.input(sheet, parseCell("F2"))).toBe("=AIFLAG.FCFCONV(10,2,4)");
  // A spilled value counts as something too (C18 shows the per-year row's second value).
  book.select(parseCell("C18"));
  expect((await host.insertFormula("=1")).outcome).toBe("cell-not-empty");
});

test("writePlan adds new sheets only: names already taken get a suffix, and no existing cell changes", async () => {
  const { book, host, ready } = withSample();
  await ready;
  const template = findTemplate("redflag")!;
  const first = await host.writePlan(template.build("MSFT"));
  expect(first).toMatchObject({ outcome: "inserted", sheetNames: ["Inputs", "Flags", "Checks"] });
  const before = contents(book);
  const second = await host.writePlan(template.build("MSFT"));
  expect(second).toMatchObject({ outcome: "inserted", sheetNames: ["Inputs (2)", "Flags (2)", "Checks (2)"] });
  expect(second.message).toMatch(/already existed/);
  const after = contents(book);
  for (const [cell, text] of before) expect(`${cell}: ${after.get(cell)}`).toBe(`${cell}: ${text}`);
  expect(book.sheetName(book.selection()!.sheet)).toBe("Flags (2)");
});

test("readSelection reads the selected block as Office.js does: trimmed to used cells, errors as their code", async () => {
  const { book, host, ready } = withSample();
  await ready;
  selectRange(book, "A4:D12");
  const read = await host.readSelection();
  if (read.outcome !== "read") throw new Error(read.message);
  expect(read.selection.sheet).toBe(SAMPLE_SHEET);
  expect(read.selection.address).toBe(`${SAMPLE_SHEET}!${SAMPLE_MODEL_RANGE}`);
  expect(read.selection.values[0]).toEqual(["USD millions", "FY2023", "FY2024", "FY2025"]);
  expect(read.selection.values[1][3]).toBe(281724);
  selectRange(book, "B19:B19");
  const error = await host.readSelection();
  expect(error.outcome === "read" && error.selection.values).toEqual([["#VALUE!"]]);
  selectRange(book, "Z100:Z200");
  expect((await host.readSelection()).outcome).toBe("unavailable");
});

/** The sample written, its model selected, read and analysed as the pane does. */
async function sampleAnalysed() {
  const { book, host, ready } = withSample();
  await ready;
  const sheet = book.selection()!.sheet;
  selectRange(book, SAMPLE_MODEL_RANGE);
  const read = await host.readSelection();
  if (read.outcome !== "read") throw new Error(read.message);
  return { book, host, sheet, analysis: analyseSelection(read.selection) };
}

test("writeFormulasBeside writes planFormulas beside the block, and moves along when the place is taken", async () => {
  const { book, host, sheet, analysis } = await sampleAnalysed();
  const plan = planFormulas(analysis);
  if (plan.kind !== "plan") throw new Error("nothing to plan on the sample");

  // Something in the planned place: the table goes to the first empty area to the right.
  const blocker = { row: plan.target.top + 1, col: plan.target.left + 1 };
  book.setInput(sheet, blocker, "mine");
  const before = contents(book);
  const result = await host.writeFormulasBeside(analysis);
  if (result.outcome !== "written") throw new Error(result.message);
  expect(result.message).toMatch(/was not empty/);
  expect(book.input(sheet, blocker)).toBe("mine");
  for (const [cell, text] of before) expect(contents(book).get(cell)).toBe(text);

  const moved = planFormulas(analysis, { anchor: parseCell(result.address.split("!")[1].split(":")[0]) });
  if (moved.kind !== "plan") throw new Error("the moved plan is empty");
  expect(moved.target.left).toBeGreaterThan(blocker.col);
  for (const w of moved.writes) expect(book.input(sheet, w.position)).toBe(w.formula ?? w.text ?? String(w.value));
  // The flags computed in the sheet equal the analysis' own values.
  const fcf = moved.writes.find((w) => w.formula?.startsWith("=AIFLAG.FCFCONV(") && !w.formula.includes('"status"'));
  expect(fcf && book.value(sheet, fcf.position)).toBeCloseTo(136162 / 101832 - 64551 / 101832, 9);
});

test("the insertion is recorded as in Excel: written again it is updated in place; the last insertion can be removed, unless changed since", async () => {
  const { book, host, sheet, analysis } = await sampleAnalysed();
  const before = contents(book);
  const first = await host.writeFormulasBeside(analysis);
  if (first.outcome !== "written") throw new Error(first.message);
  const written = contents(book);
  const again = await host.writeFormulasBeside(analysis);
  expect(again).toMatchObject({ outcome: "written", address: first.address, message: expect.stringMatching(/^Updated the \d+ formulas AIFLAG wrote beside this block, in place/) });
  expect(contents(book)).toEqual(written);
  expect(await host.lastInsertion()).toMatchObject({ kind: "beside", where: first.address });

  // Changed since: nothing removed.
  const target = parseRange(first.address.split("!")[1]);
  book.setInput(sheet, { row: target.top + 1, col: target.left }, "my label");
  expect((await host.removeLastInsertion()).outcome).toBe("refused");
  book.undo();
  expect(await host.removeLastInsertion()).toMatchObject({ outcome: "removed" });
  expect(contents(book)).toEqual(before);

  // A template, removed: its sheets go.
  await host.writePlan(findTemplate("depreciation")!.build("MSFT"), { template: "depreciation" });
  expect(book.sheets().map((s) => s.name)).toContain("Depreciation cliff");
  expect((await host.removeLastInsertion()).outcome).toBe("removed");
  expect(book.sheets().map((s) => s.name)).toEqual([SAMPLE_SHEET]);
});
