/**
 * What AIFLAG records in the workbook about each insertion, and what it does with it: remove the
 * last insertion only when nobody changed it since, update the formulas beside a block in place,
 * replace a template's sheets. Through the Office host against the recording fake of Excel (its
 * workbook settings, sheet ids, `Worksheet.delete` and `Range.clear`), plus the pure rules.
 */
import { analyseSelection, type Analysis } from "../../src/analysis";
import { fingerprint } from "../../src/host/insertions/fingerprint";
import { parseRecord, recordKey, recordsOf, recordsToDrop, serialiseRecord, type InsertionRecord } from "../../src/host/insertions/record";
import { decideRemoval } from "../../src/host/insertions/removal";
import { createOfficeHost } from "../../src/host/officeHost";
import { TEMPLATES } from "../../src/templates/catalogue";
import { LAYOUT_CATALOGUE } from "../helpers/layoutCatalogue";
import { MICROSOFT_MODEL_BLOCK } from "../helpers/modelBlock";
import { FakeExcel } from "./fake/excel";
import { cellAt, enter, peek, seedSheet, snapshot, type FakeSheet } from "./fake/workbook";
import { allSupported, countingRun, noWait } from "./helpers";

function setup() {
  const model = seedSheet("Model", MICROSOFT_MODEL_BLOCK, "B2");
  const excel = new FakeExcel([seedSheet("Cover", [["Cover page"]]), model], "Model");
  const counted = countingRun(excel.run);
  const host = createOfficeHost({ run: counted.run, supports: allSupported, retry: { sleep: noWait } });
  // The fixed catalogue the addresses pinned below were worked out for.
  const analysis = analyseSelection({ sheet: "Model", address: "Model!B2:E7", values: MICROSOFT_MODEL_BLOCK }, { registry: LAYOUT_CATALOGUE });
  return { excel, model, host, syncs: counted.syncs, analysis };
}

const records = (excel: FakeExcel): InsertionRecord[] => recordsOf([...excel.settings.entries()].map(([key, value]) => ({ key, value })));

/** Every non-empty cell of the sheet. */
function contents(sheet: FakeSheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, c] of sheet.cells) if (c.value !== "" || c.formula !== "") out.set(k, c.formula);
  return out;
}

describe("the record and its fingerprint (pure)", () => {
  const record: InsertionRecord = { id: 1700000000000, kind: "formula", what: "the AIFLAG.FCFCONV formula", sheets: [], ranges: [{ sheetId: "{1}", sheet: "Model", address: "H2", fingerprint: "0123456789abcdef", formatted: ["H2"] }] };

  test("round-trips through the setting's text; anything else in the workbook is ignored, never thrown", () => {
    expect(parseRecord(recordKey(record.id), serialiseRecord(record))).toEqual(record);
    expect(parseRecord(recordKey(record.id), "{not json")).toBeUndefined();
    expect(parseRecord(recordKey(2), serialiseRecord(record))).toBeUndefined(); // key and id disagree
    expect(parseRecord("OtherAddIn.key", serialiseRecord(record))).toBeUndefined();
    expect(parseRecord(recordKey(record.id), JSON.stringify({ ...record, kind: "macro" }))).toBeUndefined();
    expect(parseRecord(recordKey(record.id), JSON.stringify({ ...record, ranges: [{ sheet: "Model" }] }))).toBeUndefined();
  });

  test("at most 20 kept: adding the 21st drops the oldest", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ ...record, id: i + 1 }));
    expect(recordsToDrop(many).map((r) => r.id)).toEqual([1]);
    expect(recordsToDrop(many.slice(0, 5))).toEqual([]);
  });

  test("the fingerprint changes with any cell, its type, or the place", () => {
    const base = fingerprint("H2:I3", [["=AIFLAG.FCFCONV(B2,B3,B4)", 1], ["Flag", ""]]);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint("H2:I3", [["=AIFLAG.FCFCONV(B2,B3,B4)", 1], ["Flag", ""]])).toBe(base);
    expect(fingerprint("H2:I3", [["=AIFLAG.FCFCONV(B2,B3,B4)", "1"], ["Flag", ""]])).not.toBe(base);
    expect(fingerprint("H2:I3", [["=AIFLAG.FCFCONV(B2,B3,B4)", 1], ["Flag", "x"]])).not.toBe(base);
    expect(fingerprint("H3:I4", [["=AIFLAG.FCFCONV(B2,B3,B4)", 1], ["Flag", ""]])).not.toBe(base);
  });

  test("removal: changed beats gone; both say where", () => {
    const now = (r: string | undefined) => ({ sheets: [], ranges: [r] });
    expect(decideRemoval(record, now("0123456789abcdef"))).toEqual({ ok: true });
    expect(decideRemoval(record, now("ffffffffffffffff"))).toEqual({ ok: false, reason: expect.stringMatching(/^Model!H2 was changed since AIFLAG wrote it/) });
    expect(decideRemoval(record, now(undefined))).toEqual({ ok: false, reason: "the sheet Model is no longer in the workbook" });
  });
});

