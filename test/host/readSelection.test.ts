/**
 * Reading the selection: with office-addin-mock (the mock objects live in the seed, so that
 * `context.sync()` reaches them), and with the recording fake for what the mock cannot model
 * (used-range trimming, a chart selected, cell-edit mode).
 */
import { OfficeMockObject } from "office-addin-mock";
import { createOfficeHost, type ExcelRun } from "../../src/host/officeHost";
import { unsupportedMessage, type SetSupport } from "../../src/host/requirements";
import { BUSY_MESSAGE } from "../../src/host/retry";
import { MAX_SELECTION_CELLS } from "../../src/host/selectionReader";
import { FakeExcel } from "./fake/excel";
import { seedSheet } from "./fake/workbook";
import { allSupported, countingRun, noWait } from "./helpers";

const VALUES = [
  ["", "FY2023", "FY2024"],
  ["Revenue", 100, 140],
  ["Net income", 10, null],
];

/** A selection whose used part is `block`; `isNullObject` is set after construction, as Office.js sets it after a sync. */
function mockExcel(block: { address: string; rowCount: number; columnCount: number; values: unknown[][] }, isNull = false) {
  const numberFormat = block.values.map((row) => row.map(() => "General"));
  const seed = {
    context: {
      workbook: {
        selected: {
          trimmed: { ...block, numberFormat },
          getIntersectionOrNullObject: function (this: { trimmed: unknown }) {
            return this.trimmed;
          },
        },
        getSelectedRange: function (this: { selected: unknown }) {
          return this.selected;
        },
        worksheets: {
          active: {
            name: "Model",
            used: { address: "Model!A1:Z99" },
            getUsedRange: function (this: { used: unknown }) {
              return this.used;
            },
          },
          getActiveWorksheet: function (this: { active: unknown }) {
            return this.active;
          },
        },
      },
    },
    run: async function <T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(seed);
  (mock.context.workbook.selected.trimmed as { isNullObject: boolean }).isNullObject = isNull;
  const run = ((batch: (context: unknown) => Promise<unknown>) => mock.run(batch)) as ExcelRun;
  return countingRun(run);
}

const hostOn = (run: ExcelRun, supports: SetSupport = allSupported) => createOfficeHost({ run, supports, retry: { sleep: noWait } });

describe("readSelection (office-addin-mock)", () => {
  test("reads the sheet, the address, the values and their number formats, in 2 syncs", async () => {
    const excel = mockExcel({ address: "Model!B2:D4", rowCount: 3, columnCount: 3, values: VALUES });
    const result = await hostOn(excel.run).readSelection();
    expect(result).toEqual({ outcome: "read", selection: { sheet: "Model", address: "Model!B2:D4", values: VALUES, numberFormats: VALUES.map((r) => r.map(() => "General")) } });
    expect(excel.syncs.count).toBe(2);
  });

  test(`refuses more than ${MAX_SELECTION_CELLS} cells with a plain sentence, without reading the values`, async () => {
    const excel = mockExcel({ address: "Model!A1:CV1001", rowCount: 1001, columnCount: 100, values: [] });
    const result = await hostOn(excel.run).readSelection();
    expect(result.outcome).toBe("unavailable");
    expect(result).toMatchObject({
      message:
        "The selection holds 100,100 cells in use (Model!A1:CV1001); AIFLAG analyses at most 100,000: select just the block of your model (its labels and figures), then try again.",
    });
    expect(excel.syncs.count).toBe(1);
  });

  test("exactly the limit is read", async () => {
    const excel = mockExcel({ address: "Model!A1:CV1000", rowCount: 1000, columnCount: 100, values: [[1]] });
    expect((await hostOn(excel.run).readSelection()).outcome).toBe("read");
  });

  test("an empty selection says so", async () => {
    const excel = mockExcel({ address: "", rowCount: 0, columnCount: 0, values: [] }, true);
    const result = await hostOn(excel.run).readSelection();
    expect(result).toEqual({ outcome: "unavailable", message: "The selected cells are empty: select the labels and figures of your model, then try again." });
    expect(excel.syncs.count).toBe(1);
  });

  test("an Excel without ExcelApi 1.4: a sentence naming it, no call", async () => {
    const excel = mockExcel({ address: "Model!B2:D4", rowCount: 3, columnCount: 3, values: VALUES });
    const result = await hostOn(excel.run, (_name, version) => version !== "1.4").readSelection();
    expect(result).toEqual({ outcome: "unavailable", message: unsupportedMessage("readSelection") });
    expect(unsupportedMessage("readSelection")).toMatch(/ExcelApi 1\.4/);
    expect(excel.syncs.count).toBe(0);
  });
});

describe("readSelection (recording fake)", () => {
  const model = () =>
    new FakeExcel(
      [
        seedSheet("Other", [["x"]]),
        seedSheet(
          "My model",
          [
            ["", "FY2023", "FY2024"],
            ["Revenue", 100, 140],
          ],
          "B2",
        ),
      ],
      "My model",
    );

  test("a whole-column selection is trimmed to the cells in use, with Excel's quoted address", async () => {
    const excel = model();
    excel.selection = { sheet: "My model", address: "A:F" };
    const result = await hostOn(excel.run).readSelection();
    expect(result).toEqual({
      outcome: "read",
      selection: {
        sheet: "My model",
        address: "'My model'!B2:D3",
        values: [
          ["", "FY2023", "FY2024"],
          ["Revenue", 100, 140],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["General", "General", "General"],
        ],
      },
    });
    expect(excel.syncs).toBe(2);
  });

  test("a chart, a shape or several areas selected: a sentence, not an error", async () => {
    const excel = model();
    excel.selection = "invalid";
    expect(await hostOn(excel.run).readSelection()).toEqual({
      outcome: "unavailable",
      message: "Select one block of cells (not several areas, a chart or a shape), then try again.",
    });
  });

  test("cell-edit mode: retried, then the plain busy message", async () => {
    const excel = model();
    excel.selection = { sheet: "My model", address: "B2:D3" };
    excel.refuseSyncs(1);
    expect((await hostOn(excel.run).readSelection()).outcome).toBe("read");
    excel.refuseSyncs(100);
    expect(await hostOn(excel.run).readSelection()).toEqual({ outcome: "busy", message: BUSY_MESSAGE });
  });

  test("reading changes nothing", async () => {
    const excel = model();
    const before = JSON.stringify([...excel.sheet("My model").cells]);
    excel.selection = { sheet: "My model", address: "B2:D3" };
    await hostOn(excel.run).readSelection();
    expect(JSON.stringify([...excel.sheet("My model").cells])).toBe(before);
  });
});
