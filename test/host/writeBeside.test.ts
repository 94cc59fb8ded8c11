/**
 * "Write formulas beside the block" through the Office host, against the recording fake: the
 * model's block with data around it, the target read (values and formulas) before anything is
 * written, every write in one batch, and no cell that holds anything ever changed.
 */
import { parseRange } from "../../src/core/cells/a1";
import { analyseSelection, planFormulas, type Analysis, type CellWrite } from "../../src/analysis";
import { writeRuns } from "../../src/host/besideWriter";
import { createOfficeHost } from "../../src/host/officeHost";
import { unsupportedMessage } from "../../src/host/requirements";
import { BUSY_MESSAGE } from "../../src/host/retry";
import { LAYOUT_CATALOGUE } from "../helpers/layoutCatalogue";
import { MICROSOFT_MODEL_BLOCK } from "../helpers/modelBlock";
import { FakeExcel } from "./fake/excel";
import { boxOf, cellAt, key, peek, seedSheet, type FakeCell, type FakeSheet } from "./fake/workbook";
import { allSupported, countingRun, noWait } from "./helpers";

/** A small model, labels in column B and years across, at B2:E7. */
const BLOCK = MICROSOFT_MODEL_BLOCK;

function modelSheet(): FakeSheet {
  const sheet = seedSheet("Model", BLOCK, "B2");
  cellAt(sheet, 0, 0).value = "Notes above the model";
  cellAt(sheet, 0, 0).formula = "Notes above the model";
  return sheet;
}

function setup(edit: (sheet: FakeSheet) => void = () => undefined) {
  const sheet = modelSheet();
  edit(sheet);
  const excel = new FakeExcel([seedSheet("Cover", [["Cover page"]]), sheet], "Model");
  const counted = countingRun(excel.run);
  const host = createOfficeHost({ run: counted.run, supports: allSupported, retry: { sleep: noWait } });
  // The fixed catalogue the addresses pinned below were worked out for.
  const analysis = analyseSelection({ sheet: "Model", address: "Model!B2:E7", values: BLOCK }, { registry: LAYOUT_CATALOGUE });
  return { excel, sheet, host, syncs: counted.syncs, analysis };
}

/** Every non-empty cell of the sheet, as comparable data. */
function occupied(sheet: FakeSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, c] of sheet.cells) if (c.value !== "" || c.formula !== "") out.set(k, JSON.stringify(c));
  return out;
}

function expectUnchanged(before: Map<string, string>, sheet: FakeSheet): void {
  for (const [k, c] of before) expect([k, JSON.stringify(sheet.cells.get(k))]).toEqual([k, c]);
}

function expectWritten(sheet: FakeSheet, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const cell: FakeCell = peek(sheet, w.position.row, w.position.col);
    if (w.formula !== undefined) expect([w.address, cell.formula]).toEqual([w.address, w.formula]);
    else expect([w.address, cell.value]).toEqual([w.address, w.value ?? w.text]);
  }
}

/** The cells the requests wrote values or formulas into, from the recorded calls. */
function cellsWritten(excel: FakeExcel): Set<string> {
  const out = new Set<string>();
  for (const call of excel.requests.flatMap((r) => r.calls)) {
    const m = /getRange\(([^)]+)\)\.(values|formulas)$/.exec(call.path);
    if (!m) continue;
    const box = boxOf(m[1]);
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) out.add(key(r, c));
  }
  return out;
}