describe("a formula from the builder", () => {
  test("is written with its number format and recorded; removed, the cell is as before", async () => {
    const { excel, model, host, syncs } = setup();
    excel.selection = { sheet: "Model", address: "H12" };
    const before = snapshot(model);
    const result = await host.insertFormula("=AIFLAG.FCFCONV(Model!C6:E6,Model!C7:E7,Model!C5:E5)", "0.0%");
    expect(result.outcome).toBe("inserted");
    expect(syncs.count).toBe(3);
    expect(peek(model, 11, 7)).toMatchObject({ formula: "=AIFLAG.FCFCONV(Model!C6:E6,Model!C7:E7,Model!C5:E5)", numberFormat: "0.0%" });
    expect(await host.lastInsertion()).toEqual({ id: expect.any(Number), kind: "formula", what: "the AIFLAG.FCFCONV formula", where: "Model!H12" });

    const removed = await host.removeLastInsertion();
    expect(removed).toEqual({ outcome: "removed", message: "Removed the AIFLAG.FCFCONV formula (Model!H12)." });
    expect(snapshot(model)).toEqual(before);
    expect(excel.settings.size).toBe(0);
    expect(await host.lastInsertion()).toBeUndefined();
    expect((await host.removeLastInsertion()).outcome).toBe("nothing");
  });

  test("changed since: nothing removed, and the sentence says where and why", async () => {
    const { excel, model, host } = setup();
    excel.selection = { sheet: "Model", address: "H12" };
    await host.insertFormula("=AIFLAG.FCFCONV(1,2,3)");
    enter(cellAt(model, 11, 7), "=AIFLAG.FCFCONV(1,2,4)");
    const result = await host.removeLastInsertion();
    expect(result.outcome).toBe("refused");
    expect(result.message).toBe(
      "Nothing was removed: Model!H12 was changed since AIFLAG wrote it (cells typed, edited or added), and removing would lose that work. Remove the AIFLAG.FCFCONV formula by hand if you mean to, or undo your changes first (Ctrl+Z) and try again.",
    );
    expect(peek(model, 11, 7).formula).toBe("=AIFLAG.FCFCONV(1,2,4)");
    expect(excel.settings.size).toBe(1);
  });

  test("an Excel without ExcelApi 1.4 still inserts, in 2 syncs, and has nothing recorded to remove", async () => {
    const { excel } = setup();
    const counted = countingRun(excel.run);
    const host = createOfficeHost({ run: counted.run, supports: (_n, v) => v !== "1.4", retry: { sleep: noWait } });
    excel.selection = { sheet: "Model", address: "H12" };
    expect((await host.insertFormula("=1")).outcome).toBe("inserted");
    expect(counted.syncs.count).toBe(2);
    expect(await host.lastInsertion()).toBeUndefined();
    expect((await host.removeLastInsertion()).outcome).toBe("unavailable");
  });
});

