import { boxesOverlap } from "../../src/core/cells/a1";
import { analyseSelection, findEmptyArea, isEmptyContent, planFormulas, type SheetWindow } from "../../src/analysis";
import { LAYOUT_CATALOGUE } from "../helpers/layoutCatalogue";
import { applyWrites, placeBlock, rectangular } from "./helpers/sheet";
import { MICROSOFT } from "./cases/models";

/** A window of `rows` x `cols` cells from (top, left), with the listed cells filled. */
function window(top: number, left: number, rows: number, cols: number, filled: Array<[number, number, unknown]> = []): SheetWindow {
  const cells: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(cols).fill(null));
  for (const [r, c, x] of filled) cells[r - top][c - left] = x;
  return { top, left, cells };
}

describe("finding room for the formula table", () => {
  test("the proposed place, when it is empty", () => {
    const answer = findEmptyArea({ window: window(1, 6, 3, 20), rows: 3, cols: 4, from: { row: 1, col: 6 }, direction: "right" });
    expect(answer).toEqual({ found: true, box: { top: 1, left: 6, bottom: 3, right: 9 }, address: "G2:J4" });
  });

  test("moves right past occupied cells, to the first rectangle that is wholly empty", () => {
    const w = window(1, 6, 3, 30, [
      [1, 6, "analyst note"],
      [3, 11, 0],
    ]);
    const answer = findEmptyArea({ window: w, rows: 3, cols: 4, from: { row: 1, col: 6 }, direction: "right" });
    // G2 is taken; H2:K4 is free (L4 lies just outside it).
    expect(answer).toMatchObject({ found: true, address: "H2:K4" });
  });

  test("moves down for the transpose", () => {
    const w = window(10, 0, 20, 4, [[11, 2, "=A1"]]);
    const answer = findEmptyArea({ window: w, rows: 3, cols: 4, from: { row: 10, col: 0 }, direction: "down" });
    expect(answer).toMatchObject({ found: true, box: { top: 12, left: 0, bottom: 14, right: 3 } });
  });

  test("never proposes a place overlapping a rectangle to avoid", () => {
    const answer = findEmptyArea({
      window: window(0, 0, 5, 20),
      rows: 2,
      cols: 2,
      from: { row: 0, col: 0 },
      direction: "right",
      avoid: [{ top: 0, left: 0, bottom: 4, right: 5 }],
    });
    expect(answer).toMatchObject({ found: true, box: { left: 6 } });
  });

  test("a rectangle that would leave the window is not proposed: the host reads further", () => {
    const w = window(1, 6, 3, 6, [[2, 8, "x"]]);
    const answer = findEmptyArea({ window: w, rows: 3, cols: 4, from: { row: 1, col: 6 }, direction: "right" });
    expect(answer).toEqual({ found: false, message: expect.stringMatching(/No empty area of 3 rows x 4 columns was found in G2:L4: read further to the right/) });
  });

  test("what counts as empty: null, undefined and empty text; zero, FALSE and a space do not", () => {
    expect([null, undefined, ""].every(isEmptyContent)).toBe(true);
    expect([0, false, " ", "=A1"].some(isEmptyContent)).toBe(false);
  });

  test("end to end: data right of the block pushes the table further right; no existing cell changes", () => {
    // The fixed catalogue the pinned address below was worked out for.
    const a = analyseSelection({ sheet: "Model", address: "B2", values: MICROSOFT }, { registry: LAYOUT_CATALOGUE });
    const first = planFormulas(a);
    if (first.kind !== "plan") throw new Error("no plan");
    const sheet = placeBlock([], "B2", MICROSOFT);
    placeBlock(sheet, "H3", [["analyst's own note"]]);
    const before = rectangular(sheet).map((r) => [...r]);
    // The host reads a window to the right of the block and asks where the table fits.
    const readWidth = 30;
    const seen = rectangular(sheet);
    const cells = Array.from({ length: first.target.bottom - first.target.top + 1 }, (_, i) =>
      Array.from({ length: readWidth }, (_, j) => seen[first.target.top + i]?.[first.target.left + j] ?? null),
    );
    const answer = findEmptyArea({
      window: { top: first.target.top, left: first.target.left, cells },
      rows: first.target.bottom - first.target.top + 1,
      cols: first.target.right - first.target.left + 1,
      from: { row: first.target.top, col: first.target.left },
      direction: first.direction,
      avoid: a.block ? [a.block] : [],
    });
    if (!answer.found) throw new Error(answer.message);
    // The table: a header, two flags, a blank row, and three settings' input cells under their header.
    expect(answer.address).toBe("I2:L9");
    const moved = planFormulas(a, { anchor: { row: answer.box.top, col: answer.box.left } });
    if (moved.kind !== "plan") throw new Error("no plan");
    expect(moved.target).toEqual(answer.box);
    expect(boxesOverlap(moved.target, a.block ?? moved.target)).toBe(false);
    const after = rectangular(applyWrites(sheet, moved.writes));
    before.forEach((row, r) => row.forEach((x, c) => { if (x !== null) expect([r, c, after[r][c]]).toEqual([r, c, x]); }));
  });
});