test("an empty target: the table is written beside the block, then recorded, in 3 syncs", async () => {
  const { excel, sheet, host, syncs, analysis } = setup();
  const plan = planFormulas(analysis);
  if (plan.kind !== "plan") throw new Error("expected a plan");
  const before = occupied(sheet);

  const result = await host.writeFormulasBeside(analysis);

  expect(result).toEqual({ outcome: "written", address: `Model!${plan.targetAddress}`, message: `Wrote 4 formulas in Model!${plan.targetAddress}.` });
  expect(plan.targetAddress).toBe("G2:J9");
  expectWritten(sheet, plan.writes);
  expectUnchanged(before, sheet);
  expect(syncs.count).toBe(3);
  expect(excel.requests[0].calls.map((c) => c.path)).toEqual([
    "worksheets.getItem(Model)",
    "worksheets.getItem(Model).load",
    "settings.load",
    "worksheets.getItem(Model).getRange(G2:EH9)",
    "worksheets.getItem(Model).getRange(G2:EH9).load",
  ]);
  // Headers bold on a fill, the thresholds' input cells blue, the values in their kind's format.
  expect(peek(sheet, 1, 6).font.bold).toBe(true);
  expect(peek(sheet, 6, 7)).toMatchObject({ value: 0.3, font: { color: "#0000FF" } });
  expect(peek(sheet, 2, 7).numberFormat).toBe("+0.0%;-0.0%;0.0%");
  expect([...excel.settings.keys()]).toEqual([expect.stringMatching(/^AIFLAG\.insertion\.\d+$/)]);
  expect(cellsWritten(excel)).toEqual(new Set(plan.writes.map((w) => key(w.position.row, w.position.col))));
});

test("an occupied target: the table moves right to the first empty area, and no occupied cell changes", async () => {
  const { sheet, host, syncs, analysis } = setup((s) => {
    cellAt(s, 2, 7).value = "a note in H3";
    cellAt(s, 2, 7).formula = "a note in H3";
    cellAt(s, 3, 9).formula = '=""'; // shows nothing, but holds a formula
  });
  const before = occupied(sheet);

  const result = await host.writeFormulasBeside(analysis);

  // J4 holds a formula: any box starting at G..J overlaps H3 or J4; K2:N4 is the first free one.
  const moved = planFormulas(analysis, { anchor: { row: 1, col: 10 } });
  if (moved.kind !== "plan") throw new Error("expected a plan");
  expect(moved.targetAddress).toBe("K2:N9");
  expect(result).toEqual({
    outcome: "written",
    address: "Model!K2:N9",
    message: "Model!G2:J9 was not empty, so the 4 formulas were written in Model!K2:N9 instead (the first empty area along).",
  });
  expectWritten(sheet, moved.writes);
  expectUnchanged(before, sheet);
  expect(peek(sheet, 2, 7).value).toBe("a note in H3");
  expect(peek(sheet, 3, 9).formula).toBe('=""');
  expect(syncs.count).toBe(3);
});

test("a formatted but empty cell counts as empty; cells of the target that get no write are not written at all", async () => {
  // BONUSDEP (given its assumptions) has no status: its Status cell gets no write.
  const { excel, sheet, host } = setup((s) => {
    cellAt(s, 4, 8).fill = "#FFFF00";
  });
  const analysis: Analysis = analyseSelection(
    { sheet: "Model", address: "Model!B2:E7", values: BLOCK },
    { assumptions: { tax_rate: 0.21, bonus_share: 1, recovery_years: 5, discount_rate: 0.08 } },
  );
  const plan = planFormulas(analysis);
  if (plan.kind !== "plan") throw new Error("expected a plan");
  const target = parseRange(plan.targetAddress);
  const result = await host.writeFormulasBeside(analysis);
  expect(result.outcome).toBe("written");
  expect(result).toMatchObject({ address: `Model!${plan.targetAddress}` });
  const written = cellsWritten(excel);
  const planned = new Set(plan.writes.map((w) => key(w.position.row, w.position.col)));
  expect(written).toEqual(planned);
  let skipped = 0;
  for (let r = target.top; r <= target.bottom; r++) for (let c = target.left; c <= target.right; c++) if (!planned.has(key(r, c))) skipped++;
  expect(skipped).toBeGreaterThan(0);
  expect(peek(sheet, 4, 8).fill).toBe("#FFFF00");
});

