import { analyseSelection, planFormulas, type Analysis, type BlockValue, type CellWrite, type ComputedFlag, type FormulaPlan } from "../../src/analysis";
import { cellAddress, parseCell, inBox } from "../../src/core/cells/a1";
import { transpose } from "../../src/core/cells/values";
import { LAYOUT_CATALOGUE } from "../helpers/layoutCatalogue";
import { CATALOGUE } from "./helpers/catalogue";
import { engineFor } from "./helpers/engine";
import { applyWrites, placeBlock, rectangular, type SheetArray } from "./helpers/sheet";
import { ALPHABET_NEWEST_FIRST, META_TRANSPOSED, MICROSOFT, STARTUP_NO_HEADER } from "./cases/models";

const analyse = (values: BlockValue[][], address: string, sheet = "Model", assumptions = {}) =>
  analyseSelection({ sheet, address, values }, { registry: CATALOGUE, assumptions });
/** For the tests that pin addresses: the fixed catalogue they were worked out for. */
const analysePinned = (values: BlockValue[][], address: string, sheet = "Model") =>
  analyseSelection({ sheet, address, values }, { registry: LAYOUT_CATALOGUE });

function plan(a: Analysis, options = {}): Extract<FormulaPlan, { kind: "plan" }> {
  const p = planFormulas(a, options);
  if (p.kind !== "plan") throw new Error(p.message);
  return p;
}

/** Equal to 1e-9 relative: HyperFormula rounds what it returns to about eleven digits. */
function expectSame(got: unknown, want: unknown): void {
  expect(typeof got).toBe("number");
  expect(typeof want).toBe("number");
  const [g, w] = [got as number, want as number];
  expect(Math.abs(g - w)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(w)));
}

const computedFlags = (a: Analysis) => a.flags.filter((f): f is ComputedFlag => f.state === "computed");
const write = (p: { writes: CellWrite[] }, address: string) => p.writes.find((w) => w.address === address);

/** Evaluates the written table with an independent engine and returns each flag's value and status cells. */
function evaluate(sheets: Record<string, SheetArray>, p: Extract<FormulaPlan, { kind: "plan" }>, flags: readonly ComputedFlag[]) {
  const hf = engineFor(Object.fromEntries(Object.entries(sheets).map(([k, v]) => [k, rectangular(v)])));
  const id = hf.getSheetId(p.sheet);
  if (id === undefined) throw new Error("no target sheet");
  const at = (row: number, col: number) => hf.getCellValue({ sheet: id, row, col });
  return flags.map((f, i) => ({ id: f.id, value: at(p.target.top + 1 + i, p.target.left + 1), status: at(p.target.top + 1 + i, p.target.left + 2) }));
}

