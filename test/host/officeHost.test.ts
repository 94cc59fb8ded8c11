/**
 * The Office host against office-addin-mock: the mock cell lives in the seed, so that
 * `context.sync()` reaches it (a mock object made outside the seed never loads).
 */
import { OfficeMockObject } from "office-addin-mock";
import { createOfficeHost, isLoadedCellEmpty, type ExcelRun } from "../../src/host/officeHost";
import { BUSY_MESSAGE, CELL_EDIT_MODE } from "../../src/host/retry";

const FORMULA = "=AIFLAG.FCFCONV(136162,-64551,101832)";

interface MockCell {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
}

/** An Excel mock whose active cell starts as `cell`, counting `context.sync()` calls. */
function excelWith(cell: MockCell) {
  const syncs = { count: 0 };
  const seed = {
    context: {
      workbook: {
        activeCell: { ...cell },
        getActiveCell: function (this: { activeCell: unknown }) {
          return this.activeCell;
        },
      },
    },
    run: async function <T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(seed);
  const context = mock.context;
  const realSync = context.sync.bind(context);
  context.sync = async () => {
    syncs.count++;
    await realSync();
  };
  const run = ((batch: (context: unknown) => Promise<unknown>) => mock.run(batch)) as ExcelRun;
  /** The cell as the mock holds it (loaded, so its properties read as values). */
  const activeCell = () => mock.context.workbook.activeCell as MockCell;
  return { run, syncs, activeCell };
}

describe("insertFormula", () => {
  test("writes the formula into an empty active cell and says where", async () => {
    const excel = excelWith({ address: "Sheet1!B2", values: [[""]], formulas: [[""]] });
    const result = await createOfficeHost({ run: excel.run }).insertFormula(FORMULA);
    expect(result).toEqual({ outcome: "inserted", address: "Sheet1!B2", message: "Inserted into Sheet1!B2." });
    expect(excel.activeCell().formulas).toEqual([[FORMULA]]);
    expect(excel.syncs.count).toBe(2);
  });

  test("refuses a cell holding a value and leaves it unchanged", async () => {
    const excel = excelWith({ address: "Sheet1!C3", values: [[42]], formulas: [[42]] });
    const result = await createOfficeHost({ run: excel.run }).insertFormula(FORMULA);
    expect(result.outcome).toBe("cell-not-empty");
    expect(result).toMatchObject({ address: "Sheet1!C3" });
    expect(result.message).toMatch(/Sheet1!C3 is not empty/);
    expect(excel.activeCell().formulas).toEqual([[42]]);
    expect(excel.activeCell().values).toEqual([[42]]);
    expect(excel.syncs.count).toBe(1);
  });

  test('refuses a cell whose formula shows nothing (=""), since it is not empty', async () => {
    const excel = excelWith({ address: "Sheet1!D4", values: [[""]], formulas: [['=""']] });
    const result = await createOfficeHost({ run: excel.run }).insertFormula(FORMULA);
    expect(result.outcome).toBe("cell-not-empty");
    expect(excel.activeCell().formulas).toEqual([['=""']]);
  });

  test("retries while a cell is being edited, then writes", async () => {
    const excel = excelWith({ address: "Sheet1!A1", values: [[""]], formulas: [[""]] });
    let refusals = 2;
    const run: ExcelRun = (batch) => {
      if (refusals-- > 0) return Promise.reject(Object.assign(new Error("edit mode"), { code: CELL_EDIT_MODE }));
      return excel.run(batch);
    };
    const sleep = jest.fn(async () => undefined);
    const result = await createOfficeHost({ run, retry: { sleep } }).insertFormula(FORMULA);
    expect(result.outcome).toBe("inserted");
    expect(sleep).toHaveBeenCalledTimes(2);
    expect(excel.activeCell().formulas).toEqual([[FORMULA]]);
  });

  test("gives up with the plain busy message when Excel stays in cell-edit mode", async () => {
    const run: ExcelRun = () => Promise.reject(Object.assign(new Error("edit mode"), { code: CELL_EDIT_MODE }));
    const result = await createOfficeHost({ run, retry: { sleep: async () => undefined } }).insertFormula(FORMULA);
    expect(result).toEqual({ outcome: "busy", message: BUSY_MESSAGE });
  });

  test("lets any other Excel error surface", async () => {
    const run: ExcelRun = () => Promise.reject(Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" }));
    await expect(createOfficeHost({ run }).insertFormula(FORMULA)).rejects.toThrow("The sheet is protected.");
  });

  test("is connected and names Excel", () => {
    const host = createOfficeHost({ run: excelWith({ address: "A1", values: [[""]], formulas: [[""]] }).run });
    expect(host.connected).toBe(true);
    expect(host.hostName).toBe("Excel");
  });
});

describe("isLoadedCellEmpty", () => {
  test.each([
    [[[""]], [[""]], true],
    [[[0]], [[0]], false],
    [[["x"]], [["x"]], false],
    [[[""]], [['=""']], false],
    [[[false]], [[false]], false],
  ])("values %j, formulas %j -> %s", (values, formulas, empty) => {
    expect(isLoadedCellEmpty(values, formulas)).toBe(empty);
  });
});