test("nothing to write: a sentence, no call to Excel", async () => {
  const { sheet, host, syncs } = setup();
  const analysis = analyseSelection({ sheet: "Model", address: "Model!B2:C3", values: [["Headcount", 10], ["Offices", 3]] });
  const before = occupied(sheet);
  const result = await host.writeFormulasBeside(analysis);
  expect(result.outcome).toBe("nothing");
  expect(result.message).toBe("No flag could be computed from this block, so there is nothing to write.");
  expect(syncs.count).toBe(0);
  expectUnchanged(before, sheet);
});

test("no room within the search: a sentence, nothing written", async () => {
  const { sheet, host, syncs, analysis } = setup((s) => {
    for (let col = 6; col <= 200; col += 3) {
      cellAt(s, 1, col).value = "taken";
      cellAt(s, 1, col).formula = "taken";
    }
  });
  const before = occupied(sheet);
  const cellCount = sheet.cells.size;
  const result = await host.writeFormulasBeside(analysis);
  expect(result.outcome).toBe("unavailable");
  expect(result.message).toBe(
    "There is no empty area of 8 rows by 4 columns in G2:EH9 beside the block: make room next to it, then try again. Nothing was written.",
  );
  expect(syncs.count).toBe(1);
  expectUnchanged(before, sheet);
  expect(sheet.cells.size).toBe(cellCount);
});

test("the block's sheet renamed or deleted since the analysis: a sentence", async () => {
  const { host, analysis } = setup();
  const result = await host.writeFormulasBeside({ ...analysis, sheet: "Old model" });
  expect(result).toEqual({
    outcome: "unavailable",
    message: 'The sheet "Old model" is no longer in the workbook: analyse the selection again. Nothing was written.',
  });
});

test("cell-edit mode: retried then written; still refused: the busy message, nothing written", async () => {
  const first = setup();
  first.excel.refuseSyncs(1, 1); // the write is refused: the retry reads and writes again
  expect((await first.host.writeFormulasBeside(first.analysis)).outcome).toBe("written");

  const second = setup();
  const before = occupied(second.sheet);
  second.excel.refuseSyncs(100);
  expect(await second.host.writeFormulasBeside(second.analysis)).toEqual({ outcome: "busy", message: BUSY_MESSAGE });
  expect(occupied(second.sheet)).toEqual(before);
});

test("an Excel without ExcelApi 1.1: a sentence, no call", async () => {
  const { analysis, excel } = setup();
  const host = createOfficeHost({ run: excel.run, supports: () => false });
  expect(await host.writeFormulasBeside(analysis)).toEqual({ outcome: "unavailable", message: unsupportedMessage("writeFormulasBeside") });
  expect(excel.syncs).toBe(0);
});

test("read, analyse and write, end to end on the same workbook", async () => {
  const { excel, sheet, host } = setup();
  excel.selection = { sheet: "Model", address: "B2:E7" };
  const read = await host.readSelection();
  if (read.outcome !== "read") throw new Error(read.message);
  const result = await host.writeFormulasBeside(analyseSelection(read.selection, { registry: LAYOUT_CATALOGUE }));
  expect(result).toMatchObject({ outcome: "written", address: "Model!G2:J9" });
  expect(peek(sheet, 3, 7).formula).toBe("=AIFLAG.FCFCONV($E$6,$E$7,$E$5)");
});

describe("writeRuns", () => {
  test("contiguous cells of a row with the same kind are one range; gaps and kinds split runs", () => {
    const w = (address: string, content: { formula: string } | { text: string }): CellWrite => {
      const box = parseRange(address);
      return { address, position: { row: box.top, col: box.left }, ...content };
    };
    const runs = writeRuns([
      w("B1", { text: "Flag" }),
      w("C1", { text: "Value" }),
      w("B2", { text: "FCF" }),
      w("C2", { formula: "=1" }),
      w("D2", { formula: "=2" }),
      w("F2", { text: "2023" }),
    ]);
    expect(runs).toEqual([
      { address: "B1:C1", kind: "text", entries: ["Flag", "Value"] },
      { address: "B2", kind: "text", entries: ["FCF"] },
      { address: "C2:D2", kind: "formula", entries: ["=1", "=2"] },
      { address: "F2", kind: "text", entries: ["'2023"] },
    ]);
  });
});