describe("a template", () => {
  const plan = TEMPLATES[0].build("MSFT");

  test("removed: its sheets go, found by id even after a rename; the user's sheets stay", async () => {
    const { excel, model, host } = setup();
    const before = snapshot(model);
    await host.writePlan(plan, { template: "redflag" });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Cover", "Model", "Inputs", "Flags", "Checks"]);
    excel.sheet("Checks").name = "My checks";
    const removed = await host.removeLastInsertion();
    expect(removed).toMatchObject({ outcome: "removed", message: expect.stringMatching(/^Removed the template .* \(sheets Inputs, Flags and Checks\)\.$/) });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Cover", "Model"]);
    expect(snapshot(model)).toEqual(before);
  });

  test("an estimate typed into the Inputs sheet since: nothing removed", async () => {
    const { excel, host } = setup();
    await host.writePlan(plan);
    enter(cellAt(excel.sheet("Inputs"), 40, 3), 123);
    const result = await host.removeLastInsertion();
    expect(result).toMatchObject({ outcome: "refused", message: expect.stringContaining("the sheet Inputs was changed since AIFLAG wrote it") });
    expect(excel.sheets.map((s) => s.name)).toContain("Inputs");
  });

  test("replace: the sheets inserted before give way to the new ones, under the same names, instead of (2) copies", async () => {
    const { excel, host, syncs } = setup();
    await host.writePlan(plan, { template: "redflag" });
    const oldIds = ["Inputs", "Flags", "Checks"].map((n) => excel.sheet(n).id);
    syncs.count = 0;
    const result = await host.writePlan(TEMPLATES[0].build("GOOGL"), { template: "redflag", replace: true });
    expect(result).toMatchObject({ outcome: "inserted", sheetNames: ["Inputs", "Flags", "Checks"] });
    expect(result.message).toMatch(/Replaced the sheets AIFLAG inserted before \(Inputs, Flags and Checks\)\.$/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Cover", "Model", "Inputs", "Flags", "Checks"]);
    expect(excel.sheets.map((s) => s.id)).not.toEqual(expect.arrayContaining(oldIds));
    expect(records(excel)).toHaveLength(1);
    expect(syncs.count).toBe(4);
  });

  test("replace refused when the old sheets were changed: nothing deleted or added", async () => {
    const { excel, host } = setup();
    await host.writePlan(plan, { template: "redflag" });
    enter(cellAt(excel.sheet("Flags"), 30, 1), "my note");
    const result = await host.writePlan(plan, { template: "redflag", replace: true });
    expect(result).toMatchObject({ outcome: "refused", message: expect.stringMatching(/^Nothing was replaced or added: the sheet Flags was changed since/) });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Cover", "Model", "Inputs", "Flags", "Checks"]);
  });
});

describe("formulas beside a block", () => {
  const withLives = (a: Analysis): Analysis =>
    analyseSelection({ sheet: a.sheet, address: "Model!B2:E7", values: MICROSOFT_MODEL_BLOCK }, { registry: LAYOUT_CATALOGUE, assumptions: { growth_threshold: 0.25 } });

  test("written twice for the same block: updated in place, not duplicated", async () => {
    const { excel, model, host, syncs, analysis } = setup();
    const first = await host.writeFormulasBeside(analysis);
    expect(first).toMatchObject({ outcome: "written", address: "Model!G2:J9" });
    const once = contents(model);
    syncs.count = 0;
    const second = await host.writeFormulasBeside(withLives(analysis));
    expect(second).toEqual({ outcome: "written", address: "Model!G2:J9", message: "Updated the 4 formulas AIFLAG wrote beside this block, in place: Model!G2:J9." });
    expect(syncs.count).toBe(4);
    expect(contents(model).size).toBe(once.size);
    expect(peek(model, 6, 7).value).toBe(0.25);
    expect(records(excel)).toHaveLength(1);
  });

  test("changed since: left as it is, the new table goes to the next empty place, and the sentence says why", async () => {
    const { model, host, analysis } = setup();
    await host.writeFormulasBeside(analysis);
    enter(cellAt(model, 6, 7), 0.4); // the analyst changed the growth threshold in the table
    const second = await host.writeFormulasBeside(analysis);
    expect(second.message).toBe(
      "Model!G2:J9 was not empty, so the 4 formulas were written in Model!K2:N9 instead (the first empty area along). The formulas AIFLAG wrote beside this block in Model!G2:J9 were changed since, so they were left as they are.",
    );
    expect(peek(model, 6, 7).value).toBe(0.4);
  });

  test("removed: the table's cells and formats are cleared, the model is as before", async () => {
    const { excel, model, host, analysis } = setup();
    const before = snapshot(model);
    await host.writeFormulasBeside(analysis);
    expect(await host.lastInsertion()).toMatchObject({ kind: "beside", what: "the formulas beside Model!B2:E7", where: "Model!G2:J9" });
    expect((await host.removeLastInsertion()).outcome).toBe("removed");
    expect(snapshot(model)).toEqual(before);
    expect(excel.settings.size).toBe(0);
  });
});