describe("the written formulas", () => {
  test("Microsoft: beside the block, one blank column away, referencing the recognised rows", () => {
    const a = analysePinned(MICROSOFT, "B2");
    const p = plan(a);
    expect(p.targetAddress).toBe("G2:J9");
    expect(write(p, "G2")).toMatchObject({ text: "Flag", style: "header" });
    expect(write(p, "H3")).toMatchObject({ formula: "=AIFLAG.GROSSMARGINGAP($C$4:$E$4,$C$5:$E$5,$H$7,$H$8,$H$9)", numberFormat: "+0.0%;-0.0%;0.0%" });
    expect(write(p, "I3")).toMatchObject({ formula: '=AIFLAG.GROSSMARGINGAP($C$4:$E$4,$C$5:$E$5,$H$7,$H$8,$H$9,"status")', style: "status" });
    expect(write(p, "H4")?.formula).toBe("=AIFLAG.FCFCONV($E$10,$E$11,$E$8)");
    // Value cells carry the number format of the flag's value kind: a conversion reads 0.70x.
    expect(write(p, "H4")?.numberFormat).toBe('0.00"x"');
    expect(write(p, "I4")?.numberFormat).toBeUndefined();
    expect(write(p, "J4")?.text).toBe("Uses FY2025: Net cash from operations (E10); Additions to property and equipment (E11); Net income (E8)");
    expect(write(p, "J3")?.text).toBe(
      "Uses FY2023 to FY2025: Total revenue (C4:E4); Total cost of revenue (C5:E5); growth_threshold (H7); tolerance (H8); periods_per_year (H9)",
    );
    // The thresholds: labelled input cells, blue, each saying which flag reads it and why it holds that value.
    expect([write(p, "G6")?.text, write(p, "H6")?.text, write(p, "J6")?.text]).toEqual(["Assumptions", "Value", "Used by"]);
    expect(write(p, "G7")?.text).toBe("Growth threshold (growth_threshold)");
    expect(write(p, "H7")).toMatchObject({ value: 0.3, style: "input" });
    expect(write(p, "J7")?.text).toBe("GROSSMARGINGAP (its default)");
    expect(write(p, "H8")).toMatchObject({ value: 0, style: "input" });
    expect([write(p, "G9")?.text, write(p, "H9")?.value, write(p, "J9")?.text]).toEqual(["Periods per year (periods_per_year)", 1, "GROSSMARGINGAP (from the period headers)"]);
  });

  test("no number is typed inside a written formula: lives and thresholds are input cells the formulas reference", () => {
    const a = analyse(MICROSOFT, "D7", "Model", { book_life: 6, economic_life: 3 });
    const p = plan(a);
    const formulas = p.writes.flatMap((w) => (w.formula ? [w.formula] : []));
    expect(formulas.length).toBeGreaterThan(4);
    // Outside quoted texts, every argument is a reference (digits only inside cell addresses).
    for (const f of formulas) expect(f.replace(/"[^"]*"/g, "").replace(/\$?[A-Z]{1,3}\$?\d+/g, "")).not.toMatch(/\d/);
    const inputs = p.writes.filter((w) => w.style === "input");
    expect(inputs.map((w) => w.value)).toEqual(expect.arrayContaining([6, 3]));
    const life = p.writes.find((w) => w.text === "Book useful life (book_life)");
    expect(p.writes.find((w) => w.position.row === life?.position.row && w.position.col === (life?.position.col ?? 0) + 3)?.text).toBe("DEPCLIFF, DEPGAP (your assumption)");
  });

  test.each([
    ["Microsoft, labels down", MICROSOFT, "B2", {}],
    ["Microsoft with lives assumed (DEPCLIFF, DEPGAP)", MICROSOFT, "D7", { book_life: 6, economic_life: 3 }],
    ["Meta, transposed", META_TRANSPOSED, "C4", {}],
    ["the start-up model, no header", STARTUP_NO_HEADER, "A1", {}],
    [
      "an optional argument left out keeps its empty slot before \"status\"",
      [["", "2024", "2025"], ["Sovereign revenue", 20, 30], ["Revenue", 100, 100]],
      "C3",
      {},
    ],
  ] as Array<[string, BlockValue[][], string, Record<string, number>]>)("%s: evaluated by an independent engine, each value and status equals the pane's", (_n, block, corner, assumptions) => {
    const a = analyse(block, corner, "Model", assumptions);
    const p = plan(a);
    const sheet = applyWrites(placeBlock([], corner, block), p.writes);
    const got = evaluate({ Model: sheet }, p, computedFlags(a));
    for (const [i, f] of computedFlags(a).entries()) {
      expect(got[i].id).toBe(f.id);
      expectSame(got[i].value, f.value);
      if (f.status !== undefined) expect(got[i].status).toBe(f.status);
    }
  });

  test("newest-first periods: series flags read a helper row that puts the cells oldest first", () => {
    const numeric = ALPHABET_NEWEST_FIRST.map((r) => r.map((x) => (typeof x === "string" && /^\(/.test(x) ? -Number(x.replace(/[(),]/g, "")) : x)));
    const a = analyse(numeric, "B2");
    const p = plan(a);
    const gm = p.writes.find((w) => w.formula?.startsWith("=AIFLAG.GROSSMARGINGAP(") && !w.formula.includes("status"));
    const helper = p.writes.filter((w) => w.formula && /^=\$[A-Z]+\$\d+$/.test(w.formula));
    // Revenues sit on row 4, 2025 in C, 2023 in E: the helper copies E, D, C.
    expect(helper.slice(0, 3).map((w) => w.formula)).toEqual(["=$E$4", "=$D$4", "=$C$4"]);
    expect(gm?.formula).toMatch(new RegExp(`^=AIFLAG\\.GROSSMARGINGAP\\(\\$${helper[0].address.replace(/\d+/, "")}\\$`));
    const sheet = applyWrites(placeBlock([], "B2", numeric), p.writes);
    const got = evaluate({ Model: sheet }, p, computedFlags(a));
    for (const [i, f] of computedFlags(a).entries()) expectSame(got[i].value, f.value);
  });

  test("text numbers: the pane computes them, but Excel hands the formula text, as the analysis warns", () => {
    const a = analyse(ALPHABET_NEWEST_FIRST, "B2");
    const fcf = computedFlags(a).find((f) => f.id === "FCFCONV") as ComputedFlag;
    expect(typeof fcf.value).toBe("number");
    expect(fcf.inputs.find((i) => i.param === "capex")?.textCells.length).toBe(1);
    const p = plan(a);
    const got = evaluate({ Model: applyWrites(placeBlock([], "B2", ALPHABET_NEWEST_FIRST), p.writes) }, p, computedFlags(a));
    expect(String(got.find((g) => g.id === "FCFCONV")?.value)).toMatch(/VALUE/);
  });

  test("on another sheet, references carry the block's sheet name, quoted when needed", () => {
    const a = analysePinned(MICROSOFT, "B2", "My model");
    const p = plan(a, { targetSheet: "Flags", anchor: { row: 0, col: 0 } });
    expect(p.sheet).toBe("Flags");
    expect(write(p, "B2")?.formula).toBe("=AIFLAG.GROSSMARGINGAP('My model'!$C$4:$E$4,'My model'!$C$5:$E$5,$B$6,$B$7,$B$8)");
    const got = evaluate({ "My model": placeBlock([], "B2", MICROSOFT), Flags: applyWrites([], p.writes) }, p, computedFlags(a));
    for (const [i, f] of computedFlags(a).entries()) expectSame(got[i].value, f.value);
  });

  test("texts written never start like a formula", () => {
    const a = analyse(STARTUP_NO_HEADER, "A1");
    for (const w of plan(a).writes) if (w.text !== undefined) expect(w.text).not.toMatch(/^[=+\-@]/);
  });

  test("nothing computable: nothing to write, said plainly", () => {
    const p = planFormulas(analyse([["Widgets", 1, 2]], "A1"));
    expect(p).toEqual({ kind: "nothing", message: expect.stringMatching(/nothing to write/) });
  });
});

describe("the formulas never land inside the block", () => {
  const blocks: Array<[string, BlockValue[][]]> = [
    ["Microsoft", MICROSOFT],
    ["Microsoft transposed", transpose(MICROSOFT)],
    ["Meta transposed", META_TRANSPOSED],
    ["Alphabet newest first", ALPHABET_NEWEST_FIRST],
    ["start-up", STARTUP_NO_HEADER],
  ];
  const corners = ["A1", "B2", "Z100", "XA1", "A1048550", "AB7"];

  test.each(blocks)("%s, at many corners, with and without assumptions", (_n, block) => {
    for (const corner of corners) {
      for (const assumptions of [{}, { book_life: 6, economic_life: 3 }]) {
        const a = analyse(block, corner, "Model", assumptions);
        const p = planFormulas(a);
        if (p.kind === "nothing") continue;
        const box = a.block;
        if (!box) throw new Error("no block");
        const seen = new Set<string>();
        for (const w of p.writes) {
          expect(inBox(box, w.position)).toBe(false);
          expect(inBox(p.target, w.position)).toBe(true);
          expect(parseCell(w.address)).toEqual(w.position);
          expect(seen.has(w.address)).toBe(false);
          seen.add(w.address);
        }
        // Right of the block for labels down; below it for the transpose.
        if (a.orientation === "rows") expect(p.target.left).toBeGreaterThan(box.right);
        else expect(p.target.top).toBeGreaterThan(box.bottom);
      }
    }
  });

  test("an anchor inside the block is refused loudly", () => {
    const a = analyse(MICROSOFT, "B2");
    expect(() => planFormulas(a, { anchor: { row: 3, col: 2 } })).toThrow(/inside the block/);
    expect(() => planFormulas(a, { anchor: { row: 0, col: 0 } })).toThrow(/inside the block/);
  });

  test("at the sheet's right edge there is no room, and the plan says so instead of writing off the sheet", () => {
    const a = analyse(MICROSOFT, cellAddress({ row: 0, col: 16380 }));
    expect(planFormulas(a)).toEqual({ kind: "nothing", message: expect.stringMatching(/no room/) });
  });
});

describe("hardware capex beside the block", () => {
  // Depreciation of property and equipment below the modelled charge of three vintages: a share under 1.
  const model: BlockValue[][] = [...MICROSOFT, ["Depreciation", 5000, 7000, 10000], ["Useful life", null, null, 6], ["Economic life", null, null, 3]];
  const a = analyse(model, "B2");
  const p = plan(a);
  const cliff = computedFlags(a).find((f) => f.id === "DEPCLIFF")!;

  test("the depreciation flags read a helper row, capex x the share, each cell a formula an auditor can follow", () => {
    const share = cliff.hardwareShare!.value;
    expect(share).toBeLessThan(1);
    // The share is an input cell of the assumptions, saying where it came from; the helper row multiplies by that cell.
    const label = p.writes.find((w) => w.text === "Hardware share (hardware_share)")!;
    const at = (col: number) => p.writes.find((w) => w.position.row === label.position.row && w.position.col === label.position.col + col);
    expect(at(1)).toMatchObject({ value: share, style: "input" });
    expect(at(3)?.text).toBe("DEPCLIFF, DEPGAP (calibrated on reported depreciation)");
    const shareCell = at(1)!.address;
    const helper = p.writes.find((w) => w.text?.startsWith("Oldest first: Additions to property and equipment x hardware share"));
    expect(helper?.text).toBe(`Oldest first: Additions to property and equipment x hardware share (${shareCell})`);
    const row = helper!.position.row;
    const cells = p.writes.filter((w) => w.position.row === row && w.formula !== undefined).map((w) => w.formula);
    const absolute = shareCell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    expect(cells).toEqual(["$C$11", "$D$11", "$E$11"].map((ref) => `=${ref}*${absolute}`));
  });

  test("the written formulas compute what the pane showed", () => {
    const got = evaluate({ Model: applyWrites(placeBlock([], "B2", model), p.writes) }, p, computedFlags(a));
    for (const [i, f] of computedFlags(a).entries()) if (typeof f.value === "number") expectSame(got[i].value, f.value);
  });
});
