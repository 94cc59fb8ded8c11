/**
 * A user still typing in a cell, through the page's real environment (`browserEnv`, with fakes
 * in place of the `Office` and `Excel` globals). Microsoft Learn, "Delay execution while cell is
 * being edited": a batch run with `{ delayForCellEdit: true }` waits until the edit ends instead
 * of failing. The fake Excel (fake/excel.ts) holds such a batch and refuses any other, so the
 * option must reach `Excel.run` for the insertion to wait; an Excel that does not honour it
 * refuses, and the busy retry takes over.
 */
import { browserEnv, detectHost } from "../../src/host/detect";
import { DEFAULT_DELAYS_MS } from "../../src/host/retry";
import { FakeExcel } from "./fake/excel";
import { FakeOffice, installOfficeGlobals } from "./fake/office";
import { seedSheet } from "./fake/workbook";

const FORMULA = "=AIFLAG.FLAGS()";

function workbook(): FakeExcel {
  const excel = new FakeExcel([seedSheet("Sheet1", [["Revenue", 100]])], "Sheet1");
  excel.selection = { sheet: "Sheet1", address: "C3" };
  return excel;
}

let restore: () => void = () => undefined;
beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  restore();
  jest.useRealTimers();
});

async function excelHost(excel: FakeExcel) {
  restore = installOfficeGlobals(new FakeOffice({ host: "Excel", sets: { ExcelApi: "1.17", SharedRuntime: "1.1" }, excel }), excel);
  return (await detectHost(browserEnv())).host;
}

test("every batch goes to Excel.run with { delayForCellEdit: true }", async () => {
  const excel = workbook();
  const host = await excelHost(excel);
  await host.insertFormula(FORMULA);
  await host.readSelection();
  expect(excel.runOptions.length).toBeGreaterThanOrEqual(2);
  expect(excel.runOptions.every((o) => o?.delayForCellEdit === true)).toBe(true);
});

test("while a cell is being edited, the insertion waits for the edit to end, then writes (no busy message, no retry)", async () => {
  const excel = workbook();
  const host = await excelHost(excel);
  excel.startCellEdit();
  let result: { outcome: string } | undefined;
  void host.insertFormula(FORMULA).then((r) => (result = r));
  // Far longer than the busy retries take: the batch is held, not refused.
  await jest.advanceTimersByTimeAsync(10 * DEFAULT_DELAYS_MS.reduce((a, b) => a + b, 0));
  expect(result).toBeUndefined();
  excel.endCellEdit();
  await jest.advanceTimersByTimeAsync(0);
  expect(result).toMatchObject({ outcome: "inserted", address: "Sheet1!C3" });
  expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
  expect(excel.sheet("Sheet1").cells.get("2,2")?.formula).toBe(FORMULA);
});

test("an Excel without DelayForCellEdit refuses while a cell is edited: the busy retry is the fallback", async () => {
  const excel = workbook();
  excel.supportsDelayForCellEdit = false;
  const host = await excelHost(excel);
  excel.startCellEdit();
  let result: { outcome: string } | undefined;
  void host.insertFormula(FORMULA).then((r) => (result = r));
  await jest.advanceTimersByTimeAsync(DEFAULT_DELAYS_MS[0]);
  expect(excel.runOptions.length).toBe(2); // refused once, retried
  excel.endCellEdit();
  await jest.advanceTimersByTimeAsync(DEFAULT_DELAYS_MS[1]);
  expect(result).toMatchObject({ outcome: "inserted" });
  expect(excel.runOptions.length).toBe(3);
});

test("an edit that never ends there: the plain busy sentence after the retries", async () => {
  const excel = workbook();
  excel.supportsDelayForCellEdit = false;
  const host = await excelHost(excel);
  excel.startCellEdit();
  const result = host.insertFormula(FORMULA);
  await jest.advanceTimersByTimeAsync(DEFAULT_DELAYS_MS.reduce((a, b) => a + b, 0));
  expect(await result).toMatchObject({ outcome: "busy" });
});
