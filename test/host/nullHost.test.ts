import { EMPTY_ANALYSIS } from "../../src/analysis";
import { EMPTY_PLAN } from "../../src/templates/plan";
import { createNullHost } from "../../src/host/nullHost";

const FORMULA = '=AIFLAG.GROSSMARGINGAP({100,140},{40,58})';

test("is not connected", () => {
  const host = createNullHost(undefined);
  expect(host.connected).toBe(false);
  expect(host.hostName).toBe("not connected");
});

test("copies the formula to the clipboard when there is one", async () => {
  const writeText = jest.fn(async () => undefined);
  const result = await createNullHost({ writeText }).insertFormula(FORMULA);
  expect(writeText).toHaveBeenCalledWith(FORMULA);
  expect(result.outcome).toBe("copied");
  expect(result.message).toMatch(/clipboard/);
});

test("asks to copy by hand when there is no clipboard", async () => {
  const result = await createNullHost(undefined).insertFormula(FORMULA);
  expect(result).toMatchObject({ outcome: "copy-by-hand", formula: FORMULA });
  expect(result.message).toMatch(/by hand/);
});

test("asks to copy by hand when the clipboard refuses", async () => {
  const writeText = jest.fn(async () => {
    throw new Error("NotAllowedError");
  });
  const result = await createNullHost({ writeText }).insertFormula(FORMULA);
  expect(writeText).toHaveBeenCalledTimes(1);
  expect(result.outcome).toBe("copy-by-hand");
});

describe("templates and analysis need a workbook", () => {
  const host = createNullHost(undefined);

  test("writePlan answers unsupported, saying to open AIFLAG in Excel or the preview", async () => {
    const result = await host.writePlan(EMPTY_PLAN);
    expect(result.outcome).toBe("unsupported");
    expect(result.message).toMatch(/open AIFLAG in Excel \(or the browser preview\)/);
  });

  test("readSelection and writeFormulasBeside answer unavailable, with the same advice", async () => {
    const read = await host.readSelection();
    expect(read.outcome).toBe("unavailable");
    expect(read).toMatchObject({ message: expect.stringMatching(/Excel \(or the browser preview\)/) });
    const beside = await host.writeFormulasBeside(EMPTY_ANALYSIS);
    expect(beside.outcome).toBe("unavailable");
    expect(beside.message).toMatch(/Excel \(or the browser preview\)/);
  });
});
